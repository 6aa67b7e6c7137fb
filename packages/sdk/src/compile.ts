import { type PactaServices, createPactaBatchServices, isBuiltinUri, loadBuiltinDocuments, pactaValidationCategories } from '@pacta/language';
import { EmptyFileSystem, type LangiumDocument, type LangiumSharedCoreServices, type URI } from 'langium';
import { compileAst } from './compiler/compile-ast.js';
import { DUPLICATE_INPUT, INTERNAL_ERROR, IO_ERROR, NO_INPUT, type PactaDiagnostic, countSeverity, fileDiagnostic, sortDiagnostics, toPactaDiagnostic } from './diagnostics.js';
import type { PactaOutput } from './model.js';
import type { CompileOptions, CompileResult } from './compile-types.js';
import { serializeCompiled } from './serialize.js';

export type { CompileOptions, CompileResult, SourceFile, Sources } from './compile-types.js';

/** A text to compile, with the path it is reported as and the URI its document gets. */
export interface PreparedSource {
    file: string;
    uri: URI;
    text: string;
}

/**
 * The compile step shared by every entry point: builds the texts as one workspace with the
 * built-in library, validates, and compiles. `diagnostics` may already hold findings of the
 * reading step. Never throws.
 */
export async function compilePrepared(sources: readonly PreparedSource[], diagnostics: PactaDiagnostic[], options: CompileOptions = {}): Promise<CompileResult> {
    let output: PactaOutput | undefined;
    const files: string[] = [];
    const wantOutput = options.diagnosticsOnly !== true;
    try {
        const inputs = dropDuplicates(sources, diagnostics).filter(source => {
            if (source.text.includes('\u0000')) {
                diagnostics.push(
                    fileDiagnostic(
                        IO_ERROR,
                        'error',
                        source.file,
                        `'${source.file}' is not a text file (it contains NUL bytes); it was not compiled.`,
                        'Remove the file from the workspace, or save it as UTF-8 text.'
                    )
                );
                return false;
            }
            return true;
        });
        inputs.forEach(input => files.push(input.file));
        if (inputs.length === 0) {
            if (countSeverity(diagnostics, 'error') === 0) {
                diagnostics.push(fileDiagnostic(NO_INPUT, 'warning', '.', 'There are no .pacta files to compile.', 'Check the path, or add a .pacta file.'));
                if (wantOutput) output = await exclusive(async ({ Pacta }) => compileAst([], Pacta, () => ''));
            }
        } else {
            output = await build(inputs, diagnostics, options, wantOutput);
        }
    } catch (error) {
        output = undefined;
        diagnostics.push(internalError(files[0] ?? '.', error));
    }
    sortDiagnostics(diagnostics);
    let json = '';
    if (output) {
        try {
            json = serializeCompiled(output);
        } catch (error) {
            output = undefined;
            diagnostics.push(internalError('.', error));
        }
    }
    return {
        ...(output ? { output } : {}),
        json,
        diagnostics,
        errorCount: countSeverity(diagnostics, 'error'),
        warningCount: countSeverity(diagnostics, 'warning'),
        files: files.sort(compareCodeUnits)
    };
}

async function build(inputs: readonly PreparedSource[], diagnostics: PactaDiagnostic[], options: CompileOptions, wantOutput: boolean): Promise<PactaOutput | undefined> {
    return exclusive(async ({ shared, Pacta }) => {
        const langiumDocuments = shared.workspace.LangiumDocuments;
        const builtins = loadBuiltinDocuments(shared);
        const fileByUri = new Map<string, string>();
        const documents: LangiumDocument[] = [];
        for (const input of inputs) {
            const document = shared.workspace.LangiumDocumentFactory.fromString(stripBom(input.text), input.uri);
            langiumDocuments.addDocument(document);
            fileByUri.set(document.uri.toString(), input.file);
            documents.push(document);
        }
        // The opt-in rules run when asked for: `strictSources` adds the `strict-sources` category.
        const categories = pactaValidationCategories({ strictSources: options.strictSources === true });
        await shared.workspace.DocumentBuilder.build([...builtins, ...documents], { validation: { categories } });
        for (const document of documents) {
            const file = fileByUri.get(document.uri.toString()) ?? document.uri.path;
            for (const diagnostic of document.diagnostics ?? []) {
                diagnostics.push(toPactaDiagnostic(diagnostic, file));
            }
        }
        // `check` prints findings only: the model (~15 % of a compile) and its JSON are not built.
        if (!wantOutput) return undefined;
        return compileAst(
            documents.filter(document => !isBuiltinUri(document.uri.toString())),
            Pacta,
            document => fileByUri.get(document.uri.toString()) ?? document.uri.path
        );
    });
}

type BatchServices = { shared: LangiumSharedCoreServices; Pacta: PactaServices };

/**
 * One set of services per process, reused by every compile: creating them (and Chevrotain's
 * parser) costs more than compiling a small workspace, and the parser's lookahead tables stay
 * warm. Compiles take turns (`exclusive`), each starts from an empty workspace and leaves one,
 * so nothing of one compile is seen by the next, and concurrent calls are still safe.
 */
let batchServices: BatchServices | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` on the shared services once every compile started before it has finished. */
function exclusive<T>(task: (services: BatchServices) => Promise<T>): Promise<T> {
    const run = queue.then(async () => {
        const services = (batchServices ??= createPactaBatchServices(EmptyFileSystem));
        try {
            return await task(services);
        } finally {
            await clearWorkspace(services);
        }
    });
    queue = run.catch(() => undefined);
    return run;
}

/**
 * Removes every document (and its index entries, build state and cached results) from the
 * shared services, so the compile's documents can be garbage-collected as soon as its model is
 * built. Should that fail, the services are dropped and the next compile creates new ones.
 */
async function clearWorkspace(services: BatchServices): Promise<void> {
    try {
        const uris = services.shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray();
        if (uris.length > 0) await services.shared.workspace.DocumentBuilder.update([], uris);
    } catch {
        if (batchServices === services) batchServices = undefined;
    }
}

/** The first of several sources with the same path is compiled; the others are reported. */
function dropDuplicates(sources: readonly PreparedSource[], diagnostics: PactaDiagnostic[]): PreparedSource[] {
    const seen = new Set<string>();
    return sources.filter(source => {
        const key = source.uri.toString();
        if (seen.has(key)) {
            diagnostics.push(fileDiagnostic(DUPLICATE_INPUT, 'warning', source.file, `'${source.file}' was given more than once; it is compiled once.`, 'Give each file once.'));
            return false;
        }
        seen.add(key);
        return true;
    });
}

function stripBom(text: string): string {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function internalError(file: string, error: unknown): PactaDiagnostic {
    const detail = error instanceof Error ? error.message : String(error);
    return fileDiagnostic(INTERNAL_ERROR, 'error', file, `The compiler failed: ${detail}`, 'This is a bug in Pacta; please report it with the input that caused it.');
}

function compareCodeUnits(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
