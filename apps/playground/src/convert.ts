/** LSP values to Monaco's and back (LSP is 0-based, Monaco 1-based). */
import type * as lsp from 'vscode-languageserver-protocol';
import * as monaco from './monaco.js';

export function toRange(range: lsp.Range): monaco.IRange {
    return { startLineNumber: range.start.line + 1, startColumn: range.start.character + 1, endLineNumber: range.end.line + 1, endColumn: range.end.character + 1 };
}

export function fromRange(range: monaco.IRange): lsp.Range {
    return { start: fromPosition({ lineNumber: range.startLineNumber, column: range.startColumn }), end: fromPosition({ lineNumber: range.endLineNumber, column: range.endColumn }) };
}

export function fromPosition(position: { lineNumber: number; column: number }): lsp.Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

export function toSeverity(severity: lsp.DiagnosticSeverity | undefined): monaco.MarkerSeverity {
    switch (severity) {
        case 2:
            return monaco.MarkerSeverity.Warning;
        case 3:
            return monaco.MarkerSeverity.Info;
        case 4:
            return monaco.MarkerSeverity.Hint;
        default:
            return monaco.MarkerSeverity.Error;
    }
}

/** A diagnostic's message as text (LSP 3.18 allows Markdown). */
export function messageText(message: string | lsp.MarkupContent): string {
    return typeof message === 'string' ? message : message.value;
}

export function toMarker(diagnostic: lsp.Diagnostic): monaco.editor.IMarkerData {
    const code = diagnostic.code === undefined ? undefined : String(diagnostic.code);
    return {
        ...toRange(diagnostic.range),
        severity: toSeverity(diagnostic.severity),
        message: messageText(diagnostic.message),
        source: diagnostic.source,
        code: code && diagnostic.codeDescription ? { value: code, target: monaco.Uri.parse(diagnostic.codeDescription.href) } : code,
        tags: diagnostic.tags?.map(tag => (tag === 1 ? monaco.MarkerTag.Unnecessary : monaco.MarkerTag.Deprecated))
    };
}

// LSP CompletionItemKind (1-based, Text = 1) to Monaco's enum, by name.
const completionKinds = [
    'Text',
    'Method',
    'Function',
    'Constructor',
    'Field',
    'Variable',
    'Class',
    'Interface',
    'Module',
    'Property',
    'Unit',
    'Value',
    'Enum',
    'Keyword',
    'Snippet',
    'Color',
    'File',
    'Reference',
    'Folder',
    'EnumMember',
    'Constant',
    'Struct',
    'Event',
    'Operator',
    'TypeParameter'
] as const;

export function toCompletionKind(kind: lsp.CompletionItemKind | undefined): monaco.languages.CompletionItemKind {
    const name = completionKinds[(kind ?? 1) - 1] ?? 'Text';
    return monaco.languages.CompletionItemKind[name];
}

export function toMarkdown(content: string | lsp.MarkupContent | lsp.MarkedString | undefined): monaco.IMarkdownString | undefined {
    if (content === undefined) return undefined;
    if (typeof content === 'string') return { value: content };
    if ('kind' in content) return { value: content.kind === 'markdown' ? content.value : escapeMarkdown(content.value) };
    return { value: `\`\`\`${content.language}\n${content.value}\n\`\`\`` };
}

function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()#+\-.!<>]/g, '\\$&');
}

/** A workspace edit of the server (changes or documentChanges) as Monaco's, for the models the playground has. */
export function toWorkspaceEdit(edit: lsp.WorkspaceEdit): monaco.languages.WorkspaceEdit {
    const edits: monaco.languages.IWorkspaceTextEdit[] = [];
    const add = (uri: string, textEdits: readonly lsp.TextEdit[]) => {
        const resource = monaco.Uri.parse(uri);
        for (const textEdit of textEdits) edits.push({ resource, textEdit: { range: toRange(textEdit.range), text: textEdit.newText }, versionId: undefined });
    };
    for (const [uri, textEdits] of Object.entries(edit.changes ?? {})) add(uri, textEdits);
    for (const change of edit.documentChanges ?? []) if ('textDocument' in change) add(change.textDocument.uri, change.edits as lsp.TextEdit[]);
    return { edits };
}
