/**
 * Pacta in Monaco: the language, its colouring (Monarch, from the grammar's keywords) and the editor
 * features answered by the language server — completion, hover, quick fixes, formatting — through
 * the LSP connection. Diagnostics arrive as notifications and are kept here for the quick fixes.
 */
import keywords from 'virtual:keywords';
import type * as lsp from 'vscode-languageserver-protocol';
import type { WorkerConnection } from './rpc.js';
import { fromPosition, fromRange, messageText, toCompletionKind, toMarkdown, toRange, toWorkspaceEdit } from './convert.js';
import * as monaco from './monaco.js';

export const LANGUAGE_ID = 'pacta';

export function registerPactaLanguage(): void {
    monaco.languages.register({ id: LANGUAGE_ID, extensions: ['.pacta'], aliases: ['Pacta'] });
    monaco.languages.setLanguageConfiguration(LANGUAGE_ID, {
        comments: { lineComment: '//', blockComment: ['/*', '*/'] },
        brackets: [
            ['{', '}'],
            ['(', ')'],
            ['[', ']']
        ],
        autoClosingPairs: [
            { open: '{', close: '}' },
            { open: '(', close: ')' },
            { open: '[', close: ']' },
            { open: '"', close: '"', notIn: ['string', 'comment'] }
        ],
        wordPattern: /[A-Za-z_][\w-]*|\d{4}-\d{2}(-\d{2})?/
    });
    monaco.languages.setMonarchTokensProvider(LANGUAGE_ID, {
        keywords,
        tokenizer: {
            root: [
                [/#suppress\b/, 'keyword'],
                [/\d{4}-\d{2}(-\d{2})?\b/, 'number.date'],
                [/[A-Za-z_][\w]*/, { cases: { '@keywords': 'keyword', '@default': 'identifier' } }],
                [/\d+(\.\d+)?/, 'number'],
                [/"/, 'string', '@string'],
                [/\/\*/, 'comment', '@comment'],
                [/\/\/.*$/, 'comment'],
                [/[{}()[\]]/, '@brackets']
            ],
            string: [
                [/[^"\\]+/, 'string'],
                [/\\./, 'string.escape'],
                [/"/, 'string', '@pop']
            ],
            comment: [
                [/[^*/]+/, 'comment'],
                [/\*\//, 'comment', '@pop'],
                [/[*/]/, 'comment']
            ]
        }
    });
}

/** The server's diagnostics by document URI, as last published. */
export type DiagnosticsByUri = Map<string, lsp.Diagnostic[]>;

export function registerLanguageFeatures(connection: WorkerConnection, capabilities: lsp.ServerCapabilities, diagnostics: DiagnosticsByUri): void {
    const textDocument = (model: monaco.editor.ITextModel) => ({ uri: model.uri.toString() });

    monaco.languages.registerCompletionItemProvider(LANGUAGE_ID, {
        triggerCharacters: capabilities.completionProvider?.triggerCharacters ?? [],
        async provideCompletionItems(model, position, context, token) {
            const answer = await connection.providerRequest<lsp.CompletionList | lsp.CompletionItem[] | null>(
                'textDocument/completion',
                { textDocument: textDocument(model), position: fromPosition(position), context: { triggerKind: context.triggerKind + 1, triggerCharacter: context.triggerCharacter } },
                token
            );
            const items = Array.isArray(answer) ? answer : (answer?.items ?? []);
            const word = model.getWordUntilPosition(position);
            const wordRange = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
            return {
                incomplete: !Array.isArray(answer) && answer?.isIncomplete === true,
                suggestions: items.map(item => {
                    const edit = item.textEdit && 'range' in item.textEdit ? item.textEdit : undefined;
                    return {
                        label: item.labelDetails ? { label: item.label, detail: item.labelDetails.detail, description: item.labelDetails.description } : item.label,
                        kind: toCompletionKind(item.kind),
                        detail: item.detail,
                        documentation: toMarkdown(item.documentation),
                        sortText: item.sortText,
                        filterText: item.filterText,
                        preselect: item.preselect,
                        insertText: edit?.newText ?? item.insertText ?? item.label,
                        insertTextRules: item.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
                        range: edit ? toRange(edit.range) : wordRange,
                        additionalTextEdits: item.additionalTextEdits?.map(extra => ({ range: toRange(extra.range), text: extra.newText }))
                    };
                })
            };
        }
    });

    monaco.languages.registerHoverProvider(LANGUAGE_ID, {
        async provideHover(model, position, token) {
            const hover = await connection.providerRequest<lsp.Hover | null>('textDocument/hover', { textDocument: textDocument(model), position: fromPosition(position) }, token);
            if (!hover) return null;
            const contents = (Array.isArray(hover.contents) ? hover.contents : [hover.contents]).map(toMarkdown).filter(content => content !== undefined);
            return { contents, range: hover.range ? toRange(hover.range) : undefined };
        }
    });

    monaco.languages.registerCodeActionProvider(
        LANGUAGE_ID,
        {
            async provideCodeActions(model, range, _context, token) {
                const wanted = fromRange(range);
                // The server's own diagnostics that touch the range (Monaco's markers lose `data`, which quick fixes may need).
                const touching = (diagnostics.get(model.uri.toString()) ?? []).filter(d => overlaps(d.range, wanted));
                const answer = await connection.providerRequest<(lsp.CodeAction | lsp.Command)[] | null>(
                    'textDocument/codeAction',
                    { textDocument: textDocument(model), range: wanted, context: { diagnostics: touching } },
                    token
                );
                // Commands alone (`command` is a string) cannot run here; a code action's edit can (its follow-up command, if any, is left out).
                const actions = (answer ?? []).filter((action): action is lsp.CodeAction => typeof action.command !== 'string' && 'edit' in action && action.edit !== undefined);
                return {
                    actions: actions.map(action => ({
                        title: action.title,
                        kind: action.kind,
                        isPreferred: action.isPreferred,
                        diagnostics: action.diagnostics?.map(d => ({ ...toRange(d.range), message: messageText(d.message), severity: monaco.MarkerSeverity.Error })),
                        edit: action.edit ? toWorkspaceEdit(action.edit) : undefined
                    })),
                    dispose() {}
                };
            }
        },
        { providedCodeActionKinds: ['quickfix', 'refactor', 'source'] }
    );

    if (capabilities.inlayHintProvider) registerInlayHints(connection);
    if (capabilities.semanticTokensProvider?.full) registerSemanticTokens(connection, capabilities.semanticTokensProvider.legend);

    monaco.languages.registerDocumentFormattingEditProvider(LANGUAGE_ID, {
        async provideDocumentFormattingEdits(model, options, token) {
            const edits = await connection.providerRequest<lsp.TextEdit[] | null>(
                'textDocument/formatting',
                { textDocument: textDocument(model), options: { tabSize: options.tabSize, insertSpaces: options.insertSpaces } },
                token
            );
            return (edits ?? []).map(edit => ({ range: toRange(edit.range), text: edit.newText }));
        }
    });
}

/** After each deadline not written as a date, the date it resolves to (`→ 2026-03-06`), as in VS Code. */
export function registerInlayHints(connection: WorkerConnection): void {
    monaco.languages.registerInlayHintsProvider(LANGUAGE_ID, {
        async provideInlayHints(model, range, token) {
            const hints = await connection.providerRequest<lsp.InlayHint[] | null>('textDocument/inlayHint', { textDocument: { uri: model.uri.toString() }, range: fromRange(range) }, token);
            return {
                hints: (hints ?? []).map(hint => ({
                    label: typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''),
                    position: { lineNumber: hint.position.line + 1, column: hint.position.character + 1 },
                    kind: hint.kind === 2 ? monaco.languages.InlayHintKind.Parameter : monaco.languages.InlayHintKind.Type,
                    tooltip: toMarkdown(hint.tooltip),
                    paddingLeft: hint.paddingLeft,
                    paddingRight: hint.paddingRight
                })),
                dispose() {}
            };
        }
    });
}

/**
 * The server's semantic tokens (parties as classes, agreements as namespaces, events, commitments…)
 * over the Monarch colouring, with the theme below giving each kind its colour.
 */
export function registerSemanticTokens(connection: WorkerConnection, legend: lsp.SemanticTokensLegend): void {
    monaco.languages.registerDocumentSemanticTokensProvider(LANGUAGE_ID, {
        getLegend: () => legend,
        async provideDocumentSemanticTokens(model, _lastResultId, token) {
            const tokens = await connection.providerRequest<lsp.SemanticTokens | null>('textDocument/semanticTokens/full', { textDocument: { uri: model.uri.toString() } }, token);
            return tokens ? { data: new Uint32Array(tokens.data), resultId: tokens.resultId } : null;
        },
        releaseDocumentSemanticTokens() {}
    });
    monaco.editor.defineTheme('pacta-light', {
        base: 'vs',
        inherit: true,
        colors: {},
        rules: [
            { token: 'class', foreground: '267f99' },
            { token: 'namespace', foreground: '1f3a60', fontStyle: 'bold' },
            { token: 'type', foreground: '267f99' },
            { token: 'enumMember', foreground: '0070c1' },
            { token: 'event', foreground: '795e26' },
            { token: 'function', foreground: '795e26' },
            { token: 'variable', foreground: '001080' },
            { token: 'number.date', foreground: '098658' }
        ]
    });
    monaco.editor.setTheme('pacta-light');
}

function overlaps(a: lsp.Range, b: lsp.Range): boolean {
    const before = (p: lsp.Position, q: lsp.Position) => p.line < q.line || (p.line === q.line && p.character < q.character);
    return !before(a.end, b.start) && !before(b.end, a.start);
}
