// The release path, proven without the public registry (issue 13): start a local npm registry
// (scripts/registry/local-registry.mjs), publish @pacta/language, @pacta/sdk and @pacta/cli to it the
// way .github/workflows/release.yml does (scripts/publish-packages.mjs: `pnpm publish` per package),
// fetch every published manifest and tarball back, then in empty temp folders with only Node and npm:
// the README's and `pacta init`'s workflow's commands, and SDK consumers in ESM, CommonJS and
// TypeScript (`--strict --module nodenext`, no skipLibCheck).
// Run after `pnpm build`, on a supported Node: `bash scripts/use-node.sh node scripts/registry-test.mjs`.
// Prints one line per check and, last, `N passed, N failed` (.ci/run adds it to the total).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalRegistry } from './registry/local-registry.mjs';
import { readTarball } from './registry/tarball.mjs';
import { writeConsumers } from './registry/consumers.mjs';
import { workflowRunSteps } from './registry/workflow-steps.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['packages/language', 'packages/sdk', 'apps/cli'];
const EXAMPLE = 'examples/critical-minerals-2026';
const GOLDEN = readFileSync(join(root, EXAMPLE, 'critical-minerals-2026.json'));
const VERSION = JSON.parse(readFileSync(join(root, 'apps/cli/package.json'), 'utf8')).version;

let passed = 0,
    failed = 0;
async function check(name, body) {
    try {
        await body();
        passed++;
        console.log(`  ok    ${name}`);
    } catch (error) {
        failed++;
        console.log(`  FAIL  ${name}\n${String(error?.message ?? error).replace(/^/gm, '        ')}`);
    }
}

/**
 * `npm install` through the local registry, tried three times: packages other than @pacta/* come
 * through its uplink, the public registry, where one request can fail (a TLS error was seen).
 */
async function npmInstall(args, options) {
    for (let attempt = 1; ; attempt++) {
        try {
            return run('npm', ['install', ...args], options);
        } catch (error) {
            if (attempt === 3) throw error;
            console.log(`        (npm install failed, try ${attempt} of 3; trying again in ${attempt * 5} s)`);
            await new Promise(resolve => setTimeout(resolve, attempt * 5000));
        }
    }
}

/** Runs a command; throws with its output unless it exits with `status` (default 0). */
function run(command, args, options = {}) {
    const { expectStatus = 0, ...rest } = options;
    const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...rest });
    if (result.error) throw result.error;
    if (expectStatus !== null && result.status !== expectStatus) {
        throw new Error(`${command} ${args.join(' ')} → exit ${result.status}\n${(result.stdout + result.stderr).slice(-3000)}`);
    }
    return result;
}

function assert(condition, message) {
    if (!condition) throw new Error(message);
}

const work = mkdtempSync(join(tmpdir(), 'pacta-registry-'));
const registry = await startLocalRegistry(work).catch(error => {
    console.log(`local registry: ${error.message}`);
    console.log('0 passed, 1 failed');
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
});
console.log(`== local registry ${registry.url} (Verdaccio; @pacta/* local only)`);

// npm and pnpm read the registry and the token from here, and from nothing of the user's.
const npmrc = join(work, 'npmrc');
const host = registry.url.replace(/^https?:/, '');
writeFileSync(npmrc, `registry=${registry.url}\n${host}:_authToken=${registry.token}\n`);
// Only Node (the one this script runs on) and the machine's npm; a home, a cache and a global prefix
// of their own, so nothing installed before can be found.
const npmDir = dirname(run('sh', ['-c', 'command -v npm']).stdout.trim());
const home = join(work, 'home');
const globalPrefix = join(work, 'global');
mkdirSync(home);
const consumerEnv = {
    PATH: [join(globalPrefix, 'bin'), dirname(process.execPath), npmDir, '/usr/bin', '/bin'].join(':'),
    HOME: home,
    NPM_CONFIG_USERCONFIG: npmrc,
    NPM_CONFIG_REGISTRY: registry.url,
    NPM_CONFIG_CACHE: join(work, 'npm-cache'),
    NPM_CONFIG_PREFIX: globalPrefix,
    NPM_CONFIG_AUDIT: 'false',
    NPM_CONFIG_FUND: 'false',
    NPM_CONFIG_UPDATE_NOTIFIER: 'false',
    TMPDIR: tmpdir()
};
const quiet = { env: consumerEnv };

