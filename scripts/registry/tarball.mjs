// Reads an npm tarball (.tgz) fetched back from a registry: the files in it, by path without the
// leading `package/`. Plain ustar as npm and pnpm write it; enough for checking what was published.
import { gunzipSync } from 'node:zlib';

/** Map of path → Buffer. */
export function readTarball(tgz) {
    const tar = gunzipSync(tgz);
    const files = new Map();
    let longName = null;
    for (let offset = 0; offset + 512 <= tar.length; ) {
        const header = tar.subarray(offset, offset + 512);
        if (header.every(byte => byte === 0)) break;
        const field = (start, length) =>
            header
                .subarray(start, start + length)
                .toString('utf8')
                .replace(/\0.*$/s, '');
        const size = parseInt(field(124, 12).trim() || '0', 8);
        const type = field(156, 1);
        const prefix = field(345, 155);
        const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
        longName = null;
        const body = tar.subarray(offset + 512, offset + 512 + size);
        if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
        else if (type === '0' || type === '') files.set(name.replace(/^[^/]+\//, ''), Buffer.from(body));
        offset += 512 + Math.ceil(size / 512) * 512;
    }
    return files;
}
