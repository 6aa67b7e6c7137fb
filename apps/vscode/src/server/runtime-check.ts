// Imported first by the server: on a runtime without the features Langium needs, one line on stderr
// (VS Code shows it in the "Pacta" output) and exit, before Langium loads.
import { runtimeProblem } from '../shared/runtime.js';

const problem = runtimeProblem();
if (problem) {
    process.stderr.write(`${problem}\n`);
    process.exit(1);
}
