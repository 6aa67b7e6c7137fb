// Row "pacta check one small file vs node -e ''": bench/cli-startup.mjs (spawn to exit, round-robin,
// after a warm-up that fills V8's compile cache, as a user's second run).
import { failure, lastJson, runNode } from './child.mjs';
import { missing, ms, status, times } from './row.mjs';

const ROW = { id: 'cli-start', what: "pacta check of one small file vs node -e ''", goal: '≤ 3×' };

export async function startupRow({ runs }) {
    const run = await runNode(['bench/cli-startup.mjs', '--json', '--runs', String(runs), '--big-runs', '0']);
    const commands = run.status === 0 ? lastJson(run.stdout)?.commands : undefined;
    const node = commands?.find(c => c.label === "node -e ''");
    const check = commands?.find(c => c.label.startsWith('pacta check small.pacta'));
    if (!node || !check) return missing(ROW.id, ROW.what, ROW.goal, `bench/cli-startup.mjs failed (${failure(run)})`, 'failed');
    const ratio = check.medianMs / node.medianMs;
    return {
        ...ROW,
        input: `${check.label.replace('pacta check ', '')}, median of ${check.runs}`,
        measured: ms(check.medianMs),
        baseline: `${ms(node.medianMs)} node -e ''`,
        ratio: times(ratio),
        status: status(ratio <= 3),
        data: { checkMs: check.medianMs, nodeMs: node.medianMs, ratio, says: check.says }
    };
}
