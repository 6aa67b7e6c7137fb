import { defineConfig } from 'vitest/config';

// The tests run the built CLI (`dist/pacta.js`) as a subprocess: `pnpm build` first (turbo does it).
export default defineConfig({
    test: { include: ['test/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 }
});
