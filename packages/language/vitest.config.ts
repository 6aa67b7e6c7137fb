import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    // `#holiday-data` (package.json `imports`) points at the built loaders; tests run the sources.
    resolve: { alias: { '#holiday-data': fileURLToPath(new URL('src/deadlines/holiday-data-modules.ts', import.meta.url)) } },
    // The timeout guards against a hang; it is no speed limit (speed lives in bench/): CI must pass on a
    // machine 10× slower, and the slowest tests here take 10–30 s on a loaded 2-core VM.
    test: { include: ['test/**/*.test.ts'], testTimeout: 600_000 }
});
