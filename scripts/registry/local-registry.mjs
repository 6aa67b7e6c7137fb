// A throwaway npm registry for scripts/registry-test.mjs: Verdaccio (pinned with its whole tree in
// package-lock.json beside this file, installed once with `npm ci` into .cache/registry-tools/<hash>),
// bound to 127.0.0.1 on a free port, its config and storage in a temp folder.
// @pacta/* is local only (never proxied), so a consumer can only get what this run published;
// every other package comes through the uplink: the registry the machine's npm already uses.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

/** Installs the pinned Verdaccio once (like scripts/use-node.sh installs Node); returns its bin script. */
export function installVerdaccio() {
    const lock = readFileSync(join(here, 'package-lock.json'));
    const dir = join(root, '.cache', 'registry-tools', createHash('sha256').update(lock).digest('hex').slice(0, 12));
    const bin = join(dir, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
    if (existsSync(bin)) return bin;
    mkdirSync(join(root, '.cache', 'registry-tools'), { recursive: true });
    // Install beside, then rename: two runs at once must not see half an install.
    const tmp = mkdtempSync(join(root, '.cache', 'registry-tools', '.install-'));
    copyFileSync(join(here, 'package.json'), join(tmp, 'package.json'));
    copyFileSync(join(here, 'package-lock.json'), join(tmp, 'package-lock.json'));
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: tmp, stdio: 'inherit' });
    if (npm.status !== 0) {
        rmSync(tmp, { recursive: true, force: true });
        throw new Error('npm ci of scripts/registry (Verdaccio) failed');
    }
    try {
        renameSync(tmp, dir);
    } catch {
        rmSync(tmp, { recursive: true, force: true });
    }
    return bin;
}

function freePort() {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

function uplinkUrl() {
    const npm = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8' });
    const url = npm.stdout.trim();
    if (npm.status !== 0 || !/^https?:\/\//.test(url)) throw new Error(`npm config get registry: ${npm.stderr || url}`);
    return url;
}

/**
 * Starts the registry in `work` (a temp folder); returns its URL, a publish token and `stop()`.
 * Throws (after stopping it) if it does not answer within a minute.
 */
export async function startLocalRegistry(work) {
    const bin = installVerdaccio();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}/`;
    const config = join(work, 'verdaccio.yaml');
    writeFileSync(
        config,
        [
            `storage: ${JSON.stringify(join(work, 'storage'))}`,
            'auth:',
            '  htpasswd:',
            `    file: ${JSON.stringify(join(work, 'htpasswd'))}`,
            '    max_users: 1',
            'uplinks:',
            '  upstream:',
            `    url: ${JSON.stringify(uplinkUrl())}`,
            '    timeout: 60s',
            // One failed request to the public registry (seen: a TLS error) must not mark it offline
            // for Verdaccio's default five minutes: the test's installs retry.
            '    max_fails: 20',
            '    fail_timeout: 2s',
            'packages:',
            "  '@pacta/*':",
            '    access: $all',
            '    publish: $authenticated',
            "  '**':",
            '    access: $all',
            '    publish: $authenticated',
            '    proxy: upstream',
            'web:',
            '  enable: false',
            'server:',
            '  keepAliveTimeout: 60',
            'log: { type: stdout, format: pretty, level: warn }',
            ''
        ].join('\n')
    );
    const log = join(work, 'verdaccio.log');
    const child = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, VERDACCIO_APPDIR: work }
    });
    let output = '';
    child.stdout.on('data', d => {
        output += d;
    });
    child.stderr.on('data', d => {
        output += d;
    });
    const stop = () =>
        new Promise(resolve => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
        });
    const deadline = Date.now() + 60_000;
    for (;;) {
        try {
            if ((await fetch(`${url}-/ping`)).ok) break;
        } catch {
            /* not listening yet */
        }
        if (child.exitCode !== null || Date.now() > deadline) {
            await stop();
            writeFileSync(log, output);
            throw new Error(`Verdaccio did not start:\n${output.slice(-2000)}`);
        }
        await new Promise(r => setTimeout(r, 250));
    }
    // The one user (max_users: 1) that may publish: its token goes into a temp npmrc.
    const response = await fetch(`${url}-/user/org.couchdb.user:pacta`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'pacta', password: 'local-registry-test' })
    });
    const { token } = await response.json();
    if (!response.ok || !token) {
        await stop();
        throw new Error(`Verdaccio refused the user: ${response.status}`);
    }
    return { url, token, stop, output: () => output };
}
