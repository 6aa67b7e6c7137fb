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

export async function encodeShare(workspace: Workspace): Promise<string> {
    const json = JSON.stringify({ v: 1, name: workspace.name, files: workspace.files.map(file => [file.path, file.text]) });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    return SHARE_PREFIX + toBase64Url(bytes);
}

/** The workspace in a share hash; undefined when there is none, and an Error when it cannot be read. */
export async function decodeShare(hash: string): Promise<Workspace | Error | undefined> {
    if (!hash.startsWith(SHARE_PREFIX)) return undefined;
    try {
        const stream = new Blob([fromBase64Url(hash.slice(SHARE_PREFIX.length))]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
        const data = JSON.parse(await new Response(stream).text()) as { v?: number; name?: unknown; files?: unknown };
        if (data.v !== 1 || typeof data.name !== 'string' || !FOLDER_NAME.test(data.name) || !Array.isArray(data.files)) throw new Error('not a playground workspace');
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
    } catch (error) {
        return new Error(`The shared link could not be opened (${(error as Error).message}); the example is shown instead.`);
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
