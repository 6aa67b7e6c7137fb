// The publish step of `pnpm release` (.github/workflows/release.yml) and of scripts/registry-test.mjs:
// publishes each of @pacta/language, @pacta/sdk, @pacta/cli whose version is not in the registry yet,
// with `pnpm publish` (which turns `workspace:*` into the exact version), then tags it and prints
// `New tag: <name>@<version>` — the line changesets/action reads to create the GitHub releases.
//
// Not `changeset publish`: it runs `pnpm publish` without `--provenance`, and pnpm 12 takes provenance
// only from that flag (neither `publishConfig.provenance`, `NPM_CONFIG_PROVENANCE` nor an .npmrc
// `provenance=true` turn it on). Provenance needs GitHub's OIDC token: outside the workflow use
// `--no-provenance` (the local-registry test does).
//
//   node scripts/publish-packages.mjs [--registry URL] [--npmrc-auth-file FILE] [--no-provenance] [--no-git-tag]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** In dependency order: a package is published after what it depends on. */
const PUBLISHED = ['packages/language', 'packages/sdk', 'apps/cli'];
/** Versioned and tagged by changesets, released on GitHub (the .vsix), never published to npm. */
const TAGGED_ONLY = ['apps/vscode'];

const args = process.argv.slice(2);
const option = name => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const provenance = !args.includes('--no-provenance');
const gitTag = !args.includes('--no-git-tag');
const registry = (option('--registry') ?? run('npm', ['config', 'get', 'registry']).stdout.trim()).replace(/\/?$/, '/');

function run(command, commandArgs, options = {}) {
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: root, ...options });
    if (result.error) throw result.error;
    return result;
}

const manifest = dir => JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));

async function isPublished(name, version) {
    const response = await fetch(`${registry}${name.replace('/', '%2f')}`, { headers: { accept: 'application/json' } });
    if (response.status === 404) return false;
    if (!response.ok) throw new Error(`${registry}: ${response.status} for ${name}`);
    return Boolean((await response.json()).versions?.[version]);
}

function tag(name, version) {
    const tagName = `${name}@${version}`;
    if (!gitTag) return;
    if (run('git', ['rev-parse', '-q', '--verify', `refs/tags/${tagName}`]).status === 0) return;
    const created = run('git', ['tag', tagName]);
    if (created.status !== 0) throw new Error(`git tag ${tagName}: ${created.stderr}`);
    console.log(`New tag: ${tagName}`);
}

let failures = 0;
for (const dir of PUBLISHED) {
    const { name, version } = manifest(dir);
    if (await isPublished(name, version)) {
        console.log(`${name}@${version} is already in ${registry}`);
        continue;
    }
    const publishArgs = ['publish', '--access', 'public', '--tag', 'latest', '--no-git-checks', '--registry', registry];
    if (provenance) publishArgs.push('--provenance');
    if (option('--npmrc-auth-file')) publishArgs.push('--npmrc-auth-file', option('--npmrc-auth-file'));
    const published = run('pnpm', publishArgs, { cwd: join(root, dir) });
    process.stderr.write(published.stdout + published.stderr);
    if (published.status !== 0) {
        console.error(`pnpm publish ${name}@${version} failed`);
        failures++;
        break; // what depends on it must not go out without it
    }
    console.log(`Published ${name}@${version}${provenance ? ' with provenance' : ''}`);
    tag(name, version);
}
if (failures === 0) for (const dir of TAGGED_ONLY) tag(manifest(dir).name, manifest(dir).version);
process.exit(failures > 0 ? 1 : 0);
