import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { applyConfig } from './config/workspace-config.js';
import { parseFileSize } from './util/sizes.js';
import { setColorFlag, styleFor } from './util/color.js';
import { CliError, EXIT_USAGE, describeError } from './util/errors.js';
import { CLI_DOCS_URL } from './util/docs.js';
import { registerDiffCommand } from './commands/diff-command.js';
import { terminalSafe } from './util/terminal-safe.js';
import { VERSION } from './version.js';

const CHECK_FORMATS = ['text', 'json', 'sarif', 'github'];
const DEADLINE_FORMATS = ['table', 'json', 'csv', 'ics'];

function wholeNumber(flag: string) {
    return (value: string): number => {
        if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${flag} takes a whole number (0 or more), not '${value}'.`);
        return Number(value);
    };
}

/** `--max-file-size`: bytes, or a number with KB, MB or GB (powers of 1024): `20MB`, `512KB`. */
function fileSize(value: string): number {
    const bytes = parseFileSize(value);
    if (bytes === undefined) throw new InvalidArgumentError(`--max-file-size takes a size such as 20MB, 512KB or 1000000 (bytes), not '${value}'.`);
    return bytes;
}

/** `--horizon`: a number and d, w, m or y (`90d`, `6m`, `1y`), as the config's `horizon`. */
function horizon(value: string): string {
    if (!/^[1-9]\d{0,4}[dwmy]$/.test(value)) throw new InvalidArgumentError(`--horizon takes a number and d, w, m or y, such as 90d, 6m or 1y, not '${value}'.`);
    return value;
}

/** The options of every command that reads .pacta files. */
function readingOptions(command: Command): Command {
    return command
        .option(
            '--follow-symlinks',
            'also read .pacta files that are links to places outside the folders given (pacta/outside-workspace), and write -o through links that lead out of the current folder'
        )
        .option('--max-file-size <size>', 'report a .pacta file larger than this instead of reading it (pacta/file-too-large; default 20MB)', fileSize)
        .option('--print-config', 'print the options in effect (pacta.config.json or package.json "pacta", then the flags) as JSON, and do nothing else');
}

function collect(value: string, previous: string[] | undefined): string[] {
    return [
        ...(previous ?? []),
        ...value
            .split(',')
            .map(part => part.trim())
            .filter(Boolean)
    ];
}

/** Commander's messages (`error: unknown option '--x'\n(Did you mean --y?)`) as one line naming the command. */
function oneLineError(command: string) {
    return (text: string, write: (text: string) => void): void => {
        const message = text
            .replace(/^error:\s*/i, '')
            .replace(/\s*\n\s*/g, ' ')
            .replace('(Did you mean', '(did you mean')
            .trim();
        write(`${styleFor(process.stderr).red('✖')} ${command}: ${terminalSafe(message)} (see '${command} --help')\n`);
    };
}

const EXIT_CODES_HELP = `
Exit codes:
  0  no errors (warnings within --max-warnings)
  1  errors, too many warnings, or files not formatted (fmt --check)
  2  usage or I/O error: bad flag or pacta.config.json, missing path, unreadable file, cannot write
`;

/** The command running, for error messages: `pacta check`. */
let running = 'pacta';

/** Builds the command line; `setExit` receives the exit code of the command that ran. */
export function buildProgram(setExit: (code: number) => void): Command {
    const program = new Command('pacta');
    program
        .description('Check agreements written as .pacta files, compile them to JSON, list their deadlines and their status on a day, format them.')
        .version(VERSION, '-v, --version', 'print the version')
        .helpOption('-h, --help', 'show help')
        .option('--color', 'colour the output even when it is not a terminal (never with NO_COLOR)')
        .option('--no-color', 'no colour')
        .showSuggestionAfterError(true)
        .exitOverride()
        .configureOutput({ outputError: oneLineError('pacta') })
        .addHelpText(
            'after',
            `
Paths may be files, folders (every .pacta file under them, skipping node_modules and dot folders)
or globs ('agreements/**/*.pacta', quoted); the default is the current folder.
${EXIT_CODES_HELP}
Examples:
  $ pacta check                                  check every .pacta file under the current folder
  $ pacta check agreements --format github       annotations on a GitHub pull request
  $ pacta compile agreements -o out/pacta.json   the JSON, written only when there are no errors
  $ pacta deadlines --from today --format ics -o deadlines.ics
  $ pacta status --as-of 2026-03-10 --fail-on overdue
  $ pacta fmt --check
  $ pacta init my-agreements

Documentation: ${CLI_DOCS_URL}`
        )
        .hook('preAction', async (_program, action) => {
            setColorFlag(program.opts<{ color?: boolean }>().color);
            running = `pacta ${action.name()}`;
            // `-o -` is stdout, as no -o is.
            if (action.getOptionValue('output') === '-') action.setOptionValue('output', undefined);
            // Commands that read .pacta files take what the flags leave open from pacta.config.json.
            if (action.options.some(option => option.attributeName() === 'printConfig')) {
                applyConfig(action);
                if (action.getOptionValue('printConfig') === true) {
                    const { effectiveConfig } = await import('./config/print-config.js');
                    process.stdout.write(JSON.stringify(effectiveConfig(action.opts()), null, 2) + '\n');
                    // Done: the command itself does not run (main() turns exit code 0 into 0).
                    throw new CommanderError(0, 'pacta.printConfig', '');
                }
            }
        });

    const command = (name: string, description: string) => {
        const sub = program.command(name).description(description).helpOption('-h, --help', 'show help');
        sub.configureOutput({ outputError: oneLineError(`pacta ${name.split(' ')[0]}`) });
        return sub;
    };

    readingOptions(command('check [paths...]', 'parse, link and validate; report every finding with its code and a fix hint'))
        .addOption(new Option('-f, --format <format>', 'report format').choices(CHECK_FORMATS).default('text'))
        .option('--warnings-as-errors', 'report warnings as errors (and fail on them)')
        .option('--max-warnings <n>', 'fail when there are more than n warnings', wholeNumber('--max-warnings'))
        .option('--strict-sources', 'also report facts that cite no source (pacta/missing-source, a warning)')
        .option('--no-strict-sources', 'do not, even when pacta.config.json says strictSources')
        .option('-q, --quiet', 'report errors only (warnings and info are counted in the summary, not listed)')
        .option('--fix', "apply the safe quick fixes (the editor's): remove an unused #suppress, a resource its group covers; then report what is left")
        .option('--stdin-filename <path>', "with '-': the path the text on stdin stands for (findings name it; the rest of the workspace is read from disk)")
        .option('-w, --watch', 'check again on every change; Ctrl-C stops')
        .option('--debounce <ms>', 'watch: wait this long after the last change', wholeNumber('--debounce'), 100)
        .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout; the summary goes to stderr')
        .addHelpText(
            'after',
            `
Formats:
  text    file:line:col  severity  code  message, an indented hint: line, then a summary
  json    { version, files, diagnostics, summary }: a stable shape (docs/cli.md)
  sarif   SARIF 2.1.0 for code scanning; paths relative to the repository root
  github  GitHub Actions workflow commands: annotations on the pull request
${EXIT_CODES_HELP}
Examples:
  $ pacta check
  $ pacta check examples/critical-minerals-2026 agreements/usmca.pacta
  $ pacta check 'agreements/**/*.pacta' --max-warnings 0
  $ pacta check --format sarif --output pacta.sarif
  $ pacta check --format github --warnings-as-errors
  $ pacta check --strict-sources --max-warnings 0   fail on any fact without a source
  $ pacta check --quiet --fix
  $ pacta check - --stdin-filename agreements/usmca.pacta < edited.pacta
  $ pacta check --watch
  $ pacta check --print-config                     the options pacta.config.json and the flags give`
        )
        .action(async (paths: string[], options) => {
            const { check } = await import('./commands/check.js');
            setExit(await check(paths, options));
        });

    readingOptions(command('compile [paths...]', 'compile to the JSON document of the SDK; write nothing when there are errors'))
        .option('-o, --output <file>', 'write one document for all the inputs to this file (default: stdout)')
        .option('--out-dir <dir>', 'write one document per path argument: <dir>/<folder or file name>.json')
        .option('--pretty', 'the canonical layout: 2-space indentation, keys in schema order (the default)')
        .option('--compact', 'the same document on one line')
        .option('-w, --watch', 'compile again on every change (needs -o or --out-dir); Ctrl-C stops')
        .option('--debounce <ms>', 'watch: wait this long after the last change', wholeNumber('--debounce'), 100)
        .option('--warnings-as-errors', 'treat warnings as errors: write nothing when there is one')
        .option('--max-warnings <n>', 'write nothing when there are more than n warnings', wholeNumber('--max-warnings'))
        .option('--strict-sources', 'also report facts that cite no source (pacta/missing-source, a warning)')
        .option('--no-strict-sources', 'do not, even when pacta.config.json says strictSources')
        .addHelpText(
            'after',
            `
The output is written atomically (a temp file, then a rename): an existing output stays as it
was when there are errors, and a killed run never leaves half a file. Findings go to stderr.
${EXIT_CODES_HELP}
Examples:
  $ pacta compile examples/critical-minerals-2026 -o out/critical-minerals-2026.json
  $ pacta compile agreements --compact > agreements.json
  $ pacta compile agreements/* --out-dir out       one document per folder
  $ pacta compile agreements -o out/pacta.json --watch`
        )
        .action(async (paths: string[], options) => {
            if (options.pretty && options.compact) throw new CliError('give either --pretty or --compact, not both');
            const { compile } = await import('./commands/compile.js');
            setExit(await compile(paths, { ...options, pretty: !options.compact }));
        });

    readingOptions(command('deadlines [paths...]', 'list the live deadlines by date, one row per occurrence: who, what, and how the date was found'))
        .option('--from <date>', 'only occurrences on or after this date (YYYY-MM-DD or today)')
        .option('--to <date>', 'only occurrences on or before this date (YYYY-MM-DD or today)')
        .option('--include-closed', 'also list commitments recorded fulfilled, superseded, lapsed or breached (marked)')
        .option('--as-of <date>', 'the day the list is read on, as pacta status (YYYY-MM-DD or today, the default): commitments whose agreement ended before it have lapsed')
        .option('--party <id>', 'only deadlines of this party (its agencies included; repeat or comma-separate for several)', collect)
        .option('--horizon <span>', 'without --to: only occurrences up to this far ahead of today (90d, 6m, 1y)', horizon)
        .addOption(new Option('-f, --format <format>', 'output format').choices(DEADLINE_FORMATS).default('table'))
        .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
        .addHelpText(
            'after',
            `
Each occurrence of a recurring deadline is its own row (and calendar event); --from/--to keep
those in the range. Without --from or --to, deadlines that could not be resolved are listed too
(after the others; not in ics). A date known only to the month or year matches a range it
overlaps and is due by the end of it. Rows whose date depends on a fact marked uncertain say so.
${EXIT_CODES_HELP}
Examples:
  $ pacta deadlines
  $ pacta deadlines examples/critical-minerals-2026 --from 2026-03-01 --to 2026-12-31
  $ pacta deadlines --party MX --format csv > mexico.csv
  $ pacta deadlines --format ics -o deadlines.ics      import into a calendar`
        )
        .action(async (paths: string[], options) => {
            const { deadlines } = await import('./commands/deadlines.js');
            setExit(await deadlines(paths, options));
        });

    readingOptions(command('status [paths...]', 'where every agreement and commitment stands on a day: overdue, due soon, pending, in force...'))
        .option('--as-of <date>', 'the day (YYYY-MM-DD or today)', 'today')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
        .option('--due-soon-days <n>', 'a deadline this many days away or closer is due soon', wholeNumber('--due-soon-days'), 14)
        .addOption(new Option('--fail-on <status>', 'exit 1 when a commitment is overdue (or, with due_soon, overdue or due soon)').choices(['overdue', 'due_soon']))
        .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
        .addHelpText(
            'after',
            `
The rules (statuses, precedence, the due-soon window, dates known to the month or year) are in
docs/status.md. The JSON follows @pacta/sdk/schema/pacta-status.schema.json.
${EXIT_CODES_HELP}  With --fail-on, also 1 when a commitment is overdue (or due soon).

Examples:
  $ pacta status --as-of 2026-03-10 examples/critical-minerals-2026
  $ pacta status --format json -o status.json
  $ pacta status --fail-on overdue                  in CI: fail when a deadline has passed`
        )
        .action(async (paths: string[], options) => {
            const { status } = await import('./commands/status.js');
            setExit(await status(paths, options));
        });

    readingOptions(command('fmt [paths...]', 'format .pacta files in the one canonical layout (comments kept)'))
        .option('--check', 'change nothing: print a unified diff of what would change, exit 1 if any file is not formatted')
        .addHelpText(
            'after',
            `
Prints the files it formats (or, with --check, the diff that formatting would make). '-' formats stdin to stdout.
${EXIT_CODES_HELP}
Examples:
  $ pacta fmt
  $ pacta fmt --check agreements
  $ pacta fmt - < usmca.pacta`
        )
        .action(async (paths: string[], options) => {
            const { fmt } = await import('./commands/fmt.js');
            setExit(await fmt(paths, options));
        });

    readingOptions(command('report [paths...]', 'one self-contained HTML page (or Markdown) for readers: status, a timeline of deadlines, relations, every agreement in plain words'))
        .option('-o, --output <file>', 'write the report to this file (atomically) instead of stdout')
        .addOption(new Option('-f, --format <format>', 'html (one self-contained page) or md (Markdown); default: md for an -o ending in .md, else html').choices(['html', 'md']))
        .option('--as-of <date>', 'the day of the status table and of the timeline\'s "today" (YYYY-MM-DD or today)', 'today')
        .option('--title <text>', "the page's title (default: Agreements report)")
        .option('--due-soon-days <n>', 'a deadline this many days away or closer is due soon', wholeNumber('--due-soon-days'), 14)
        .addHelpText(
            'after',
            `
The HTML page loads nothing (no network, no CDN: CSS, SVG and one small script inline); it works
from file:// and as a CI artifact, and prints to a clean PDF. What it shows is in docs/report.md.
${EXIT_CODES_HELP}
Examples:
  $ pacta report examples/critical-minerals-2026 -o out/report.html
  $ pacta report agreements --as-of 2026-07-01 -o report.html
  $ pacta report agreements --format md > report.md`
        )
        .action(async (paths: string[], options) => {
            const { report } = await import('./commands/report.js');
            setExit(await report(paths, options));
        });

    registerDiffCommand(command, setExit);

    command('init [dir]', 'create a starter workspace: parties, an example agreement and a CI workflow')
        .option('--force', 'overwrite files that exist')
        .addHelpText(
            'after',
            `
Writes parties.pacta, example.pacta and .github/workflows/pacta.yml (the workflow of the README's
"Use in CI" section) into dir (default: the current folder).

Examples:
  $ pacta init my-agreements
  $ pacta init`
        )
        .action(async (dir: string | undefined, options) => {
            const { init } = await import('./commands/init.js');
            setExit(await init(dir, options));
        });

    command('schema', 'print the JSON Schema of the compiled document')
        .option('-o, --output <file>', 'write it to a file instead of stdout')
        .addHelpText(
            'after',
            `
Examples:
  $ pacta schema > pacta.schema.json
  $ pacta schema -o schema/pacta.schema.json`
        )
        .action(async options => {
            const { schema } = await import('./commands/schema.js');
            setExit(await schema(options));
        });

    return program;
}

/** Runs the command line and returns the exit code. Never throws; never prints a stack trace (unless PACTA_DEBUG is set). */
export async function main(argv: readonly string[]): Promise<number> {
    let exitCode = 0;
    const program = buildProgram(code => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            return error.exitCode === 0 ? 0 : EXIT_USAGE;
        }
        const style = styleFor(process.stderr);
        if (error instanceof CliError) {
            process.stderr.write(`${style.red('✖')} ${running}: ${terminalSafe(error.message)}\n`);
            return error.exitCode;
        }
        process.stderr.write(`${style.red('✖')} ${running} failed: ${terminalSafe(describeError(error))} (this is a bug; set PACTA_DEBUG=1 for details)\n`);
        if (process.env['PACTA_DEBUG']) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
        return EXIT_USAGE;
    }
}
