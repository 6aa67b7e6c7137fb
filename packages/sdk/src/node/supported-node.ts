/**
 * Refuses to load on a Node.js older than the SDK's `engines.node` (Langium 4.4's), with one line
 * that says which Node it needs, rather than an `Object.groupBy is not a function` in the first
 * compile. Imported first by the Node entry (`@pacta/sdk`); `@pacta/sdk/core` has no Node check
 * (browsers, and the editor's server, which checks the features it uses instead).
 */
export const SUPPORTED_NODE = '^22.22.2 || ^24.15.0 || >=26';

/** Whether `version` (`22.22.2`, no `v`) is in SUPPORTED_NODE. */
export function isSupportedNode(version: string): boolean {
    const [major = 0, minor = 0, patch = 0] = version.split('.').map(part => Number.parseInt(part, 10));
    return major >= 26 || (major === 24 && minor >= 15) || (major === 22 && (minor > 22 || (minor === 22 && patch >= 2)));
}

if (typeof process !== 'undefined' && process.versions?.node && !isSupportedNode(process.versions.node)) {
    throw new Error(`@pacta/sdk needs Node.js ${SUPPORTED_NODE}; this is Node.js ${process.versions.node}.`);
}
