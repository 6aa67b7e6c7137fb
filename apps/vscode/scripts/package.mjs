// Packages the extension as pacta-<version>.vsix in this folder: the bundled extension and server
// (dist/), the grammar, language configuration, snippets, README and images — no node_modules
// (`--no-dependencies`: everything the extension runs is bundled by tsup).
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
run('pnpm', ['exec', 'vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]);
const size = statSync(join(root, out)).size;
console.log(`${out}: ${(size / 1024).toFixed(0)} KiB`);
