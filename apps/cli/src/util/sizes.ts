/** `--max-file-size` and the config's `maxFileSize`: bytes, or a number with KB, MB or GB (powers of 1024): `20MB`, `512KB`. Undefined when it is not a size. */
export function parseFileSize(value: string | number): number | undefined {
    if (typeof value === 'number') return Number.isInteger(value) && value >= 1 ? value : undefined;
    const match = /^(\d+(?:\.\d+)?)\s*(B|KB|K|MB|M|GB|G)?$/i.exec(value.trim());
    const unit = (match?.[2] ?? 'B').toUpperCase()[0]!;
    const bytes = match ? Math.floor(Number(match[1]) * (unit === 'K' ? 1024 : unit === 'M' ? 1024 ** 2 : unit === 'G' ? 1024 ** 3 : 1)) : NaN;
    return Number.isFinite(bytes) && bytes >= 1 ? bytes : undefined;
}
