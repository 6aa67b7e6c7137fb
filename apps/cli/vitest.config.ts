import { defineConfig } from 'vitest/config';

// The tests run the built CLI (`dist/pacta.js`) as a subprocess: `pnpm build` first (turbo does it).
export default defineConfig({
    // The timeout guards against a hang; it is no speed limit (speed lives in bench/): CI must pass on a
    // machine 10× slower, and the slowest tests here take 10–30 s on a loaded 2-core VM.
    test: { include: ['test/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 120_000 }
});
