/**
 * The part of the `vscode` API the extension's activate() and commands use, recorded so a test can
 * see what the user would see: the "Pacta" output's lines, notifications, registered commands.
 * (The real API exists only inside VS Code's extension host; the e2e suite drives that one.)
 */
export interface FakeOutput {
    lines: string[];
    shown: number;
    info(line: string): void;
    error(line: string): void;
    show(preserveFocus?: boolean): void;
    dispose(): void;
}

export const recorded = {
    outputs: [] as FakeOutput[],
    errors: [] as Array<{ message: string; actions: string[] }>,
    warnings: [] as string[],
    infos: [] as string[],
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    opened: [] as Array<{ language: string; content: string }>,
    /** What the user picks in the next error notification (undefined: dismissed). */
    errorChoice: undefined as string | undefined
};

export function resetFakeVscode(): void {
    recorded.outputs.length = 0;
    recorded.errors.length = 0;
    recorded.warnings.length = 0;
    recorded.infos.length = 0;
    recorded.commands.clear();
    recorded.opened.length = 0;
    recorded.errorChoice = undefined;
    workspace.workspaceFolders = undefined;
    window.activeTextEditor = undefined;
}

export class Uri {
    private constructor(
        readonly scheme: string,
        readonly path: string
    ) {}
    static parse(value: string): Uri {
        const colon = value.indexOf(':');
        return new Uri(value.slice(0, colon), value.slice(colon + 1).replace(/^\/\//, ''));
    }
    static joinPath(base: Uri, ...segments: string[]): Uri {
        return new Uri(base.scheme, [base.path.replace(/\/$/, ''), ...segments].join('/'));
    }
    get fsPath(): string {
        return this.path;
    }
    /** `skipEncoding` (VS Code's `toString(true)`) changes nothing here: the tests' paths need no escaping. */
    toString(_skipEncoding?: boolean): string {
        return `${this.scheme}://${this.path}`;
    }
}

export const ViewColumn = { One: 1, Beside: -2 };
export const ProgressLocation = { Window: 10 };

export const window = {
    activeTextEditor: undefined as undefined | { document: { languageId: string; uri: Uri } },
    visibleTextEditors: [] as Array<{ document: { languageId: string; uri: Uri } }>,
    createOutputChannel(): FakeOutput {
        const output: FakeOutput = {
            lines: [],
            shown: 0,
            info: line => {
                output.lines.push(`info ${line}`);
            },
            error: line => {
                output.lines.push(`error ${line}`);
            },
            show: () => {
                output.shown++;
            },
            dispose: () => undefined
        };
        recorded.outputs.push(output);
        return output;
    },
    showErrorMessage(message: string, ...actions: string[]): Promise<string | undefined> {
        recorded.errors.push({ message, actions });
        return Promise.resolve(actions.includes(recorded.errorChoice ?? '') ? recorded.errorChoice : undefined);
    },
    showInformationMessage(message: string): Promise<string | undefined> {
        recorded.infos.push(message);
        return Promise.resolve(undefined);
    },
    showWarningMessage(message: string): Promise<string | undefined> {
        recorded.warnings.push(message);
        return Promise.resolve(undefined);
    },
    withProgress<T>(_options: unknown, task: () => Promise<T>): Promise<T> {
        return task();
    },
    showTextDocument(): Promise<unknown> {
        return Promise.resolve({});
    }
};

export const workspace = {
    workspaceFolders: undefined as undefined | Array<{ uri: Uri; name: string }>,
    openTextDocument(options: { language: string; content: string }): Promise<unknown> {
        recorded.opened.push(options);
        return Promise.resolve(options);
    }
};

export const commands = {
    registerCommand(id: string, run: (...args: unknown[]) => unknown): { dispose(): void } {
        recorded.commands.set(id, run);
        return { dispose: () => recorded.commands.delete(id) };
    },
    executeCommand(id: string, ...args: unknown[]): Promise<unknown> {
        const run = recorded.commands.get(id);
        if (!run) return Promise.reject(new Error(`command '${id}' not found`));
        return Promise.resolve(run(...args));
    }
};
