// `pnpm playground`'s static server: the built files on 127.0.0.1, each with the page's CSP header.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { contentSecurityPolicy } from '../scripts/csp.mjs';
// @ts-expect-error plain ESM script without types
import { servePlayground } from '../scripts/serve.mjs';

let server: { url: string; close: () => Promise<void> };
// A site of its own, with what dist/ never holds: a folder where a file is expected.
let site: string;
let odd: { url: string; close: () => Promise<void> };
beforeAll(async () => {
    server = await servePlayground({ port: 0 });
    site = mkdtempSync(join(tmpdir(), 'pacta-serve-'));
    writeFileSync(join(site, 'index.html'), '<title>x</title>');
    mkdirSync(join(site, 'sub/index.html'), { recursive: true });
    odd = await servePlayground({ port: 0, dir: site });
});
afterAll(async () => {
    await server.close();
    await odd.close();
    rmSync(site, { recursive: true, force: true });
});

/** A request for a raw path (not normalised by a URL parser, as an attacker would send it). */
function get(path: string, method = 'GET', base = server.url): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const { hostname, port } = new URL(base);
    return new Promise((resolve, reject) => {
        const req = request({ host: hostname, port, path, method }, response => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', chunk => {
                body += chunk;
            });
            response.on('error', reject);
            response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        });
        req.on('error', reject);
        req.end();
    });
}

describe('the playground server', () => {
    it('listens on 127.0.0.1 only', () => {
        expect(new URL(server.url).hostname).toBe('127.0.0.1');
    });

    it('serves the page and its files with their types and the CSP as a header', async () => {
        const page = await get('/');
        expect(page.status).toBe(200);
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy);
        expect(page.body).toContain('<title>Pacta playground</title>');
        const worker = await get('/server/server.js');
        expect(worker.status).toBe(200);
        expect(worker.headers['content-type']).toBe('text/javascript; charset=utf-8');
        expect(worker.headers['content-security-policy']).toBe(contentSecurityPolicy);
    });

    it('answers 404 for a missing file, and nothing outside dist/', async () => {
        expect((await get('/missing.js')).status).toBe(404);
        expect((await get('/../package.json')).status).not.toBe(200);
        expect((await get('/..%2f..%2fpackage.json')).status).toBe(403);
    });

    it('answers 400 to a path that is not valid percent-encoding, and keeps serving', async () => {
        expect((await get('/%E0%A4%A')).status).toBe(400);
        expect((await get('/index.html')).status).toBe(200);
    });

    it('answers 405 to methods other than GET and HEAD, and HEAD with the headers only', async () => {
        for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
            const answer = await get('/index.html', method);
            expect(answer.status).toBe(405);
            expect(answer.headers.allow).toBe('GET, HEAD');
        }
        const head = await get('/index.html', 'HEAD');
        expect(head.status).toBe(200);
        expect(head.body).toBe('');
        expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
    });

    it('sends the CSP and nosniff with error answers too', async () => {
        for (const [path, method] of [
            ['/missing.js', 'GET'],
            ['/%E0%A4%A', 'GET'],
            ['/..%2f..%2fpackage.json', 'GET'],
            ['/', 'POST']
        ]) {
            const answer = await get(path, method);
            expect(answer.status).toBeGreaterThanOrEqual(400);
            expect(answer.headers['content-security-policy']).toBe(contentSecurityPolicy);
            expect(answer.headers['x-content-type-options']).toBe('nosniff');
        }
    });

    it('answers 404, and keeps serving, for what cannot be read as a file (a folder named index.html)', async () => {
        const folder = await get('/sub/', 'GET', odd.url);
        expect(folder.status).toBe(404);
        expect((await get('/sub/index.html', 'GET', odd.url)).status).toBe(404);
        expect((await get('/', 'GET', odd.url)).body).toBe('<title>x</title>');
    });
});
