#!/usr/bin/env node
// The `pacta` binary: turns on V8's code cache for the bundle when Node has one (22.1+; Node
// keeps it in the OS temp folder and checks it against the file), then runs the bundle. Compiling
// the 1.8 MB bundle is most of a cold start, so later runs start faster.
import module from 'node:module';

try {
    (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
} catch {
    // No cache: only slower.
}
await import(new URL('./cli.js', import.meta.url).href);
