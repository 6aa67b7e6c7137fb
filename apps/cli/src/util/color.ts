/** ANSI styling that is on only where it belongs: a terminal, no `NO_COLOR`, no `FORCE_COLOR=0`. */
export interface Style {
    readonly enabled: boolean;
    red(text: string): string;
    yellow(text: string): string;
    blue(text: string): string;
    green(text: string): string;
    cyan(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
}

/** `--color` / `--no-color` on the command line; undefined when neither was given. */
let colorFlag: boolean | undefined;

export function setColorFlag(value: boolean | undefined): void {
    colorFlag = value;
}

/**
 * Whether to colour what goes to `stream`:
 * - never when `NO_COLOR` is set to anything but the empty string (https://no-color.org), whatever the flags;
 * - never with `--no-color` or `FORCE_COLOR=0` (or `false`);
 * - always with `--color`, or `FORCE_COLOR` set to 1, 2, 3, `true` or the empty string;
 * - otherwise only when the stream is a terminal (and `TERM` is not `dumb`).
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
    if (colorFlag === false) return false;
    const force = env['FORCE_COLOR'];
    if (force === '0' || force === 'false') return false;
    if (colorFlag === true) return true;
    if (force !== undefined) return true;
    return stream.isTTY === true && env['TERM'] !== 'dumb';
}

const wrap = (on: boolean, open: number, close: number) => (text: string) => (on && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text);

export function styleFor(stream: { isTTY?: boolean }): Style {
    const on = colorEnabled(stream);
    return {
        enabled: on,
        red: wrap(on, 31, 39),
        yellow: wrap(on, 33, 39),
        blue: wrap(on, 34, 39),
        green: wrap(on, 32, 39),
        cyan: wrap(on, 36, 39),
        dim: wrap(on, 2, 22),
        bold: wrap(on, 1, 22)
    };
}
