/**
 * Writes never destroy what is at the target: links are written through, special files and
 * inputs are refused, modes are kept, temp files of killed runs are cleaned up (issue 12, 1–2).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, copyToTemp, pacta, writeFile } from './helpers.js';

const exampleJson = readFileSync(join(EXAMPLES, 'critical-minerals-2026.json'), 'utf8');
const workspace = () => copyToTemp(EXAMPLES, 'ws');

describe('-o writes through symbolic links', () => {
    test('a link to a file: the file gets the output, the link stays a link', () => {
        const repo = workspace();
        writeFile(join(repo, 'out/real.json'), '{}\n');
        symlinkSync('out/real.json', join(repo, 'latest.json'));
        const run = pacta(['compile', 'ws', '-o', 'latest.json'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(lstatSync(join(repo, 'latest.json')).isSymbolicLink()).toBe(true);
        expect(readlinkSync(join(repo, 'latest.json'))).toBe('out/real.json');
        expect(readFileSync(join(repo, 'out/real.json'), 'utf8')).toBe(exampleJson);
        expect(readdirSync(join(repo, 'out'))).toEqual(['real.json']);
    });

    test('a link that leads nowhere is refused (exit 2), nothing is created', () => {
        const repo = workspace();
        symlinkSync('missing/real.json', join(repo, 'dangling.json'));
        const run = pacta(['compile', 'ws', '-o', 'dangling.json'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("cannot write 'dangling.json': it is a symbolic link to a file that does not exist");
        expect(existsSync(join(repo, 'missing'))).toBe(false);
    });

    test('pacta fmt on a linked .pacta file formats the file it names and keeps the link', () => {
        const repo = workspace();
        writeFile(join(repo, 'ws/real/messy.pacta'), 'state  XX   "Somewhere"\n');
        symlinkSync('real/messy.pacta', join(repo, 'ws/messy.pacta'));
        const run = pacta(['fmt', 'ws/messy.pacta'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('ws/messy.pacta\n');
        expect(lstatSync(join(repo, 'ws/messy.pacta')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(repo, 'ws/real/messy.pacta'), 'utf8')).toBe('state XX "Somewhere"\n');
    });

    test('pacta fmt on a folder formats a linked file of the workspace once, through the link', () => {
        const repo = workspace();
        writeFile(join(repo, 'ws/shared/messy.pacta'), 'state  XX   "Somewhere"\n');
        symlinkSync('shared/messy.pacta', join(repo, 'ws/a-link.pacta'));
        const run = pacta(['fmt', 'ws'], { cwd: repo });
        expect(run.code).toBe(0);
        expect(run.stdout).toBe('ws/shared/messy.pacta\n');
        expect(lstatSync(join(repo, 'ws/a-link.pacta')).isSymbolicLink()).toBe(true);
        expect(readFileSync(join(repo, 'ws/shared/messy.pacta'), 'utf8')).toBe('state XX "Somewhere"\n');
    });

    test('the mode of an existing output is kept', () => {
        const repo = workspace();
        writeFile(join(repo, 'out.json'), '{}\n');
        chmodSync(join(repo, 'out.json'), 0o640);
        expect(pacta(['compile', 'ws', '-o', 'out.json'], { cwd: repo }).code).toBe(0);
        expect(statSync(join(repo, 'out.json')).mode & 0o777).toBe(0o640);
        expect(readFileSync(join(repo, 'out.json'), 'utf8')).toBe(exampleJson);
    });
});

describe('a read-only file is not replaced (the rename would succeed: only the folder must be writable)', () => {
    test('-o onto a read-only output: exit 2, the file as it was', () => {
        const repo = workspace();
        writeFile(join(repo, 'out.json'), '{}\n');
        chmodSync(join(repo, 'out.json'), 0o444);
        const run = pacta(['compile', 'ws', '-o', 'out.json'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("cannot write 'out.json': the file is read-only; make it writable (chmod u+w) to let pacta replace it");
        expect(readFileSync(join(repo, 'out.json'), 'utf8')).toBe('{}\n');
        expect(statSync(join(repo, 'out.json')).mode & 0o777).toBe(0o444);
    });

    test('fmt: a read-only file is left as it is, the writable one next to it is formatted, exit 2', () => {
        const repo = workspace();
        const messy = 'state   US  "United States"\n';
        writeFile(join(repo, 'locked.pacta'), messy);
        writeFile(join(repo, 'open.pacta'), messy);
        chmodSync(join(repo, 'locked.pacta'), 0o444);
        const run = pacta(['fmt', 'locked.pacta', 'open.pacta'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("cannot write 'locked.pacta': the file is read-only");
        expect(run.stdout).toBe('open.pacta\n');
        expect(readFileSync(join(repo, 'locked.pacta'), 'utf8')).toBe(messy);
        expect(readFileSync(join(repo, 'open.pacta'), 'utf8')).toBe('state US "United States"\n');
    });
});

describe('a link of the workspace that leads out of it', () => {
    test('is not written through (a pull request could commit out.json → ~/.bashrc), unless --follow-symlinks', () => {
        const repo = workspace();
        const victim = join(repo, '..', `victim-${repo.split('-').pop()}.txt`);
        writeFileSync(victim, 'export PATH=/usr/bin\n');
        mkdirSync(join(repo, 'out'));
        symlinkSync(victim, join(repo, 'out/pacta.json'));
        for (const args of [
            ['compile', 'ws', '-o', 'out/pacta.json'],
            ['check', 'ws', '--format', 'sarif', '-o', 'out/pacta.json'],
            ['schema', '-o', 'out/pacta.json']
        ]) {
            const run = pacta(args, { cwd: repo });
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stderr).toContain("cannot write 'out/pacta.json': it leads through a symbolic link to a place outside the current folder");
            expect(readFileSync(victim, 'utf8')).toBe('export PATH=/usr/bin\n');
        }
        expect(pacta(['compile', 'ws', '-o', 'out/pacta.json', '--follow-symlinks'], { cwd: repo }).code).toBe(0);
        expect(readFileSync(victim, 'utf8')).toBe(exampleJson);
        rmSync(victim);
    });

    test('a linked folder that leads out of the workspace is refused the same way', () => {
        const repo = workspace();
        const outside = mkdtempSync(join(tmpdir(), 'pacta-outside-'));
        symlinkSync(outside, join(repo, 'out'));
        const run = pacta(['compile', 'ws', '-o', 'out/pacta.json'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(readdirSync(outside)).toEqual([]);
        rmSync(outside, { recursive: true });
    });
});

describe('special files are never replaced', () => {
    test('a named pipe as -o: refused with exit 2, still a pipe', () => {
        const repo = workspace();
        const fifo = join(repo, 'pipe.json');
        const made = spawnSync('mkfifo', [fifo]);
        expect(made.status).toBe(0);
        for (const args of [
            ['compile', 'ws', '-o', 'pipe.json'],
            ['deadlines', 'ws', '-o', 'pipe.json'],
            ['status', 'ws', '-o', 'pipe.json'],
            ['check', 'ws', '-o', 'pipe.json'],
            ['schema', '-o', 'pipe.json']
        ]) {
            const run = pacta(args, { cwd: repo });
            expect(run.code, args.join(' ')).toBe(2);
            expect(run.stderr).toContain("cannot write 'pipe.json': it is a named pipe, not a regular file");
            expect(lstatSync(fifo).isFIFO()).toBe(true);
        }
    });

    test('a character device (/dev/zero) is refused the same way, given or through a link', () => {
        const repo = workspace();
        for (const target of ['/dev/zero', 'zero.json']) {
            if (target === 'zero.json') symlinkSync('/dev/zero', join(repo, 'zero.json'));
            const run = pacta(['compile', 'ws', '-o', target, '--follow-symlinks'], { cwd: repo });
            expect(run.code).toBe(2);
            expect(run.stderr).toContain('it is a character device, not a regular file');
        }
        expect(lstatSync('/dev/zero').isCharacterDevice()).toBe(true);
    });

    test('-o /dev/null: the output is discarded, /dev/null stays a device', () => {
        const repo = workspace();
        for (const args of [
            ['compile', 'ws', '-o', '/dev/null'],
            ['check', 'ws', '-o', '/dev/null'],
            ['deadlines', 'ws', '-o', '/dev/null']
        ]) {
            const run = pacta(args, { cwd: repo });
            expect(run.code, args.join(' ')).toBe(0);
            expect(run.stdout).toBe('');
        }
        expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    });

    test('a folder as -o is refused', () => {
        const repo = workspace();
        const run = pacta(['compile', 'ws', '-o', 'ws'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("cannot write 'ws': it is a folder");
    });
});

describe('an output is never one of the inputs', () => {
    const usmca = () => readFileSync(join(EXAMPLES, 'usmca.pacta'), 'utf8');

    for (const command of [['compile'], ['deadlines'], ['deadlines', '--format', 'csv'], ['status'], ['check']]) {
        test(`pacta ${command.join(' ')} ws -o ws/usmca.pacta: exit 2, the source untouched`, () => {
            const repo = workspace();
            const run = pacta([...command, 'ws', '-o', 'ws/usmca.pacta'], { cwd: repo });
            expect(run.code).toBe(2);
            expect(run.stderr).toMatch(/refusing to write to 'ws\/usmca\.pacta': it is (one of the inputs|a \.pacta file, a source)/);
            expect(readFileSync(join(repo, 'ws/usmca.pacta'), 'utf8')).toBe(usmca());
        });
    }

    test('through a link: -o out.json where out.json leads to an input', () => {
        const repo = workspace();
        symlinkSync('ws/usmca.pacta', join(repo, 'out.json'));
        const run = pacta(['compile', 'ws', '-o', 'out.json'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toMatch(/refusing to write to 'out\.json': it is (one of the inputs|a \.pacta file, a source)/);
        expect(readFileSync(join(repo, 'ws/usmca.pacta'), 'utf8')).toBe(usmca());
    });

    test('pacta schema -o x.pacta is refused as well (any output that is not Pacta)', () => {
        const repo = workspace();
        const run = pacta(['schema', '-o', 'x.PACTA'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(existsSync(join(repo, 'x.PACTA'))).toBe(false);
    });

    test('a hard link to an input is the input', () => {
        const repo = workspace();
        linkSync(join(repo, 'ws/usmca.pacta'), join(repo, 'hard.json'));
        const run = pacta(['compile', 'ws', '-o', 'hard.json'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("refusing to write to 'hard.json': it is one of the inputs");
        expect(readFileSync(join(repo, 'ws/usmca.pacta'), 'utf8')).toBe(usmca());
    });

    test('a new .pacta file as output is refused too: the next run would read it', () => {
        const repo = workspace();
        const run = pacta(['compile', 'ws', '-o', 'ws/out.pacta'], { cwd: repo });
        expect(run.code).toBe(2);
        expect(run.stderr).toContain("refusing to write to 'ws/out.pacta': it is a .pacta file, a source");
        expect(existsSync(join(repo, 'ws/out.pacta'))).toBe(false);
    });
});

describe('temp files of a killed write', () => {
    test('the next write of the same target removes them once they are a minute old', () => {
        const repo = workspace();
        const stale = join(repo, '.out.json.0123456789ab.tmp');
        const fresh = join(repo, '.out.json.ba9876543210.tmp');
        const other = join(repo, '.other.json.0123456789ab.tmp');
        for (const file of [stale, fresh, other]) writeFileSync(file, '{"half": ');
        const old = new Date(Date.now() - 10 * 60_000);
        utimesSync(stale, old, old);
        utimesSync(other, old, old);
        expect(pacta(['compile', 'ws', '-o', 'out.json'], { cwd: repo }).code).toBe(0);
        expect(existsSync(stale)).toBe(false);
        expect(existsSync(fresh)).toBe(true); // may be another run's write in progress
        expect(existsSync(other)).toBe(true); // another target's
        expect(readFileSync(join(repo, 'out.json'), 'utf8')).toBe(exampleJson);
    });
});
