// The four things the benchmark times, on the same content. Each returns a small summary
// (files, errors) so the caller can check that the run did real work and found nothing wrong.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';

const require = createRequire(import.meta.url);
const schemaPath = path.join(path.dirname(new URL(import.meta.url).pathname), 'yaml-schema.json');

function listFiles(dir, ext) {
    return fs
        .readdirSync(dir)
        .filter(name => name.endsWith(ext))
        .sort()
        .map(name => path.join(dir, name));
}

/** A fresh Ajv (draft 2020-12) with the benchmark schema compiled; part of every timed run, like the SDK's setup. */
function compileSchema() {
    const Ajv2020 = require('ajv/dist/2020.js').default;
    const ajv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false });
    return ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
}

let sdk;
async function loadSdk() {
    // Imported on first use only, so the YAML/JSON child processes never load Langium.
    sdk ??= await import('@pacta/sdk');
    return sdk;
}

export const VARIANTS = {
    sdk: {
        label: '(a) Pacta SDK compileFolder',
        async run(workspace) {
            const { compileFolder } = await loadSdk();
            const result = await compileFolder(path.join(workspace, 'pacta'));
            return { files: result.files?.length ?? result.files, errors: result.errorCount, warnings: result.warningCount, result };
        }
    },
    yaml: {
        label: '(b) YAML: read + js-yaml load + ajv',
        async run(workspace) {
            const validate = compileSchema();
            let files = 0;
            let errors = 0;
            const firstErrors = [];
            for (const file of listFiles(path.join(workspace, 'yaml'), '.yaml')) {
                const document = yaml.load(fs.readFileSync(file, 'utf8'), { filename: file });
                files++;
                if (!validate(document)) {
                    errors += validate.errors.length;
                    if (firstErrors.length < 5) firstErrors.push({ file, errors: validate.errors });
                }
            }
            return { files, errors, firstErrors };
        }
    },
    json: {
        label: '(c) JSON: read + JSON.parse + ajv',
        async run(workspace) {
            const validate = compileSchema();
            let files = 0;
            let errors = 0;
            const firstErrors = [];
            for (const file of listFiles(path.join(workspace, 'json'), '.json')) {
                const document = JSON.parse(fs.readFileSync(file, 'utf8'));
                files++;
                if (!validate(document)) {
                    errors += validate.errors.length;
                    if (firstErrors.length < 5) firstErrors.push({ file, errors: validate.errors });
                }
            }
            return { files, errors, firstErrors };
        }
    },
    parse: {
        label: '(d) JSON: read + JSON.parse only',
        async run(workspace) {
            let files = 0;
            let keys = 0;
            for (const file of listFiles(path.join(workspace, 'json'), '.json')) {
                keys += Object.keys(JSON.parse(fs.readFileSync(file, 'utf8'))).length;
                files++;
            }
            return { files, errors: keys > 0 ? 0 : 1 };
        }
    }
};
