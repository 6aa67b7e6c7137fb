// Packages the extension as pacta-<version>.vsix in this folder with a plain `vsce package`: no
// bypass flags. What vsce needs comes from the manifest: `repository` (and the README's images by
// absolute URL), the icon, and `"vsce": { "dependencies": false }` — everything the extension runs
// is bundled by tsup into dist/, so no node_modules are collected (pnpm's layout is not npm's).
// Builds first (through turbo, so the language and SDK are built and cached) unless it is run
// as turbo's own `package` task, which has built already.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const out = `pacta-${version}.vsix`;
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });

if (!process.env.TURBO_HASH) {
    run('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=pacta-vscode', '--output-logs=errors-only']);
}
run('pnpm', ['exec', 'vsce', 'package', '--out', out]);
const size = statSync(join(root, out)).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB`);
