import { expect } from 'vitest';
import { type PactaOutput, compileFolder } from '../src/index.js';

/** A test folder's compiled model; the test fails, naming the folder, if it has an error. */
export async function compiledFolder(folder: string): Promise<PactaOutput> {
    const result = await compileFolder(folder);
    expect(
        result.diagnostics.filter(d => d.severity === 'error'),
        folder
    ).toEqual([]);
    return result.output!;
}
