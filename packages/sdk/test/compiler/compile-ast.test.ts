import { createPactaServices, loadBuiltinDocuments } from '@pacta/language';
import { EmptyFileSystem, type LangiumDocument, URI } from 'langium';
import { describe, expect, test } from 'vitest';
import { compileSources, serializeOutput } from '../../src/index.js';
import { compileAst } from '../../src/internal.js';
import { WORKSPACE, strictValidator } from '../support.js';

/** Builds documents the way a language server does, with its own services and URIs. */
async function buildLikeAServer(files: Record<string, string>, root: string) {
    const { shared, Pacta } = createPactaServices(EmptyFileSystem);
    const builtins = loadBuiltinDocuments(shared);
    const documents: LangiumDocument[] = [];
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(`${root}/${name}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await shared.workspace.DocumentBuilder.build([...builtins, ...documents], { validation: true });
    return { services: Pacta, documents, builtins };
}

describe('compileAst', () => {
    test('turns linked documents into the same model as compileSources, files relative to a root URI', async () => {
        const { services, documents, builtins } = await buildLikeAServer(WORKSPACE, 'file:///srv/analyst/pacts');
        // Built-in documents passed along are left out; the order of documents does not matter.
        const output = compileAst([...builtins, ...documents].reverse(), services, URI.parse('file:///srv/analyst/pacts'));
        expect(strictValidator()(output)).toBe(true);
        const viaSdk = await compileSources(WORKSPACE);
        expect(serializeOutput(output)).toBe(viaSdk.json);
        expect(output.parties.map(p => p.location.file)).toContain('parties.pacta');
        expect(output.agreements.map(a => a.location.file)).toEqual(['agreements/deal.pacta', 'agreements/deal.pacta', 'agreements/usmca.pacta']);
    });

    test('takes a root as a string, or a function naming each document', async () => {
        const { services, documents } = await buildLikeAServer({ 'x/a.pacta': 'state US "United States"' }, 'file:///w');
        expect(compileAst(documents, services, 'file:///w').parties[0]!.location.file).toBe('x/a.pacta');
        expect(compileAst(documents, services, () => 'named.pacta').parties[0]!.location.file).toBe('named.pacta');
    });

    test('no absolute path or URI ends up in the output', async () => {
        const { services, documents } = await buildLikeAServer(WORKSPACE, 'file:///srv/analyst/pacts');
        const json = serializeOutput(compileAst(documents, services, 'file:///srv/analyst/pacts'));
        expect(json).not.toContain('file:');
        expect(json).not.toContain('/home/');
        expect(json).not.toContain('pacta-builtin');
    });
});