try {
    console.log(`== publish ${VERSION} as the release workflow does (scripts/publish-packages.mjs)`);
    // Provenance needs GitHub's OIDC token and tags belong to the release workflow: both off here.
    const publish = ['scripts/publish-packages.mjs', '--registry', registry.url, '--npmrc-auth-file', npmrc, '--no-provenance', '--no-git-tag'];
    await check('publish-packages: publishes the three packages', () => {
        const { stdout } = run(process.execPath, publish, { cwd: root });
        for (const dir of PACKAGES) {
            const { name, version } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
            assert(stdout.includes(`Published ${name}@${version}\n`), `${name}@${version} not published:\n${stdout}`);
        }
    });
    await check('publish-packages again: nothing to publish', () => {
        const { stdout } = run(process.execPath, publish, { cwd: root });
        assert((stdout.match(/is already in/g) ?? []).length === PACKAGES.length, stdout);
    });
    for (const dir of PACKAGES) {
        const { name, version } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
        await check(`${name}@${version} fetched back: no workspace: range, a LICENSE, no source map`, async () => {
            const packument = await (await fetch(`${registry.url}${name.replace('/', '%2f')}`)).json();
            const published = packument.versions?.[version];
            assert(published, `${name}@${version} is not in the registry`);
            const tarball = readTarball(Buffer.from(await (await fetch(published.dist.tarball)).arrayBuffer()));
            const manifestText = tarball.get('package.json')?.toString('utf8') ?? '';
            for (const [where, text] of [
                ['registry metadata', JSON.stringify(published)],
                ['package.json in the tarball', manifestText]
            ]) {
                assert(!text.includes('workspace:'), `${where} has a workspace: range: ${text.match(/"[^"]*":\s*"workspace:[^"]*"/)?.[0]}`);
            }
            assert(tarball.has('LICENSE'), `no LICENSE in the tarball (${[...tarball.keys()].join(', ')})`);
            const maps = [...tarball.keys()].filter(path => path.endsWith('.map'));
            assert(maps.length === 0, `source maps in the tarball: ${maps.join(', ')}`);
        });
    }

    console.log('== the README: npm install --global @pacta/cli, in an empty folder');
    const cliFolder = join(work, 'cli-user');
    mkdirSync(cliFolder);
    cpSync(join(root, EXAMPLE), join(cliFolder, 'agreements'), { recursive: true });
    await check(`npm install --global @pacta/cli@${VERSION}`, async () => {
        await npmInstall(['--global', `@pacta/cli@${VERSION}`], { cwd: cliFolder, ...quiet });
    });
    await check('pacta --version', () => {
        const { stdout } = run('pacta', ['--version'], { cwd: cliFolder, ...quiet });
        assert(stdout.trim() === VERSION, `printed ${JSON.stringify(stdout.trim())}, not ${VERSION}`);
    });
    await check(`pacta check agreements (a copy of ${EXAMPLE})`, () => {
        const { stdout } = run('pacta', ['check', 'agreements'], { cwd: cliFolder, ...quiet });
        assert(/10 files checked, no problems/.test(stdout), stdout);
    });
    await check('pacta compile agreements -o out/pacta.json: the golden JSON, byte for byte', () => {
        run('pacta', ['compile', 'agreements', '-o', 'out/pacta.json'], { cwd: cliFolder, ...quiet });
        assert(readFileSync(join(cliFolder, 'out/pacta.json')).equals(GOLDEN), `differs from ${EXAMPLE}/critical-minerals-2026.json`);
    });

    console.log('== pacta init, then every `run:` of the workflow it writes, in order');
    const initFolder = join(work, 'my-agreements');
    await check('pacta init my-agreements', () => {
        run('pacta', ['init', 'my-agreements'], { cwd: work, ...quiet });
    });
    let workflowSteps = [];
    await check('.github/workflows/pacta.yml installs this version', () => {
        const workflow = readFileSync(join(initFolder, '.github/workflows/pacta.yml'), 'utf8');
        workflowSteps = workflowRunSteps(workflow);
        assert(
            workflowSteps.some(step => step.run === `npm install --global @pacta/cli@${VERSION}`),
            `runs: ${workflowSteps.map(step => step.run).join(' | ')}`
        );
    });
    // A fresh global prefix, so the workflow's own install step is what provides `pacta`. The folder is a
    // git repository with a base and a head commit, as on a pull request, and `gh` is a stand-in that
    // records what it is asked (the step posting the diff comment runs for real up to that call).
    const ghLog = join(work, 'gh.log');
    const ghBin = join(work, 'gh-bin');
    mkdirSync(ghBin);
    writeFileSync(join(ghBin, 'gh'), `#!/bin/sh\necho "$*" >> '${ghLog}'\n`, { mode: 0o755 });
    const git = (...args) => run('git', ['-c', 'user.name=Pacta CI', '-c', 'user.email=ci@example.org', ...args], { cwd: initFolder, ...quiet });
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    const base = git('rev-parse', 'HEAD').stdout.trim();
    git('commit', '-q', '--allow-empty', '-m', 'head');
    const ciEnv = {
        ...consumerEnv,
        NPM_CONFIG_PREFIX: join(work, 'ci-global'),
        PATH: `${ghBin}:${consumerEnv.PATH.replace(globalPrefix, join(work, 'ci-global'))}`,
        BASE: base,
        PR: '7',
        GITHUB_REPOSITORY: 'example/agreements'
    };
    for (const step of workflowSteps) {
        await check(`workflow: ${step.name}${step.if?.includes('pull_request') ? ' (as on a pull request)' : ''}`, () => {
            run('bash', ['-eo', 'pipefail', '-c', step.run], { cwd: initFolder, env: ciEnv });
        });
    }
    await check('workflow: the pull-request comment is the Markdown diff, posted with gh', () => {
        assert(readFileSync(join(initFolder, 'pacta-diff.md'), 'utf8').startsWith('<!-- pacta-diff -->'), 'pacta-diff.md does not start with <!-- pacta-diff -->');
        const calls = readFileSync(ghLog, 'utf8');
        assert(calls.includes('pr comment 7 --body-file pacta-diff.md'), `gh was called with:\n${calls}`);
    });
    await check('workflow outputs: pacta.sarif (SARIF 2.1.0) and out/pacta.json', () => {
        assert(JSON.parse(readFileSync(join(initFolder, 'pacta.sarif'), 'utf8')).version === '2.1.0', 'pacta.sarif is not SARIF 2.1.0');
        assert(JSON.parse(readFileSync(join(initFolder, 'out/pacta.json'), 'utf8')).formatVersion, 'out/pacta.json has no formatVersion');
    });

    console.log('== an SDK consumer: npm install @pacta/sdk, then ESM, CommonJS and TypeScript');
    const sdkFolder = join(work, 'sdk-user');
    writeConsumers(sdkFolder, join(root, EXAMPLE));
    await check(`npm install @pacta/sdk@${VERSION} typescript @types/node`, async () => {
        await npmInstall([], { cwd: sdkFolder, ...quiet });
    });
    for (const [label, file] of [
        ['ESM (import)', 'esm.mjs'],
        ['CommonJS (require)', 'cjs.cjs']
    ]) {
        await check(`${label}: compileFolder gives the golden JSON`, () => {
            run('node', [file, 'out.json'], { cwd: sdkFolder, ...quiet });
            assert(readFileSync(join(sdkFolder, 'out.json')).equals(GOLDEN), `differs from ${EXAMPLE}/critical-minerals-2026.json`);
        });
    }
    await check('TypeScript: tsc --strict --module nodenext, no skipLibCheck (import and require)', () => {
        run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: sdkFolder, ...quiet });
    });
} finally {
    await registry.stop();
    rmSync(work, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
