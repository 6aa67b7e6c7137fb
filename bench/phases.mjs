// `--phases`: where the SDK's compile time goes. Repeats the steps of the SDK's compileFolder
// (packages/sdk/src/compile.ts, build()) with a clock around each: read, parse, the Langium build
// phases (index, scopes, link, validation), compileAst, releasing the workspace, serializeOutput.
// A diagnostic aid, not the measurement: keep it in step with compile.ts when that changes.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';

const require = createRequire(import.meta.url);

/** Langium and @pacta/language as the SDK sees them (bench depends on the SDK only). */
async function sdkInternals() {
    const sdkDir = fs.realpathSync(path.dirname(require.resolve('@pacta/sdk/package.json')));
    const from = (...parts) => import(pathToFileURL(fs.realpathSync(path.join(sdkDir, 'node_modules', ...parts))).href);
    const [langium, language, sdk, internal] = await Promise.all([
        from('langium', 'lib', 'index.js'),
        from('@pacta', 'language', 'dist', 'index.js'),
        import('@pacta/sdk'),
        import('@pacta/sdk/internal')
    ]);
    return { langium, language, sdk: { ...sdk, ...internal } };
}

/** The SDK keeps one set of batch services per process (compile.ts, `exclusive`); so does this. */
let services;

/** One compile of `<workspace>/pacta`, phase by phase; returns [phase, ms] pairs. */
export async function measurePhases(workspace) {
    const { langium, language, sdk } = await sdkInternals();
    const { DocumentState, EmptyFileSystem, URI } = langium;
    const folder = path.join(workspace, 'pacta');
    const phases = [];
    // Garbage-collection pauses, by start time, so each phase can say how much of it was GC.
    const pauses = [];
    const observer = new PerformanceObserver(list => pauses.push(...list.getEntries().map(e => [e.startTime, e.duration])));
    observer.observe({ entryTypes: ['gc'] });
    let last = performance.now();
    let lastCpu = process.cpuUsage();
    const mark = name => {
        const now = performance.now();
        const cpu = process.cpuUsage(lastCpu);
        const { heapUsed, rss } = process.memoryUsage();
        // cpuMs: CPU time of the process (every thread, GC helpers included) during the phase; steadier than
        // the clock when other processes share the machine.
        phases.push({ name, start: last, ms: now - last, cpuMs: (cpu.user + cpu.system) / 1000, heapMB: heapUsed / 2 ** 20, rssMB: rss / 2 ** 20 });
        last = now;
        lastCpu = process.cpuUsage();
    };

    const files = fs
        .readdirSync(folder)
        .filter(name => name.endsWith('.pacta'))
        .sort();
    const texts = files.map(name => fs.readFileSync(path.join(folder, name), 'utf8'));
    mark('read files (fs.readFileSync)');

    services ??= language.createPactaBatchServices(EmptyFileSystem);
    const { shared, Pacta } = services;
    const builtins = language.loadBuiltinDocuments(shared);
    mark('services (created once) + built-in library');

    const documents = files.map((name, i) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(texts[i], URI.file(path.join(folder, name)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    mark('parse (lexer + parser + CST)');

    const builder = shared.workspace.DocumentBuilder;
    const listeners = [
        [DocumentState.IndexedContent, 'index exported names'],
        [DocumentState.ComputedScopes, 'compute local scopes'],
        [DocumentState.Linked, 'link references'],
        [DocumentState.IndexedReferences, 'index references (skipped in batch)'],
        [DocumentState.Validated, 'validate (all rules)']
    ].map(([state, name]) => builder.onBuildPhase(state, () => mark(name)));
    await builder.build([...builtins, ...documents], { validation: true });
    listeners.forEach(listener => listener.dispose());
    let errors = 0;
    for (const document of documents) errors += (document.diagnostics ?? []).filter(d => d.severity === 1).length;
    mark('collect diagnostics');

    const output = sdk.compileAst(documents, Pacta, document => path.relative(folder, document.uri.fsPath));
    mark('compileAst (model + deadlines)');
    documents.length = 0;
    await builder.update([], shared.workspace.LangiumDocuments.all.map(document => document.uri).toArray());
    mark('release the workspace (documents, index, caches)');
    const json = sdk.serializeOutput(output);
    mark('serializeOutput (canonical key order + JSON.stringify)');
    await new Promise(resolve => setTimeout(resolve, 50)); // the observer delivers its entries later
    observer.disconnect();
    for (const phase of phases) {
        phase.gcMs = pauses.filter(([start]) => start >= phase.start && start < phase.start + phase.ms).reduce((sum, [, ms]) => sum + ms, 0);
        delete phase.start;
    }
    return { phases, errors, jsonBytes: json.length };
}
