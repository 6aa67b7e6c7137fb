import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff';

/**
 * A unified diff of a file's text before and after (`--- a/NAME`, `+++ b/NAME`, hunks with 3
 * lines of context), as `git diff` prints it: `pacta fmt --check > fmt.patch && git apply fmt.patch`.
 * Empty when the texts are equal.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
    if (before === after) return '';
    return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
