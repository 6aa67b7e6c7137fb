import { type Command, InvalidArgumentError, Option } from 'commander';

/**
 * Declares `pacta diff` on the program. Kept apart from `diff.ts` so the command's code (and the
 * SDK) loads only when it runs, as every command's does.
 */
export function registerDiffCommand(command: (name: string, description: string) => Command, setExit: (code: number) => void): void {
    command('diff <base> <head> [paths...]', 'what changed between two versions: elements, renames, every moved date with why, statuses on a day')
        .option('--as-of <date>', 'the day statuses are compared on (YYYY-MM-DD or today)', 'today')
        .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
        .option(
            '--fail-on <kinds>',
            'exit 1 only when one of these kinds of change happened (comma-separated): deadline-moved, commitment-removed, status-changed, party-renamed...',
            (value: string, previous: string[] | undefined) => [
                ...(previous ?? []),
                ...value
                    .split(',')
                    .map(part => part.trim())
                    .filter(Boolean)
            ]
        )
        .option('--due-soon-days <n>', 'a deadline this many days away or closer is due soon (for the statuses)', (value: string) => {
            if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`--due-soon-days takes a whole number, not '${value}'`);
            return Number(value);
        })
        .option('--follow-symlinks', 'also read .pacta files that are links to places outside the folders given')
        .addHelpText(
            'after',
            `
Each side is a folder (or .pacta file), a compiled JSON file (pacta compile -o), or a git
revision of the repository in the current folder, read with git itself (no checkout). Paths after
'--' select the files of each side (relative to a folder side, or pathspecs of a revision).
A path that exists is taken as a path, not as a revision. The rules are in docs/diff.md.

Exit codes:
  0  no semantic change (a reformatted file is no change); with --fail-on, none of those kinds
  1  a semantic change; with --fail-on, one of those kinds
  2  usage or I/O error, or a side that does not compile

Examples:
  $ pacta diff main HEAD -- agreements/
  $ pacta diff old/ new/ --as-of 2026-07-01
  $ pacta diff base.json head.json --format json
  $ pacta diff origin/main HEAD --format markdown > diff.md
  $ pacta diff main HEAD --fail-on deadline-moved,commitment-removed`
        )
        .action(async (base: string, head: string, paths: string[], options) => {
            const { diff } = await import('./diff.js');
            setExit(await diff(base, head, paths, options));
        });
}
