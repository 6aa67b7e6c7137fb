import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { type CompileResult, type SourceFile, commonFolder, compileSources, listWorkspaceFiles } from '@pacta/sdk';
import { workspaceIgnore } from '../config/workspace-config.js';
import { CliError } from '../util/errors.js';
import { allPaths, resolveInputs } from '../util/paths.js';
import type { CheckOptions } from './check.js';

/** The name findings give the text on stdin when no `--stdin-filename` is given. */
const STDIN = '<stdin>';

/**
 * `pacta check -`: checks the text on stdin (for editors and pre-commit hooks that hold unsaved
 * text). Without `--stdin-filename` the text is checked alone and its findings name `<stdin>`.
 * With it, the text stands for that file of the workspace that `paths` give (the current folder
 * by default): the other files are read from disk (so names they declare resolve), the file's
 * own copy on disk is not, and only the findings of that file are reported.
 */
export async function checkStdin(paths: readonly string[], options: CheckOptions): Promise<{ result: CompileResult; root: string; only: string }> {
    const text = await readStdin();
    if (options.stdinFilename === undefined) {
        if (paths.length > 0) throw new CliError('to check stdin as a file of a workspace, name it with --stdin-filename');
        const result = await compileSources([{ path: STDIN, text }], { strictSources: options.strictSources === true, diagnosticsOnly: true });
        return { result, root: process.cwd(), only: STDIN };
    }
    const target = nodePath.resolve(options.stdinFilename);
    if (!target.endsWith('.pacta')) throw new CliError(`--stdin-filename '${options.stdinFilename}' is not a .pacta file`);
    const inputs = await resolveInputs(paths);
    const given = allPaths(inputs);
    const root = commonFolder([...given, target]);
    const { files } = await listWorkspaceFiles(given, root, {
        roots: inputs.map(input => input.base),
        ignore: workspaceIgnore(),
        ...(options.followSymlinks ? { followSymlinks: true } : {}),
        ...(options.maxFileSize !== undefined ? { maxFileSize: options.maxFileSize } : {})
    });
    const relative = (path: string) => nodePath.relative(root, path).split(nodePath.sep).join('/');
    const sources: SourceFile[] = [{ path: relative(target), text }];
    for (const file of files) {
        if (file === target) continue;
        try {
            sources.push({ path: relative(file), text: readFileSync(file, 'utf8') });
        } catch {
            /* unreadable: `pacta check` on disk reports it; here it is only context */
        }
    }
    const result = await compileSources(sources, { strictSources: options.strictSources === true, diagnosticsOnly: true });
    return { result, root, only: relative(target) };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

async function readStdin(): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    try {
        return decoder.decode(Buffer.concat(chunks));
    } catch {
        throw new CliError('stdin is not UTF-8 text');
    }
}
