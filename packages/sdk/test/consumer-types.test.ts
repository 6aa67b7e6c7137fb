/**
 * The public declarations as a TypeScript consumer meets them: `tsc --strict --module nodenext`
 * WITHOUT `skipLibCheck`, on a consumer that resolves `@pacta/sdk` through the package's
 * `exports` (a temp folder whose node_modules/@pacta/sdk links to this package's built dist).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../../../node_modules/typescript/bin/tsc', import.meta.url));

const CONSUMER = `import { compileSources, listDeadlines, loadCompiledJson, statusAsOf, visibleText, type PactaDiagnostic, type PactaOutput } from '@pacta/sdk';
import { compileSources as compileInBrowser } from '@pacta/sdk/core';

const result = await compileSources({ 'a.pacta': 'state US "United States"' });
const output: PactaOutput | undefined = result.output;
const problems: PactaDiagnostic[] = result.diagnostics;
if (output) {
    const rows = listDeadlines(output, { from: '2026-01-01' });
    const report = statusAsOf(output, '2026-06-30');
    console.log(rows.length, report.asOf, problems.length, visibleText('x'));
}
const loaded = loadCompiledJson(result.json);
console.log(loaded.ok ? loaded.output.formatVersion : loaded.errors[0]?.message, (await compileInBrowser({})).errorCount);
`;

const TSCONFIG = {
    compilerOptions: {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        noEmit: true,
        skipLibCheck: false,
        types: []
    },
    files: ['consumer.ts']
};

let folder: string;

function typeCheck(source: string): { ok: boolean; output: string } {
    writeFileSync(join(folder, 'consumer.ts'), source);
    try {
        return { ok: true, output: execFileSync(process.execPath, [tsc, '-p', folder, '--listFiles'], { encoding: 'utf8' }) };
    } catch (error) {
        return { ok: false, output: String((error as { stdout?: string }).stdout) };
    }
}

beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'pacta-consumer-types-'));
    mkdirSync(join(folder, 'node_modules', '@pacta'), { recursive: true });
    symlinkSync(packageDir, join(folder, 'node_modules', '@pacta', 'sdk'), 'dir');
    writeFileSync(join(folder, 'package.json'), JSON.stringify({ type: 'module', private: true }));
    writeFileSync(join(folder, 'tsconfig.json'), JSON.stringify(TSCONFIG));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('a strict TypeScript consumer (nodenext, no skipLibCheck)', () => {
    test('the SDK is built', () => {
        expect(existsSync(join(packageDir, 'dist', 'index.d.ts')), 'run `pnpm build` first').toBe(true);
    });

    test('type-checks, loading none of the declarations of Langium, the LSP libraries or ajv', () => {
        const { ok, output } = typeCheck(CONSUMER);
        expect(output, output).not.toMatch(/error TS/);
        expect(ok).toBe(true);
        // Every declaration file tsc read, TypeScript's own lib files aside (paths may be real paths).
        const loaded = output.split('\n').filter(line => line.endsWith('.ts') && !/[\\/]typescript[\\/]lib[\\/]/.test(line));
        expect(loaded.some(file => /[\\/]dist[\\/]index\.d\.ts$/.test(file))).toBe(true);
        expect(loaded.filter(file => /langium|vscode-|chevrotain|[\\/]ajv|@pacta[\\/]language|packages[\\/]language/.test(file))).toEqual([]);
    });

    test('still catches a consumer mistake (the check is real)', () => {
        const { ok, output } = typeCheck(`import { compileSources, type PactaOutput } from '@pacta/sdk';\nconst output: PactaOutput = (await compileSources({})).output;\nconsole.log(output);\n`);
        expect(ok).toBe(false);
        expect(output).toMatch(/consumer\.ts\(2,7\): error TS2322: Type 'PactaOutput \| undefined' is not assignable to type 'PactaOutput'/);
    });
});
