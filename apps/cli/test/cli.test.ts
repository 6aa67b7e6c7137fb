import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CLI_DIR, REPO_ROOT, VERSION, pacta, tempRepo } from './helpers.js';

describe('the pacta command', () => {
    test('--version and -v print the version', () => {
        expect(pacta(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
        expect(pacta(['-v']).stdout).toBe(`${VERSION}\n`);
    });

    test.each(['check', 'compile', 'deadlines', 'fmt', 'init', 'report', 'schema'])('pacta %s --help: usage and examples, exit 0', command => {
        const run = pacta([command, '--help']);
        expect(run.code).toBe(0);
        expect(run.stdout).toMatch(new RegExp(`^Usage: pacta ${command} `));
        expect(run.stdout).toContain('\nExamples:\n  $ pacta ');
    });

    test('pacta --help lists every command, the exit codes and examples', () => {
        const run = pacta(['--help']);
        expect(run.code).toBe(0);
        for (const command of ['check', 'compile', 'deadlines', 'fmt', 'init', 'report', 'schema']) expect(run.stdout).toMatch(new RegExp(`\\n  ${command} `));
        expect(run.stdout).toContain('Exit codes:');
        expect(run.stdout).toContain('Examples:');
    });

    test('no command: the help on stderr, exit 2', () => {
        const run = pacta([]);
        expect(run.code).toBe(2);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('Usage: pacta [options] [command]');
    });

    test("pacta schema prints the SDK's published schema, byte for byte", () => {
        const file = readFileSync(join(REPO_ROOT, 'packages/sdk/schema/pacta.schema.json'), 'utf8');
        expect(pacta(['schema'])).toEqual({ code: 0, stdout: file, stderr: '' });
        const repo = tempRepo();
        expect(pacta(['schema', '-o', 'schema.json'], { cwd: repo }).code).toBe(0);
        expect(readFileSync(join(repo, 'schema.json'), 'utf8')).toBe(file);
    });

    test('progress never goes to a pipe: a clean run writes nothing to stderr', () => {
        const run = pacta(['check', 'examples']);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
    });

    test('the package: bin pacta → dist/pacta.js with a shebang, ESM, engines, one bundle', () => {
        const manifest = JSON.parse(readFileSync(join(CLI_DIR, 'package.json'), 'utf8'));
        expect(manifest.name).toBe('@pacta/cli');
        expect(manifest.private).toBe(false);
        expect(manifest.bin).toEqual({ pacta: 'dist/pacta.js' });
        expect(manifest.engines.node).toBe('^22.22.2 || ^24.15.0 || >=26');
        expect(manifest.dependencies ?? {}).toEqual({});
        expect(readFileSync(join(CLI_DIR, 'dist/pacta.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
        // Everything is bundled: a copy of dist/ alone, far from any node_modules, runs every command.
        const alone = tempRepo();
        cpSync(join(CLI_DIR, 'dist'), join(alone, 'bin'), { recursive: true });
        const run = spawnSync(process.execPath, [join(alone, 'bin/pacta.js'), 'deadlines', join(REPO_ROOT, 'examples'), '--format', 'ics'], { cwd: alone, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('DTSTART;VALUE=DATE:20260306');
        expect(
            readdirSync(join(alone, 'bin'))
                .filter(name => name.endsWith('.js'))
                .sort()
        ).toEqual(['cli.js', 'pacta.js']);
        expect(readFileSync(join(alone, 'bin/THIRD-PARTY-NOTICES.md'), 'utf8')).toContain('## langium ');
    });
});
