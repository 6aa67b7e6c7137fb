#!/usr/bin/env node
// Serves the built playground (dist/) on 127.0.0.1 only, with the page's Content-Security-Policy
// also sent as a header. No server logic: the files as they are, as GitHub Pages serves them.
//
//   node scripts/serve.mjs [--port 5178] [--dir dist]     (port 0: any free port)
import { closeSync, createReadStream, fstatSync, openSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentSecurityPolicy } from './csp.mjs';

const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.ttf': 'font/ttf',
    '.png': 'image/png',
    '.svg': 'image/svg+xml'
};

/** Starts the server; resolves with its URL. */
export function servePlayground({ dir = fileURLToPath(new URL('../dist', import.meta.url)), port = 5178 } = {}) {
    const root = resolve(dir);
    const server = createServer((request, response) => {
        // A static site: reading is all there is to do.
        if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'method not allowed', { allow: 'GET, HEAD' });
        let path;
        try {
            path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
        } catch {
            return send(response, 400, 'bad request');
        }
        let file = normalize(join(root, path));
        if (file !== root && !file.startsWith(root + sep)) return send(response, 403, 'forbidden');
        // Opened before any header goes: what cannot be read as a file (gone, a folder, unreadable) is a 404, not a crash.
        let fd;
        let size;
        try {
            if (statSync(file).isDirectory()) file = join(file, 'index.html');
            fd = openSync(file, 'r');
            const stat = fstatSync(fd);
            if (!stat.isFile()) throw new Error('not a file');
            size = stat.size;
        } catch {
            if (fd !== undefined) closeSync(fd);
            return send(response, 404, 'not found');
        }
        response.writeHead(200, fileHeaders(file, size));
        if (request.method === 'HEAD') {
            closeSync(fd);
            return response.end();
        }
        // A read failing halfway (the headers are gone): the response is cut, the server goes on.
        createReadStream('', { fd })
            .once('error', () => response.destroy())
            .pipe(response);
    });
    return new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => {
            const address = server.address();
            resolvePromise({ url: `http://127.0.0.1:${address.port}/`, close: () => new Promise(done => server.close(done)) });
        });
    });
}

/** Every response carries the page's policy and nosniff, error answers included. */
const SECURITY_HEADERS = { 'content-security-policy': contentSecurityPolicy, 'x-content-type-options': 'nosniff' };

function fileHeaders(file, size) {
    return { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': size, ...SECURITY_HEADERS, 'cache-control': 'no-cache' };
}

function send(response, status, text, headers = {}) {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS, ...headers });
    response.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const { values } = parseArgs({ options: { port: { type: 'string', default: '5178' }, dir: { type: 'string' } } });
    const port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
        console.error(`playground: --port takes a number from 0 to 65535 (got ${values.port})`);
        process.exit(2);
    }
    const { url } = await servePlayground({ port, ...(values.dir ? { dir: values.dir } : {}) });
    console.log(`Pacta playground: ${url}  (Ctrl+C stops it)`);
}
