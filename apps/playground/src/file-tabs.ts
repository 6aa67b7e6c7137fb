/**
 * The file tabs above the editor (each with its error count) and the New file, Rename and Delete
 * buttons. A rename is a close and an open under the new name, as the server sees files by URI.
 */
import type { Documents } from './documents.js';
import { byId } from './dom.js';
import type * as monaco from './monaco.js';
import { fileNameProblem, normaliseFileName } from './workspace.js';

export class FileTabs {
    /** The path of the file in the editor ('' when there is none). */
    current = '';
    private readonly element = byId('file-tabs');

    constructor(
        private readonly editor: monaco.editor.IStandaloneCodeEditor,
        private readonly documents: Documents
    ) {
        byId('new-file').addEventListener('click', () => this.newFile());
        byId('rename-file').addEventListener('click', () => this.renameFile());
        byId('delete-file').addEventListener('click', () => this.deleteFile());
    }

    render(): void {
        this.element.replaceChildren(
            ...this.documents.paths().map(path => {
                const tab = document.createElement('button');
                tab.type = 'button';
                tab.role = 'tab';
                tab.dataset.path = path;
                tab.setAttribute('aria-selected', String(path === this.current));
                tab.textContent = path;
                const errors = this.documents.errorCount(path);
                if (errors > 0) tab.append(Object.assign(document.createElement('span'), { className: 'tab-errors', textContent: `●${errors}`, title: `${errors} error(s)` }));
                tab.addEventListener('click', () => this.select(path));
                return tab;
            })
        );
    }

    select(path: string): void {
        const model = this.documents.model(path);
        if (!model) return;
        this.current = path;
        this.editor.setModel(model);
        this.render();
    }

    /** Shows the first file, or none. */
    selectFirst(prefer?: string): void {
        const paths = this.documents.paths();
        const first = paths.find(path => path === prefer) ?? paths[0];
        this.current = '';
        if (first) this.select(first);
        else {
            this.editor.setModel(null);
            this.render();
        }
    }

    private newFile(): void {
        let n = 1;
        while (this.documents.model(`untitled-${n}.pacta`)) n++;
        const name = this.askFileName('Name of the new file', `untitled-${n}.pacta`, this.documents.paths());
        if (!name) return;
        this.documents.open(name, '');
        this.select(name);
        this.editor.focus();
    }

    private renameFile(): void {
        const model = this.documents.model(this.current);
        const others = this.documents.paths().filter(path => path !== this.current);
        const name = model && this.askFileName(`New name of ${this.current}`, this.current, others);
        // Its own name again: nothing to do.
        if (!model || !name || name === this.current) return;
        const text = model.getValue();
        this.documents.close(this.current);
        this.documents.open(name, text);
        this.select(name);
    }

    private deleteFile(): void {
        if (!this.current || !confirm(`Delete ${this.current}? (Reset to example brings the example back.)`)) return;
        this.documents.close(this.current);
        this.selectFirst();
    }

    /** Asks for a name, normalised by `normaliseFileName`; undefined (after saying why) when it is not one the playground takes next to `others`. */
    private askFileName(question: string, proposal: string, others: readonly string[]): string | undefined {
        const answer = prompt(question, proposal);
        if (!answer?.trim()) return undefined;
        const name = normaliseFileName(answer);
        const problem = fileNameProblem(name, others);
        if (problem) alert(problem);
        return problem ? undefined : name;
    }
}
