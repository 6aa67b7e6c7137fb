/**
 * The result panels on the right: Problems (every file's diagnostics), Deadlines (`pacta/deadlines`),
 * Status (`pacta/status` as of the chosen day) and JSON (`pacta/compile`, downloadable). Each is
 * drawn from the server's answers only; nothing here decides a date or a status.
 */
import type { CompileResponse, DeadlinesResult, StatusResponse } from '../../vscode/src/shared/protocol.js';
import type * as lsp from 'vscode-languageserver-protocol';
import { messageText } from './convert.js';

export type PanelName = 'problems' | 'deadlines' | 'status' | 'json';

/** Where a row leads: a file of the playground and a 0-based range. */
export type Jump = (uri: string, range: lsp.Range) => void;

interface Cell {
    text: string;
    className?: string;
}

function table(headers: string[], rows: { cells: (string | Cell)[]; jump?: () => void; className?: string }[], className = ''): HTMLTableElement {
    const element = document.createElement('table');
    element.className = className;
    const head = element.createTHead().insertRow();
    for (const header of headers) {
        const th = document.createElement('th');
        th.textContent = header;
        head.append(th);
    }
    const body = element.createTBody();
    for (const row of rows) {
        const tr = body.insertRow();
        if (row.className) tr.className = row.className;
        for (const cell of row.cells) {
            const td = tr.insertCell();
            const value = typeof cell === 'string' ? { text: cell } : cell;
            td.textContent = value.text;
            if (value.className) td.className = value.className;
        }
        if (row.jump) {
            tr.classList.add('jump');
            tr.tabIndex = 0;
            tr.addEventListener('click', row.jump);
            tr.addEventListener('keydown', event => {
                if (event.key === 'Enter') row.jump?.();
            });
        }
    }
    return element;
}

function message(text: string, className = 'empty'): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    return p;
}

const SEVERITY = ['error', 'error', 'warning', 'info', 'hint'] as const;

export function renderProblems(panel: HTMLElement, diagnostics: Map<string, lsp.Diagnostic[]>, fileName: (uri: string) => string | undefined, jump: Jump): number {
    const rows: { uri: string; name: string; diagnostic: lsp.Diagnostic }[] = [];
    for (const [uri, list] of diagnostics) {
        const name = fileName(uri);
        if (name !== undefined) for (const diagnostic of list) rows.push({ uri, name, diagnostic });
    }
    rows.sort((a, b) => (a.diagnostic.severity ?? 1) - (b.diagnostic.severity ?? 1) || a.name.localeCompare(b.name) || a.diagnostic.range.start.line - b.diagnostic.range.start.line);
    panel.replaceChildren(
        rows.length === 0
            ? message('No problems in any file.')
            : table(
                  ['', 'Where', 'Problem', 'Code'],
                  rows.map(({ uri, name, diagnostic }) => {
                      const severity = SEVERITY[diagnostic.severity ?? 1];
                      const { line, character } = diagnostic.range.start;
                      return {
                          className: `problem sev-row-${severity}`,
                          cells: [
                              { text: severity, className: `sev-${severity}` },
                              `${name}:${line + 1}:${character + 1}`,
                              messageText(diagnostic.message),
                              { text: String(diagnostic.code ?? ''), className: 'code' }
                          ],
                          jump: () => jump(uri, diagnostic.range)
                      };
                  }),
                  'problems'
              )
    );
    return rows.length;
}

export function renderDeadlines(panel: HTMLElement, result: DeadlinesResult, fileName: (uri: string) => string | undefined, jump: Jump): void {
    if (result.deadlines.length === 0) {
        panel.replaceChildren(message('No deadlines: write a `due` or a dated event.'));
        return;
    }
    panel.replaceChildren(
        table(
            ['Day', 'What', 'Standing', 'Where'],
            result.deadlines.map(item => {
                const standing = item.overdue ? 'overdue' : (item.standing ?? '');
                return {
                    className: `deadline${item.past ? ' past' : ''}`,
                    cells: [
                        { text: item.day ?? '—', className: 'code' },
                        `${item.title}${item.uncertaintyText ? ` (${item.uncertaintyText})` : ''} — ${item.when}`,
                        { text: standing.replaceAll('_', ' '), className: `standing-${standing}` },
                        { text: `${fileName(item.uri) ?? ''}:${item.range.start.line + 1}`, className: 'where' }
                    ],
                    jump: () => jump(item.uri, item.range)
                };
            }),
            'deadlines'
        )
    );
}

export function renderStatus(panel: HTMLElement, response: StatusResponse): void {
    if (!response.status) {
        panel.replaceChildren(message(`No status: the files have ${response.errorCount} error(s); see Problems.`, 'error'));
        return;
    }
    const { status } = response;
    const summary = document.createElement('div');
    summary.className = 'summary';
    for (const [standing, count] of Object.entries(status.summary.commitments)) {
        if (count > 0) summary.append(Object.assign(document.createElement('span'), { textContent: `${standing}: ${count}` }));
    }
    panel.replaceChildren(
        message(`As of ${status.asOf}: ${status.agreements.length} agreements, ${status.commitments.length} commitments.`, 'status-heading'),
        summary,
        table(
            ['Commitment', 'Status', 'Due'],
            status.commitments.map(entry => ({ cells: [{ text: entry.id, className: 'code' }, { text: entry.status, className: `standing-${entry.status}` }, entry.due ?? '—'] })),
            'status'
        )
    );
}

export function renderJson(output: HTMLElement, response: CompileResponse): void {
    output.textContent = response.json !== '' ? response.json : `Nothing compiled: ${response.errorCount} error(s); see Problems.`;
}
