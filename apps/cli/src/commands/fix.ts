import { readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { SAFE_FIX_CODES, applyTextEdits, offsetAt, safeFixEdit } from '@pacta/language';

type TextEdit = NonNullable<ReturnType<typeof safeFixEdit>>;
/** The compiler reads a file without its byte order mark, so positions count from after it. */
const BOM = '\uFEFF';
import { plural } from '../report/findings.js';
import { styleFor } from '../util/color.js';
import { CliError } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { writeFileAtomic } from '../util/write.js';
import type { CheckOptions } from './check.js';
import { compileArguments, compileFlags } from './shared.js';

/** As eslint: a fix can uncover another (or two fixes touch one place); at most this many rounds. */
const MAX_PASSES = 10;

/**
 * `pacta check --fix`: compiles, applies the safe quick fixes of the findings (the edits the
 * editor's code actions make, `safeFixEdit` of @pacta/language: an unused `#suppress`, a resource
 * its group covers), writes each changed file atomically, and repeats until nothing is left to
 * fix. Edits that overlap in one round wait for the next. Prints what it fixed on stderr.
 */
export async function applySafeFixes(paths: readonly string[], options: CheckOptions): Promise<number> {
    let fixed = 0;
    const files = new Set<string>();
    const unwritable = new Map<string, CliError>();
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        const { result, root } = await compileArguments(paths, 'Fixing', process.cwd(), compileFlags(options));
        const byFile = new Map<string, TextEdit[]>();
        const texts = new Map<string, string>();
        for (const diagnostic of result.diagnostics) {
            if (!SAFE_FIX_CODES.has(diagnostic.code) || !result.files.includes(diagnostic.file)) continue;
            const path = nodePath.resolve(root, diagnostic.file);
            if (!texts.has(path)) texts.set(path, readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
            const range = { start: { line: diagnostic.line - 1, character: diagnostic.column - 1 }, end: { line: diagnostic.endLine - 1, character: diagnostic.endColumn - 1 } };
            const edit = safeFixEdit(texts.get(path)!, diagnostic.code, range);
            if (edit) byFile.set(path, [...(byFile.get(path) ?? []), edit]);
        }
        let applied = 0;
        for (const [path, edits] of byFile) {
            if (unwritable.has(path)) continue;
            const text = texts.get(path)!;
            const bom = readFileSync(path, 'utf8').startsWith(BOM) ? BOM : '';
            const kept = withoutOverlaps(text, edits);
            try {
                writeFileAtomic(path, bom + applyTextEdits(text, { offsetAt: position => offsetAt(text, position) }, kept), {
                    source: true,
                    followSymlinks: options.followSymlinks === true,
                    shown: displayPath(path)
                });
            } catch (error) {
                // A file that cannot be written (read-only, a link out of the folder) keeps its findings; the others are fixed.
                if (!(error instanceof CliError)) throw error;
                unwritable.set(path, error);
                continue;
            }
            applied += kept.length;
            files.add(path);
        }
        fixed += applied;
        if (applied === 0) break;
    }
    if (fixed > 0) {
        const names = [...files].sort().map(file => displayPath(file));
        process.stderr.write(`${styleFor(process.stderr).green('✔')} fixed ${plural(fixed, 'finding')} in ${plural(files.size, 'file')}: ${names.join(', ')}\n`);
    }
    if (unwritable.size > 0) {
        for (const error of unwritable.values()) process.stderr.write(`${styleFor(process.stderr).red('✖')} ${error.message}\n`);
        throw new CliError(`${plural(unwritable.size, 'file')} not fixed: ${unwritable.size === 1 ? 'it' : 'they'} could not be written (above)`);
    }
    return fixed;
}

/** The edits in text order, leaving out any that overlaps one kept before it. */
function withoutOverlaps(text: string, edits: readonly TextEdit[]): TextEdit[] {
    const placed = edits.map(edit => ({ edit, start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end) })).sort((a, b) => a.start - b.start || a.end - b.end);
    const kept: TextEdit[] = [];
    let reached = -1;
    for (const { edit, start, end } of placed) {
        if (start < reached) continue;
        kept.push(edit);
        reached = Math.max(end, start + 1);
    }
    return kept;
}
