import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
    resolve: {
        // Test against the language's sources, so a test run needs no prior build of it.
        // `#holiday-data` (the language's package.json `imports`) points at its built loaders: the sources' here.
        alias: {
            '@pacta/language': fileURLToPath(new URL('../language/src/index.ts', import.meta.url)),
            '#holiday-data': fileURLToPath(new URL('../language/src/deadlines/holiday-data-modules.ts', import.meta.url))
        }
    },
    // The timeout guards against a hang; it is no speed limit (speed lives in bench/): CI must pass on a
    // machine 10× slower, and the slowest tests here take 10–30 s on a loaded 2-core VM.
    test: { include: ['test/**/*.test.ts'], testTimeout: 600_000 }
});
