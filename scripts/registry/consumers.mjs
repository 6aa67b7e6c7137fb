// The SDK consumers of scripts/registry-test.mjs: a project a user would write, depending on
// @pacta/sdk as published, with one ESM file, one CommonJS file and a strict TypeScript project that
// type-checks an `import` and a `require` of the SDK against its published .d.ts (no skipLibCheck).
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sdkVersion = JSON.parse(readFileSync(join(root, 'packages/sdk/package.json'), 'utf8')).version;

/** Writes the consumer project into `folder`, with a copy of the example agreements. */
export function writeConsumers(folder, exampleFolder) {
    mkdirSync(folder, { recursive: true });
    cpSync(exampleFolder, join(folder, 'agreements'), { recursive: true });
    writeFileSync(
        join(folder, 'package.json'),
        JSON.stringify(
            {
                name: 'pacta-sdk-consumer',
                private: true,
                dependencies: { '@pacta/sdk': sdkVersion },
                // The repo's own pins: the same TypeScript and Node types a contributor builds with.
                devDependencies: { typescript: rootManifest.devDependencies.typescript, '@types/node': rootManifest.devDependencies['@types/node'] }
            },
            null,
            2
        )
    );
    writeFileSync(
        join(folder, 'esm.mjs'),
        `import { writeFileSync } from 'node:fs';
import { compileFolder } from '@pacta/sdk';

const result = await compileFolder('agreements');
if (result.errorCount > 0) throw new Error(JSON.stringify(result.diagnostics));
writeFileSync(process.argv[2], result.json);
`
    );
    writeFileSync(
        join(folder, 'cjs.cjs'),
        `const { writeFileSync } = require('node:fs');
const { compileFolder } = require('@pacta/sdk');

compileFolder('agreements').then(result => {
    if (result.errorCount > 0) throw new Error(JSON.stringify(result.diagnostics));
    writeFileSync(process.argv[2], result.json);
});
`
    );
    // What a TypeScript user writes most: compile, read diagnostics and deadlines, load JSON back.
    const body = `
export async function summary(folder: string): Promise<string[]> {
    const result = await sdk.compileFolder(folder);
    const lines = result.diagnostics.map(d => \`\${d.file}:\${d.line}:\${d.column} \${d.severity} \${d.code} \${d.message}\`);
    for (const deadline of result.output?.deadlines ?? []) lines.push(\`\${deadline.date ?? '?'} \${deadline.subject}\`);
    if (result.json !== undefined) sdk.loadCompiledJson(result.json);
    return lines;
}
`;
    writeFileSync(join(folder, 'esm.mts'), `import * as sdk from '@pacta/sdk';\n${body}`);
    writeFileSync(join(folder, 'cjs.cts'), `import sdk = require('@pacta/sdk');\n${body}`);
    writeFileSync(
        join(folder, 'tsconfig.json'),
        JSON.stringify(
            {
                compilerOptions: {
                    strict: true,
                    module: 'nodenext',
                    moduleResolution: 'nodenext',
                    target: 'es2022',
                    types: ['node'],
                    noEmit: true
                },
                files: ['esm.mts', 'cjs.cts']
            },
            null,
            2
        )
    );
}
