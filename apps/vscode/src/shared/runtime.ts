/**
 * What the bundled server needs of the JavaScript runtime beyond Node 20: Langium 4.4's parser calls
 * `Object.groupBy` (the only such feature in dist/server.js). VS Code runs the server on its own Node
 * (Electron's Node 22 on the desktop, Node 22.19 in remote hosts: SSH, WSL, containers), older than
 * Langium's declared ^22.22.2 yet able to run it, so the extension and the server check features,
 * not the version, and refuse only a runtime that lacks them.
 */
export function missingRuntimeFeatures(): string[] {
    const missing: string[] = [];
    if (typeof (Object as { groupBy?: unknown }).groupBy !== 'function') missing.push('Object.groupBy');
    return missing;
}

/** One line for the user when the runtime lacks a feature, else undefined. */
export function runtimeProblem(): string | undefined {
    const missing = missingRuntimeFeatures();
    if (missing.length === 0) return undefined;
    return `The Pacta language server needs Node.js 22 or later (this is Node.js ${process.versions.node}, without ${missing.join(', ')}): update VS Code, or the Node.js of its remote host.`;
}
