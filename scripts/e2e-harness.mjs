// The few lines every test script that prints a tally needs (apps/cli/e2e/report.mjs, apps/playground/e2e/run.mjs,
// apps/vscode/e2e/neovim/run.mjs): named tests that never stop the run, their results, and the last line `N passed, N failed` that
// .ci/e2e.sh adds to its total.

export function createHarness() {
    const results = [];
    return {
        results,
        assert(condition, message) {
            if (!condition) throw new Error(message);
        },
        /** Runs one test: `PASS name (1.2s)` or `FAIL name: why`, and goes on. */
        async test(name, fn) {
            const start = performance.now();
            try {
                await fn();
                results.push({ name, ok: true });
                console.log(`PASS ${name} (${((performance.now() - start) / 1000).toFixed(1)}s)`);
            } catch (error) {
                results.push({ name, ok: false });
                console.log(`FAIL ${name}: ${error?.stack ?? error}`);
            }
        },
        /** Prints the tally and exits: 1 when a test failed. */
        tally() {
            const passed = results.filter(r => r.ok).length;
            console.log(`${passed} passed, ${results.length - passed} failed`);
            process.exit(results.length > passed ? 1 : 0);
        }
    };
}
