// `pnpm playground`'s static server: the built files on 127.0.0.1, each with the page's CSP header.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { contentSecurityPolicy } from '../scripts/csp.mjs';
// @ts-expect-error plain ESM script without types
import { servePlayground } from '../scripts/serve.mjs';

let server: { url: string; close: () => Promise<void> };
beforeAll(async () => {
    server = await servePlayground({ port: 0 });
});
afterAll(() => server.close());

/** GET a raw path (not normalised by a URL parser, as an attacker would send it). */
function get(path: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    const { hostname, port } = new URL(server.url);
    return new Promise((resolve, reject) => {
        const req = request({ host: hostname, port, path, method: 'GET' }, response => {
            let body = '';
            response.setEncoding('utf8');
            response.on('data', chunk => {
                body += chunk;
            });
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
});
