import { pactaSchema } from '@pacta/sdk';
import { EXIT_OK } from '../util/errors.js';
import { writeStdout } from '../util/io.js';
import { writeFileAtomic } from '../util/write.js';

/** `pacta schema`: the JSON Schema (2020-12) of the compiled document, as the SDK publishes it. */
export async function schema(options: { output?: string }): Promise<number> {
    const text = JSON.stringify(pactaSchema, null, 2) + '\n';
    if (options.output !== undefined) writeFileAtomic(options.output, text);
    else await writeStdout(text);
    return EXIT_OK;
}
