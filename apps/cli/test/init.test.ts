import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, VERSION, pacta, tempRepo } from './helpers.js';

/** The YAML block of the README's "Use in CI" section. */
function readmeWorkflow(): string {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('\n## Use in CI\n'));
    expect(section.length, 'the README has a "Use in CI" section').toBeGreaterThan(20);
    const match = /```yaml\n([\s\S]*?)```/.exec(section);
    expect(match, 'the section has a ```yaml block').not.toBeNull();
    return match![1]!;
}

describe('pacta init', () => {
    test('writes a starter workspace that checks and compiles clean', () => {
        const repo = tempRepo();
        const run = pacta(['init', 'my-agreements'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toContain('Created a Pacta workspace in my-agreements:');
        const dir = join(repo, 'my-agreements');
        for (const file of ['parties.pacta', 'example.pacta', '.github/workflows/pacta.yml']) expect(existsSync(join(dir, file)), file).toBe(true);
        expect(pacta(['check'], { cwd: dir })).toEqual({ code: 0, stdout: '✔ 2 files checked, no problems\n', stderr: '' });
        const compiled = pacta(['compile', '-o', 'out/pacta.json'], { cwd: dir });
        expect(compiled.code).toBe(0);
        const output = JSON.parse(readFileSync(join(dir, 'out/pacta.json'), 'utf8'));
        expect(output.deadlines.map((d: { id: string; date: string }) => `${d.id} ${d.date}`)).toEqual(['us_mexico.action_plan.due 2026-04-05']);
        expect(pacta(['fmt', '--check'], { cwd: dir }).code).toBe(0);
    });

    test('its workflow is exactly the one in the README\'s "Use in CI" section', () => {
        const repo = tempRepo();
        expect(pacta(['init'], { cwd: repo }).code).toBe(0);
        const written = readFileSync(join(repo, '.github/workflows/pacta.yml'), 'utf8');
        expect(written).toBe(readmeWorkflow());
        expect(written).toContain(`npm install --global @pacta/cli@${VERSION}`);
    });

    test('the workflow checks with annotations, uploads SARIF, and keeps the JSON as an artifact', () => {
        const workflow = readmeWorkflow();
        expect(workflow).toContain('pacta check --format github');
        expect(workflow).toContain('pacta check --format sarif --output pacta.sarif');
        expect(workflow).toContain('github/codeql-action/upload-sarif@');
        expect(workflow).toContain('security-events: write');
        expect(workflow).toContain('pacta compile -o out/pacta.json');
        expect(workflow).toContain('actions/upload-artifact@');
    });

    test('refuses to overwrite (exit 2, nothing written) unless --force', () => {
        const repo = tempRepo({ 'parties.pacta': 'state US "United States"\n' });
        const run = pacta(['init'], { cwd: repo });
        expect(run).toEqual({ code: 2, stdout: '', stderr: '✖ pacta init: parties.pacta already exists; nothing written (use --force to overwrite)\n' });
        expect(existsSync(join(repo, 'example.pacta'))).toBe(false);
        expect(pacta(['init', '--force'], { cwd: repo }).code).toBe(0);
        expect(readFileSync(join(repo, 'parties.pacta'), 'utf8')).toContain('agency USTR');
    });
});
