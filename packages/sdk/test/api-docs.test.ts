/**
 * The API reference (docs/api, built by `pnpm --filter @pacta/sdk docs`) comes from the TSDoc of
 * the public exports. This check runs typedoc's validation without writing anything: an export
 * without documentation, a broken `{@link}` or a public signature that names a type the
 * package does not export fails it (typedoc.json treats its warnings as errors).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const typedoc = fileURLToPath(new URL('../node_modules/typedoc/bin/typedoc', import.meta.url));

describe('the API reference', () => {
    test('every public export is documented, and every link resolves', () => {
        const run = spawnSync(process.execPath, [typedoc, '--emit', 'none'], { cwd: packageDir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(`${run.stdout}${run.stderr}`.trim()).toBe('');
        expect(run.status).toBe(0);
    }, 300_000);
});
