// Draws the extension's Marketplace icon, images/icon.png (128×128 RGBA): a page of an agreement
// (white, folded corner, three lines of text) on a dark blue rounded square, with a green seal
// holding a check mark — "a checked agreement". Pure Node (zlib for the PNG), no image library,
// so the icon can be redrawn anywhere: `node apps/vscode/scripts/draw-icon.mjs`.
// Each pixel is 4×4 supersampled, so edges are anti-aliased.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const BLUE = [31, 58, 96];
const PAGE = [246, 248, 251];
const FOLD = [196, 206, 220];
const INK = [120, 138, 163];
const SEAL = [46, 160, 92];
const WHITE = [255, 255, 255];

/** Inside a rectangle with rounded corners of radius r. */
const roundedRect = (x0, y0, x1, y1, r) => (x, y) => {
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** Inside a stroke of width w from (ax, ay) to (bx, by), with round caps. */
const segment = (ax, ay, bx, by, w) => (x, y) => {
    const dx = bx - ax,
        dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
};

// The page: a rectangle whose top-right corner is cut along the diagonal of the fold.
const pageBody = roundedRect(30, 16, 92, 112, 5);
const inCorner = (x, y) => x >= 74 && x <= 92 && y >= 16 && y <= 34;
const page = (x, y) => pageBody(x, y) && !(inCorner(x, y) && x - 74 > y - 16);
const fold = (x, y) => inCorner(x, y) && x - 74 <= y - 16;

// Back to front: what is drawn last wins.
const layers = [
    [roundedRect(0, 0, 128, 128, 22), BLUE],
    [page, PAGE],
    [fold, FOLD],
    [roundedRect(40, 44, 82, 50, 3), INK],
    [roundedRect(40, 58, 82, 64, 3), INK],
    [roundedRect(40, 72, 66, 78, 3), INK],
    [circle(88, 92, 22), BLUE],
    [circle(88, 92, 18), SEAL],
    [segment(79, 92, 86, 99, 6), WHITE],
    [segment(86, 99, 98, 85, 6), WHITE]
];

function pixel(px, py) {
    let r = 0,
        g = 0,
        b = 0,
        a = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
            const x = px + (sx + 0.5) / SAMPLES,
                y = py + (sy + 0.5) / SAMPLES;
            let colour;
            for (const [inside, c] of layers) if (inside(x, y)) colour = c;
            if (!colour) continue;
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
        }
    }
    // Colour averaged over the covered samples (no dark fringe), alpha over all of them.
    return a === 0 ? [0, 0, 0, 0] : [r / a, g / a, b / a, (255 * a) / SAMPLES ** 2].map(Math.round);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
});
function crc32(bytes) {
    let c = 0xffffffff;
    for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0 (none), then RGBA
    for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(row, 1 + x * 4);
    rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit, RGBA, deflate, no filter method, not interlaced
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
]);
const target = join(dirname(fileURLToPath(import.meta.url)), '../images/icon.png');
writeFileSync(target, png);
console.log(`images/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
