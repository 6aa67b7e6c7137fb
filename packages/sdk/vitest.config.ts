import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    resolve: {
        // Test against the language's sources, so a test run needs no prior build of it.
        alias: { '@pacta/language': fileURLToPath(new URL('../language/src/index.ts', import.meta.url)) }
    },
    test: { include: ['test/**/*.test.ts'], testTimeout: 60_000 }
});
