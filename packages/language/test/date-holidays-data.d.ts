// `date-holidays/data` (all countries' rules in one object) has no declarations; the tests compare the split data with it.
declare module 'date-holidays/data' {
    export const data: { version: string; license: string; holidays: Record<string, unknown>; names: Record<string, unknown> };
}
