/**
 * The playground's files: one virtual folder of `.pacta` files, named like the example folder it
 * started from. Shared by URL: the files as JSON, compressed with the browser's own
 * `CompressionStream('deflate-raw')` and written base64url into the hash (`#w=...`), so a shared
 * workspace never reaches any server.
 */
export interface PlaygroundFile {
    path: string;
    text: string;
}

export interface Workspace {
    /** The folder's name: the URI's last segment and the downloaded JSON's name. */
    name: string;
    files: PlaygroundFile[];
}

const SHARE_PREFIX = '#w=';
/** A file name the playground accepts: a plain `.pacta` name (no folders), so URIs need no escaping. */
export const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}\.pacta$/;
const FOLDER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,80}$/;

/**
 * What is wrong with a file name among the others (New file, Rename and share links apply the same
 * rules), or undefined when it is fine. Names equal ignoring case are refused: the two files would be
 * one on a case-insensitive disk once the workspace is saved there.
 */
export function fileNameProblem(name: string, others: readonly string[]): string | undefined {
    if (!FILE_NAME.test(name)) return `“${name}” is not a file name the playground takes: letters, digits, “.”, “_” and “-”, ending in .pacta.`;
    const clash = others.find(other => other.toLowerCase() === name.toLowerCase());
    if (clash !== undefined) return clash === name ? `There is already a file named ${name}.` : `There is already a file named ${clash} (names differing only in case are one file on many disks).`;
    return undefined;
}

export function folderUri(workspace: Workspace): string {
    return `file:///${workspace.name}/`;
}

export function fileUri(workspace: Workspace, path: string): string {
    return `${folderUri(workspace)}${path}`;
}

/** What a share link may hold, decompressed: links past this are refused (a small link can inflate to gigabytes). */
export const SHARE_LIMITS = { bytes: 5_000_000, files: 100 } as const;
/** Compressed bytes fed to the decompressor per step: deflate inflates at most ~1032×, so one step yields ~1 MB at most. */
const INPUT_CHUNK = 1024;

/** The workspace as the JSON a share link (compressed) and a draft hold. */
export function workspaceJson(workspace: Workspace): string {
    return JSON.stringify({ v: 1, name: workspace.name, files: workspace.files.map(file => [file.path, file.text]) });
}

/** The share hash of a workspace; an Error when it is past `SHARE_LIMITS` (its link could not be opened). */
export async function encodeShare(workspace: Workspace): Promise<string | Error> {
    const json = new TextEncoder().encode(workspaceJson(workspace));
    const limit = pastLimits(json.byteLength, workspace.files.length);
    if (limit) return new Error(`The workspace cannot be shared by link: ${limit}.`);
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return SHARE_PREFIX + toBase64Url(bytes);
}

function pastLimits(bytes: number, files: number): string | undefined {
    if (bytes > SHARE_LIMITS.bytes) return `it holds more than ${SHARE_LIMITS.bytes / 1_000_000} MB of text`;
    if (files > SHARE_LIMITS.files) return `it holds more than ${SHARE_LIMITS.files} files`;
    return undefined;
}

/**
 * The workspace in a share hash; undefined when there is none, and an Error when it cannot be read
 * (its message ends with `fallback`: what the page does instead).
 */
export async function decodeShare(hash: string, fallback = 'the example is shown instead'): Promise<Workspace | Error | undefined> {
    if (!hash.startsWith(SHARE_PREFIX)) return undefined;
    try {
        // Base64 of deflated text within the limit is at most ~4/3 of it, even when nothing compresses.
        if (hash.length > SHARE_LIMITS.bytes * 1.5) throw new Error('the link is too long');
        const text = await inflateWithin(fromBase64Url(hash.slice(SHARE_PREFIX.length)), SHARE_LIMITS.bytes);
        return workspaceFromJson(text);
    } catch (error) {
        return new Error(`The shared link could not be opened (${(error as Error).message}); ${fallback}.`);
    }
}

/** The workspace in the JSON of a share link or a draft (`workspaceJson`); throws saying what is wrong with it. */
export function workspaceFromJson(text: string): Workspace {
    const data = JSON.parse(text) as { v?: number; name?: unknown; files?: unknown };
    if (data.v !== 1 || typeof data.name !== 'string' || !FOLDER_NAME.test(data.name) || !Array.isArray(data.files)) throw new Error('not a playground workspace');
    const tooMany = pastLimits(0, data.files.length);
    if (tooMany) throw new Error(tooMany);
    const files: PlaygroundFile[] = [];
    for (const entry of data.files as unknown[]) {
        if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') throw new Error('a file entry is malformed');
        // The rules of New file and Rename: a repeated name would be two editor models for one file.
        const problem = fileNameProblem(
            entry[0],
            files.map(file => file.path)
        );
        if (problem) throw new Error(problem.replace(/\.$/, ''));
        files.push({ path: entry[0], text: entry[1] });
    }
    return { name: data.name, files };
}

/**
 * The text `compressed` inflates to, read chunk by chunk: it gives up as soon as more than `limit`
 * bytes came out, so a link that inflates to gigabytes costs no more than `limit` (plus one step).
 */
async function inflateWithin(compressed: Uint8Array<ArrayBuffer>, limit: number): Promise<string> {
    let offset = 0;
    // Fed a small piece at a time, and only when the decompressor asks (highWaterMark 0).
    const input = new ReadableStream<Uint8Array<ArrayBuffer>>(
        {
            pull(controller) {
                if (offset >= compressed.length) return controller.close();
                controller.enqueue(compressed.slice(offset, offset + INPUT_CHUNK));
                offset += INPUT_CHUNK;
            }
        },
        { highWaterMark: 0 }
    );
    const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    const decoder = new TextDecoder();
    let size = 0;
    let text = '';
    try {
        for (;;) {
            const { done, value } = await reader.read();
            if (done) return text + decoder.decode();
            size += value.byteLength;
            if (size > limit) throw new Error(pastLimits(size, 0));
            text += decoder.decode(value, { stream: true });
        }
    } finally {
        await reader.cancel().catch(() => undefined);
    }
}

/** A name as typed into New file or Rename: surrounding spaces dropped, `.pacta` added or its case normalised (`x.PACTA` → `x.pacta`). */
export function normaliseFileName(answer: string): string {
    const name = answer.trim();
    return /\.pacta$/i.test(name) ? `${name.slice(0, -'.pacta'.length)}.pacta` : `${name}.pacta`;
}

function toBase64Url(bytes: Uint8Array): string {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
}
