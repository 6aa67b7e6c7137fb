// The built index.html: its Content-Security-Policy and that it loads nothing from elsewhere.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { contentSecurityPolicy } from '../scripts/csp.mjs';

const html = readFileSync(fileURLToPath(new URL('../dist/index.html', import.meta.url)), 'utf8');

describe('index.html', () => {
    it('carries the CSP as a meta element', () => {
        const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
        expect(meta?.[1]).toBe(contentSecurityPolicy);
    });

    it('allows scripts, workers and fetches from its own origin only, no inline script, no eval', () => {
        const directives = new Map((contentSecurityPolicy as string).split('; ').map(d => [d.split(' ')[0], d.split(' ').slice(1)] as const));
        expect(directives.get('script-src')).toEqual(["'self'"]);
        expect(directives.get('worker-src')).toEqual(["'self'"]);
        expect(directives.get('connect-src')).toEqual(["'self'"]);
        expect(directives.get('object-src')).toEqual(["'none'"]);
        expect(directives.get('base-uri')).toEqual(["'none'"]);
        expect(contentSecurityPolicy).not.toContain('unsafe-eval');
        expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    });

    it('has no inline script and refers to nothing outside the page', () => {
        for (const script of html.matchAll(/<script\b[^>]*>/g)) expect(script[0]).toMatch(/\ssrc="[^"]+"/);
        expect(html).not.toMatch(/<script\b[^>]*>[^<]+<\/script>/);
        const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map(m => m[1]);
        expect(refs.length).toBeGreaterThan(2);
        for (const ref of refs) expect(ref).toMatch(/^(data:,|[a-z0-9][\w./-]*)$/i);
    });
});
