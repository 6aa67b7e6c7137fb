// Modules written by scripts/build.mjs at build time.
declare module 'virtual:example' {
    const example: { name: string; files: { path: string; text: string }[] };
    export default example;
}
declare module 'virtual:keywords' {
    const keywords: string[];
    export default keywords;
}
