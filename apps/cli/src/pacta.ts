#!/usr/bin/env node
// The `pacta` binary: checks the Node version, turns on V8's code cache for the bundle (Node keeps
// it in the OS temp folder and checks it against the file), then runs the bundle. Compiling the
// 1.8 MB bundle is most of a cold start, so later runs start faster.
import module from 'node:module';

// engines.node of @pacta/cli (Langium 4.4's); on an older Node, one line instead of a stack trace
// from deep inside the parser. Written out here, not imported: this file loads nothing else first.
const SUPPORTED_NODE = '^22.22.2 || ^24.15.0 || >=26';
const [major = 0, minor = 0, patch = 0] = process.versions.node.split('.').map(Number);
if (!(major >= 26 || (major === 24 && minor >= 15) || (major === 22 && (minor > 22 || (minor === 22 && patch >= 2))))) {
    process.stderr.write(`pacta needs Node.js ${SUPPORTED_NODE}; this is Node.js ${process.versions.node}.\n`);
    process.exit(2);
}

try {
    module.enableCompileCache();
} catch {
    // No cache: only slower.
}
await import(new URL('./cli.js', import.meta.url).href);
