import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    // vscode-languageclient/browser is exported for the `browser` condition only; the web extension's
    // test (test/activate-browser.test.ts) replaces it with the fake client anyway.
    resolve: { alias: { 'vscode-languageclient/browser': fileURLToPath(new URL('test/fakes/language-client.ts', import.meta.url)) } },
    test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 60_000 }
});
