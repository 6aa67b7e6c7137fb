import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import example from '../init/example.pacta';
import parties from '../init/parties.pacta';
import workflow from '../init/workflow.yml';
import { styleFor } from '../util/color.js';
import { CliError, EXIT_OK } from '../util/errors.js';
import { displayPath } from '../util/paths.js';
import { writeFileAtomic } from '../util/write.js';
import { VERSION } from '../version.js';

export interface InitOptions {
    /** Overwrite files that exist. */
    force?: boolean;
}

/** The GitHub Actions workflow `pacta init` writes: the one in the README's "Use in CI" section. */
export function workflowText(): string {
    return workflow.replace(/__VERSION__/g, VERSION);
}

/** The files of a starter workspace, relative to its folder. */
export function starterFiles(): Array<[string, string]> {
    return [
        ['parties.pacta', parties],
        ['example.pacta', example],
        ['.github/workflows/pacta.yml', workflowText()]
    ];
}

/**
 * `pacta init [dir]`: a starter workspace — parties, an example agreement that compiles clean, and
 * the CI workflow. Refuses to overwrite an existing file unless `--force`.
 */
export async function init(dir: string | undefined, options: InitOptions): Promise<number> {
    const folder = nodePath.resolve(dir ?? '.');
    const files = starterFiles().map(([name, text]) => ({ name, path: nodePath.join(folder, name), text }));
    const existing = files.filter(file => existsSync(file.path));
    if (existing.length > 0 && !options.force) {
        throw new CliError(`${existing.map(file => displayPath(file.path)).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing written (use --force to overwrite)`);
    }
    for (const file of files) writeFileAtomic(file.path, file.text, { source: true });
    const style = styleFor(process.stdout);
    const where = displayPath(folder);
    const lines = [
        `${style.green('✔')} Created a Pacta workspace in ${where}:`,
        ...files.map(file => `    ${displayPath(file.path)}`),
        '',
        'Next:',
        ...(where !== '.' ? [`    cd ${where.includes(' ') ? JSON.stringify(where) : where}`] : []),
        '    pacta check          # check every .pacta file',
        '    pacta deadlines      # what falls due, and when',
        '    pacta compile -o out/pacta.json',
        'Commit .github/workflows/pacta.yml and every push and pull request is checked.'
    ];
    process.stdout.write(lines.join('\n') + '\n');
    return EXIT_OK;
}
