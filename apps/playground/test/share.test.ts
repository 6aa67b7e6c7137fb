// Share by URL: the workspace compressed into the hash and read back, as the page does it
// (Node has the same CompressionStream and atob/btoa as the browser).
import { describe, expect, it } from 'vitest';
import { SHARE_LIMITS, type Workspace, decodeShare, encodeShare } from '../src/workspace.js';

const workspace = {
    name: 'critical-minerals-2026',
    files: [
        { path: 'parties.pacta', text: 'state US "United States"\n' },
        { path: 'trial-1.pacta', text: '// EU–U.S. “quotes”, 日本, emoji 🙂\nagreement trial "Trial" {\n    parties US\n}\n'.repeat(50) }
    ]
};

/** A share hash of any JSON (as a hand-made or hostile link would be), compressed as encodeShare does. */
async function hashOf(data: unknown): Promise<string> {
    const stream = new Blob([JSON.stringify(data)]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return `#w=${Buffer.from(bytes).toString('base64url')}`;
}

async function refusal(hash: string): Promise<string> {
    const result = await decodeShare(hash);
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).message).toContain('the example is shown instead');
    return (result as Error).message;
}

describe('share links', () => {
    it('round-trip every file, byte for byte, through a URL-safe hash', async () => {
        const hash = await encodeShare(workspace);
        expect(hash).toMatch(/^#w=[A-Za-z0-9_-]+$/);
        expect(await decodeShare(hash as string)).toEqual(workspace);
    });

    it('compress: a repetitive file takes far less room than its text', async () => {
        const hash = (await encodeShare(workspace)) as string;
        expect(hash.length).toBeLessThan(workspace.files[1].text.length / 4);
    });

    it('leave a page without a share hash alone', async () => {
        expect(await decodeShare('')).toBeUndefined();
        expect(await decodeShare('#section')).toBeUndefined();
    });

    it('say so when a link is damaged or names files the playground does not take', async () => {
        expect(await decodeShare('#w=not*base64')).toBeInstanceOf(Error);
        expect(await decodeShare('#w=AAAA')).toBeInstanceOf(Error);
        const outside = (await encodeShare({ name: 'x', files: [{ path: '../etc/passwd.pacta', text: '' }] })) as string;
        expect(await refusal(outside)).toContain('../etc/passwd.pacta');
    });

    it('refuse a repeated file name, and names equal ignoring case (one editor model per file)', async () => {
        const twice = await hashOf({
            v: 1,
            name: 'x',
            files: [
                ['a.pacta', 'one'],
                ['a.pacta', 'two']
            ]
        });
        expect(await refusal(twice)).toContain('There is already a file named a.pacta');
        const cased = await hashOf({
            v: 1,
            name: 'x',
            files: [
                ['Parties.pacta', ''],
                ['parties.pacta', '']
            ]
        });
        expect(await refusal(cased)).toContain('There is already a file named Parties.pacta');
        const upper = await hashOf({ v: 1, name: 'x', files: [['a.PACTA', '']] });
        expect(await refusal(upper)).toContain('not a file name the playground takes');
    });

    it(`refuse a link that inflates past ${SHARE_LIMITS.bytes / 1_000_000} MB (a zip bomb), reading no further than the limit`, async () => {
        // 50 MB of one letter: a link of some 50 kB characters that would take 50 MB (and more) to hold.
        const bomb = await hashOf({ v: 1, name: 'x', files: [['a.pacta', 'a'.repeat(50_000_000)]] });
        expect(bomb.length).toBeLessThan(100_000);
        expect(await refusal(bomb)).toContain(`more than ${SHARE_LIMITS.bytes / 1_000_000} MB of text`);
    });

    it(`refuse more than ${SHARE_LIMITS.files} files, and Share refuses such a workspace rather than make a link that cannot be opened`, async () => {
        const many: Workspace = { name: 'x', files: Array.from({ length: SHARE_LIMITS.files + 1 }, (_, i) => ({ path: `f${i}.pacta`, text: '' })) };
        expect(await refusal(await hashOf({ v: 1, name: 'x', files: many.files.map(f => [f.path, f.text]) }))).toContain(`more than ${SHARE_LIMITS.files} files`);
        expect(await encodeShare(many)).toBeInstanceOf(Error);
        const big = await encodeShare({ name: 'x', files: [{ path: 'a.pacta', text: 'a'.repeat(SHARE_LIMITS.bytes) }] });
        expect((big as Error).message).toContain('cannot be shared by link');
        const fits = { name: 'x', files: many.files.slice(0, SHARE_LIMITS.files) };
        expect(await decodeShare((await encodeShare(fits)) as string)).toEqual(fits);
    });
});
