// Rows "compileFolder, 1k files, vs js-yaml + ajv" and "peak RSS, 1k files": bench/run.mjs (the
// compile benchmark, its own README section) in a child, as JSON; the SDK and the js-yaml + ajv
// baseline are timed round-robin in one process, each peak RSS in a fresh process of its own.
import { failure, lastJson, runNode } from './child.mjs';
import { int, mb, missing, ms, status, times } from './row.mjs';

const SPEED = { id: 'compile-1k', what: 'compileFolder vs js-yaml + ajv on the same content', goal: '≤ 3×' };
const MEMORY = { id: 'rss-1k', what: 'peak RSS of compileFolder', goal: '≤ 250 MB' };

export async function compileRows({ files, runs }) {
    const run = await runNode(['bench/run.mjs', '--json', '--only', 'sdk,yaml', '--files', String(files), '--runs', String(runs)]);
    const report = run.status === 0 ? lastJson(run.stdout) : undefined;
    const sdk = report?.rows?.find(r => r.variant === 'sdk');
    const yaml = report?.rows?.find(r => r.variant === 'yaml');
    if (!sdk || !yaml) {
        const why = `bench/run.mjs failed (${failure(run)})`;
        return [missing(SPEED.id, SPEED.what, SPEED.goal, why, 'failed'), missing(MEMORY.id, MEMORY.what, MEMORY.goal, why, 'failed')];
    }
    const input = `${int(report.input.files)} files, ${int(report.input.pacta.lines)} lines`;
    const speed = sdk.medianMs / yaml.medianMs;
    return [
        {
            ...SPEED,
            input,
            measured: `${ms(sdk.medianMs)} (median of ${runs})`,
            baseline: `${ms(yaml.medianMs)} js-yaml + ajv`,
            ratio: times(speed),
            status: status(speed <= 3),
            data: { sdkMs: sdk.medianMs, yamlMs: yaml.medianMs, ratio: speed, runs, jsonBytes: report.sdk?.jsonBytes }
        },
        {
            ...MEMORY,
            input,
            measured: mb(sdk.peakRssMB),
            baseline: `${mb(yaml.peakRssMB)} js-yaml + ajv`,
            ratio: times(sdk.peakRssMB / yaml.peakRssMB),
            status: status(sdk.peakRssMB <= 250),
            data: { sdkPeakRssMB: sdk.peakRssMB, yamlPeakRssMB: yaml.peakRssMB }
        }
    ];
}
