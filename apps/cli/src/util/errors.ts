import { terminalSafe } from './terminal-safe.js';

/** Exit codes of every command. */
export const EXIT_OK = 0;
/** Findings at error level, warnings over the limit, files not formatted. */
export const EXIT_FINDINGS = 1;
/** Usage or I/O error: bad flag, missing path, unreadable file, nothing written for another reason. */
export const EXIT_USAGE = 2;

/**
 * An error the user can fix (a missing path, a bad flag value, a file that cannot be written):
 * printed as one line, without a stack trace, and the command exits with `exitCode` (2).
 */
export class CliError extends Error {
    constructor(
        message: string,
        readonly exitCode: number = EXIT_USAGE
    ) {
        super(message);
        this.name = 'CliError';
    }
}

/**
 * The message of anything thrown, on one line, with the Node error code when there is one
 * (`EACCES`); control characters escaped (a file-system error quotes paths, which come from the input).
 */
export function describeError(error: unknown): string {
    const code = (error as { code?: unknown } | null)?.code;
    const message = error instanceof Error ? error.message : String(error);
    const oneLine = message.replace(/\s*\n\s*/g, ' ').trim();
    return terminalSafe(typeof code === 'string' && !oneLine.includes(code) ? `${oneLine} (${code})` : oneLine);
}
