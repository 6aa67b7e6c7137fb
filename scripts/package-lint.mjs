// Lints what would be published: packs each package with pnpm (so `workspace:*` is rewritten as on
// publish), then runs publint and @arethetypeswrong/cli (attw) on the tarball. Run after `pnpm build`.
// Prints one line per check, packed/unpacked sizes, and last `N passed, N failed`; exits 1 on a failure.
//
// KNOWN lists problems another change owns (named there); such a check is reported, not failed —
// and fails once it is clean, so the entry is removed and the check guards from then on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTarball } from './registry/tarball.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = name => join(root, 'node_modules', '.bin', name);

// attw profile per package: the language and the SDK are ESM only, like Langium they build on (a CommonJS
// caller uses `import()`, or `require(esm)`, which every Node the packages support has).
// The CLI has no types (a bin, nothing to import): attw says so and passes.
const PACKAGES = [
    { dir: 'packages/language', attwProfile: 'esm-only' },
    { dir: 'packages/sdk', attwProfile: 'esm-only' },
    { dir: 'apps/cli', attwProfile: 'strict' }
];
const KNOWN = {};

let passed = 0,
    failed = 0;
function report(name, ok, output) {
    const known = KNOWN[name];
    if (ok && !known) {
        passed++;
        console.log(`  ok    ${name}`);
        return;
    }
    if (!ok && known) {
        passed++;
        console.log(`  known ${name}: ${known}`);
        return;
    }
    failed++;
    console.log(ok ? `  FAIL  ${name}: clean now — remove it from KNOWN in scripts/package-lint.mjs` : `  FAIL  ${name}\n${output.trim().replace(/^/gm, '        ')}`);
}

const packs = mkdtempSync(join(tmpdir(), 'pacta-pack-'));
try {
    for (const { dir, attwProfile } of PACKAGES) {
        const { name } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
        const destination = join(packs, dir.replace('/', '-'));
        const pack = spawnSync('pnpm', ['pack', '--pack-destination', destination], { cwd: join(root, dir), encoding: 'utf8' });
        if (pack.status !== 0) {
            report(`pnpm pack ${name}`, false, pack.stdout + pack.stderr);
            continue;
        }
        const tarball = join(
            destination,
            readdirSync(destination).find(file => file.endsWith('.tgz'))
        );
        const files = readTarball(readFileSync(tarball));
        const unpacked = [...files.values()].reduce((sum, body) => sum + body.length, 0);
        console.log(`== ${name}: ${files.size} files, ${statSync(tarball).size} bytes packed, ${unpacked} unpacked`);
        const publint = spawnSync(bin('publint'), ['run', tarball, '--pack', 'false', '--level', 'warning', '--strict'], { encoding: 'utf8' });
        report(`publint ${name}`, publint.status === 0, publint.stdout + publint.stderr);
        const attw = spawnSync(bin('attw'), [tarball, '--profile', attwProfile, '--format', 'ascii', '--no-color', '--no-emoji'], { encoding: 'utf8' });
        report(`attw ${name}`, attw.status === 0, attw.stdout + attw.stderr);
    }
} finally {
    rmSync(packs, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
