// Files bundled as text by tsup (esbuild's `text` loader): the templates of `pacta init`.
declare module '*.pacta' {
    const text: string;
    export default text;
}
declare module '*.yml' {
    const text: string;
    export default text;
}
