// The `run:` steps of the workflow `pacta init` writes, in order, with their `if:` — read from the
// file's own layout (steps at one indentation, `run: |` blocks indented below), enough for that file
// without a YAML dependency in the root.

/** @returns {{ name: string, if?: string, run: string }[]} */
export function workflowRunSteps(workflow) {
    const lines = workflow.split('\n');
    const steps = [];
    let step;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const start = /^(\s*)- (?:name|uses): ?(.*)$/.exec(line);
        if (start && (step === undefined || start[1].length === step.indent)) {
            step = { indent: start[1].length, name: start[2] };
            steps.push(step);
            continue;
        }
        if (step === undefined) continue;
        const key = /^(\s*)(if|run): ?(.*)$/.exec(line);
        if (!key || key[1].length !== step.indent + 2) continue;
        if (key[2] === 'if') step.if = key[3];
        else if (key[3] !== '|') step.run = key[3];
        else {
            const body = [];
            while (i + 1 < lines.length && (lines[i + 1].trim() === '' || /^\s*/.exec(lines[i + 1])[0].length > key[1].length)) {
                body.push(lines[++i].slice(key[1].length + 2));
            }
            step.run = body.join('\n').trimEnd();
        }
    }
    return steps.filter(s => s.run !== undefined).map(({ name, if: condition, run }) => ({ name, ...(condition ? { if: condition } : {}), run }));
}
