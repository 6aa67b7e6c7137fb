import { test } from 'vitest';
import { EmptyFileSystem, URI } from 'langium';
import { createPactaServices, loadBuiltinDocuments } from '@pacta/language';
import { compileAst } from '../src/compiler/compile-ast.js';
import { serializeOutput } from '../src/serialize.js';
import { compileSources } from '../src/index.js';

test('scratch', async () => {
    const text = Array.from({ length: 5_000_000 / 60 }, (_, i) => `bloc B${i} "Bloc number ${i}"\n`).join('');
    const { shared, Pacta } = createPactaServices(EmptyFileSystem);
    const b = loadBuiltinDocuments(shared);
    let t = performance.now();
    const doc = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///a.pacta'));
    shared.workspace.LangiumDocuments.addDocument(doc);
    console.log('parse', performance.now() - t); t = performance.now();
    await shared.workspace.DocumentBuilder.build([...b, doc], { validation: false });
    console.log('link', performance.now() - t); t = performance.now();
    await shared.workspace.DocumentBuilder.build([doc], { validation: true });
    console.log('validate', performance.now() - t); t = performance.now();
    const out = compileAst([doc], Pacta, 'memory:///');
    console.log('compileAst', performance.now() - t); t = performance.now();
    serializeOutput(out);
    console.log('serialize', performance.now() - t); t = performance.now();
    for (const n of [250_000, 500_000, 1_000_000]) {
        t = performance.now();
        await compileSources({ 'a.pacta': '#'.repeat(n) });
        console.log('#', n, performance.now() - t);
    }
});
