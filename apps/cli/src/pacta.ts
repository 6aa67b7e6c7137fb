#!/usr/bin/env node
// The `pacta` binary: checks the Node version, turns on V8's code cache for the bundle (Node checks
// it against the file), then runs the bundle. Later runs skip compiling the bundle's top level:
// ~80 ms less CPU per start (580 → 500 ms measured, bench/README.md).
import module from 'node:module';

// engines.node of @pacta/cli (Langium 4.4's); on an older Node, one line instead of a stack trace
// from deep inside the parser. Written out here, not imported: this file loads nothing else first.
const SUPPORTED_NODE = '^22.22.2 || ^24.15.0 || >=26';
const [major = 0, minor = 0, patch = 0] = process.versions.node.split('.').map(Number);
if (!(major >= 26 || (major === 24 && minor >= 15) || (major === 22 && (minor > 22 || (minor === 22 && patch >= 2))))) {
    process.stderr.write(`pacta needs Node.js ${SUPPORTED_NODE}; this is Node.js ${process.versions.node}.\n`);
    process.exit(2);
}

// V8's code cache of the bundle, in NODE_COMPILE_CACHE when set, else Node's default folder under
// the OS temp folder (never the user's project). A runtime without the function (it came in Node
// 22.1), a folder that cannot be written or a failure only make the start slower (Node reports a
// failure in the returned status, not by throwing; the catch is for anything else).
if (typeof module.enableCompileCache === 'function') {
    try {
        module.enableCompileCache();
    } catch {
        // No cache: only slower.
    }
}
await import(new URL('./cli.js', import.meta.url).href);
