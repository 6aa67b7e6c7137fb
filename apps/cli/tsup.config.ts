import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig([
    {
        // dist/cli.js: the whole command line in one ESM file with everything it uses (the SDK,
        // Langium, commander...): start-up resolves no module, and installing @pacta/cli installs
        // no dependency. Commands are loaded with `import()`, which esbuild keeps in the same file
        // but evaluates lazily, so `pacta --help` does not initialise Langium.
        entry: { cli: 'src/cli.ts' },
        format: ['esm'],
        target: 'node22',
        platform: 'node',
        splitting: false,
        noExternal: [/.*/],
        clean: ['cli.js', 'cli.js.map'],
        // No source map: it was 10 MB of the 14 MB unpacked tarball, for a minified bundle whose
        // stack traces users report by command and input, not by column.
        sourcemap: false,
        minify: true,
        dts: false,
        define: { __PACTA_VERSION__: JSON.stringify(version) },
        loader: { '.pacta': 'text', '.yml': 'text' },
        // CommonJS packages inside an ESM bundle call `require` for Node's built-in modules.
        banner: { js: "import { createRequire as __pactaRequire } from 'node:module'; const require = __pactaRequire(import.meta.url);" },
        metafile: true,
        onSuccess: async () => writeThirdPartyNotices()
    },
    {
        // dist/pacta.js, the `bin`: a few lines that turn on Node's code cache, then import dist/cli.js.
        entry: { pacta: 'src/pacta.ts' },
        format: ['esm'],
        target: 'node22',
        platform: 'node',
        clean: ['pacta.js'],
        sourcemap: false,
        minify: false,
        dts: false
    }
]);

/**
 * dist/THIRD-PARTY-NOTICES.md: the license of every package bundled into dist/cli.js (found from
 * esbuild's metafile), with its license and notice files, as their licenses ask of a redistribution.
 */
function writeThirdPartyNotices(): void {
    const dist = resolve('dist');
    const metafile = join(dist, 'metafile-esm.json');
    const inputs = Object.keys((JSON.parse(readFileSync(metafile, 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    rmSync(metafile);
    const packages = new Map<string, { name: string; version: string; license: string; texts: string[] }>();
    for (const input of inputs) {
        if (!input.includes('node_modules/')) continue; // the project's own packages (MIT, like this one)
        for (let dir = dirname(resolve(input)); dir !== dirname(dir); dir = dirname(dir)) {
            const manifestPath = join(dir, 'package.json');
            if (!existsSync(manifestPath)) continue;
            const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name?: string; version?: string; license?: string };
            if (!manifest.name || !manifest.version) continue;
            const key = `${manifest.name}@${manifest.version}`;
            if (!packages.has(key)) {
                const texts = readdirSync(dir)
                    .filter(name => /^(licen[cs]e|notice|copying)/i.test(name))
                    .sort()
                    .map(name => readFileSync(join(dir, name), 'utf8').trim());
                packages.set(key, { name: manifest.name, version: manifest.version, license: manifest.license ?? 'see its files', texts });
            }
            break;
        }
    }
    const sorted = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // The holiday rules come from @pacta/language's generated files, not from a package: their notice from its build.
    const holidayNotice = readFileSync(resolve('../../packages/language/dist/HOLIDAY-DATA-NOTICE.md'), 'utf8');
    const sections = sorted.map(
        p => `## ${p.name} ${p.version}\n\nLicense: ${p.license}\n\n${p.texts.length > 0 ? p.texts.map(text => '```text\n' + text + '\n```').join('\n\n') : '(no license file in the package)'}\n`
    );
    writeFileSync(
        join(dist, 'THIRD-PARTY-NOTICES.md'),
        `# Third-party software in dist/cli.js\n\ndist/cli.js bundles these packages (${sorted.length}), under these licenses:\n\n${sections.join('\n')}\n${holidayNotice.replace(/^# /, '## ')}`
    );
}
