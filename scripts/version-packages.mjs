// `pnpm version-packages`, what the release workflow's version pull request runs: `changeset version`
// (bumps the versions, writes each package's CHANGELOG.md from .changeset/*.md), then carries the CLI's
// new version into the docs that name it (the README's "Use in CI" workflow is what `pacta init`
// writes, and a test holds them equal) and refreshes the lockfile.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cliVersion = () => JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8')).version;
const DOCS_NAMING_THE_CLI = ['README.md', 'apps/cli/README.md', 'docs/cli.md', 'docs/getting-started.md', 'docs/releasing.md'];

const before = cliVersion();
execFileSync('changeset', ['version'], { cwd: root, stdio: 'inherit' });
const after = cliVersion();
if (after !== before) {
    for (const file of DOCS_NAMING_THE_CLI) {
        const path = join(root, file);
        let text;
        try {
            text = readFileSync(path, 'utf8');
        } catch {
            continue;
        }
        const updated = text.replaceAll(`@pacta/cli@${before}`, `@pacta/cli@${after}`);
        if (updated !== text) {
            writeFileSync(path, updated);
            console.log(`${file}: @pacta/cli@${before} → @pacta/cli@${after}`);
        }
    }
}
execFileSync('pnpm', ['install', '--lockfile-only'], { cwd: root, stdio: 'inherit' });
