// The `pacta` command line, bundled with everything it uses into dist/cli.js (dist/pacta.js only
// loads it). Each command's code, and the SDK with Langium, is evaluated only when that command
// runs (esbuild keeps `import()`ed modules in the same file but initialises them lazily).
import { main } from './main.js';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // `pacta deadlines | head`: the reader went away; that is not a failure.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
});

const code = await main(process.argv.slice(2));
// Exit now: the commands have flushed stdout, and nothing else (a file watcher does not get here) should keep the process alive.
process.exit(code);
