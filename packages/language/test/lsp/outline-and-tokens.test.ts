import { SemanticTokensDecoder } from 'langium/lsp';
import { expect, test } from 'vitest';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { exampleFiles, lspWorkspace } from './lsp-test-kit.js';

test('document symbols: parties, agreements and their members, with kinds and details', async () => {
    const ws = await lspWorkspace(exampleFiles());
    const provider = ws.services.Pacta.lsp.DocumentSymbolProvider!;
    const eu = ws.doc('eu-us-japan.pacta');
    const symbols = (await provider.getSymbols(eu, { textDocument: { uri: eu.textDocument.uri } })) as DocumentSymbol[];
    expect(symbols.map(s => [s.name, s.kind, s.detail])).toEqual([['eu_us_japan', 3, 'Combined EU–U.S.–Japan agreement on critical minerals · joint_statement']]);
    expect(symbols[0]!.children!.map(c => `${c.name}:${c.kind}`)).toEqual([
        'announced:24',
        'mou:6',
        'japan_framework:6',
        'trade_policies:6',
        'co_develop:6',
        'project_mou:19',
        'price_floors:19',
        'standards_markets:19',
        'price_gap_subsidies:19',
        'offtake:19'
    ]);
    expect(symbols[0]!.children!.find(c => c.name === 'mou')!.detail).toBe('due within 30 days after announced');
    const parties = ws.doc('parties.pacta');
    const top = (await provider.getSymbols(parties, { textDocument: { uri: parties.textDocument.uri } })) as DocumentSymbol[];
    expect(top.map(s => `${s.name}:${s.kind}`)).toEqual(['news_report:1', 'US:5', 'EU:5', 'JP:5', 'MX:5', 'CA:5', 'AU:5', 'USTR:5', 'greer:5', 'trump:5']);
});

test('workspace symbols: top-level names and agreement members, qualified', async () => {
    const ws = await lspWorkspace(exampleFiles());
    const symbols = await ws.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'joint' });
    expect(symbols.map(s => `${s.name}:${s.kind}`)).toContain('usmca.joint_review:24');
});

test('folding: blocks and doc comments', async () => {
    const text = [
        '// The USMCA.', //                                   1
        '', //                                                2
        '/**', //                                             3
        ' * In force since 1 July 2020.', //                  4
        ' */', //                                             5
        'agreement usmca "USMCA" {', //                       6
        '    in_force 2020-07-01 {', //                       7
        '        cite s "paragraph 9"', //                    8
        '    }', //                                           9
        '    signed {', //                                    10
        '        date 2018-11-30 "Buenos Aires" preferred', // 11
        '    }', //                                           12
        '    review r every 1 year after in_force until expiry', // 13
        '    expiry on the 16th anniversary of in_force', //  14
        '}', //                                               15
        'source s "S"', //                                    16
        ''
    ].join('\n');
    const ws = await lspWorkspace({ 'usmca.pacta': text });
    const usmca = ws.doc('usmca.pacta');
    const ranges = await ws.services.Pacta.lsp.FoldingRangeProvider!.getFoldingRanges(usmca, { textDocument: { uri: usmca.textDocument.uri } });
    expect(ranges.map(r => [r.startLine + 1, r.endLine + 1, r.kind ?? 'block']).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
        // a range ends on the line before its closing `*/` or `}` (which stays visible)
        [3, 4, 'comment'],
        [6, 14, 'block'],
        [7, 8, 'block'],
        [10, 11, 'block']
    ]);
});

test('semantic tokens: what each name stands for', async () => {
    const ws = await lspWorkspace({
        'a.pacta':
            'state US "United States"\nsource doc "Doc"\nagreement a "A" {\n    kind framework\n    parties US\n    signed 2026-01-01 { cite doc }\n'
            + '    commitment c { by US\n due within 30 days after signed }\n    mechanism m: stockpile { parties US\n amount 5 million USD }\n}\n'
    });
    const document = ws.doc('a.pacta');
    const provider = ws.services.Pacta.lsp.SemanticTokenProvider!;
    const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.textDocument.uri } });
    const decoded = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document).map(t => `${t.text}:${t.tokenType}`);
    expect(decoded).toEqual([
        'US:class',
        'doc:decorator',
        'a:namespace',
        'framework:type',
        'US:class',
        '2026-01-01:number',
        'doc:decorator',
        'c:function',
        'US:class',
        '30:number',
        'signed:event',
        'm:variable',
        'stockpile:type',
        'US:class',
        '5:number',
        'USD:enumMember'
    ]);
});

test('semantic tokens: the anchors of every deadline form are events or commitments', async () => {
    const ws = await lspWorkspace({
        'a.pacta':
            'agreement a "A" {\n    signed 2026-01-01\n    in_force upon signed\n    expiry 2036-01-01\n'
            + '    review r every 2 years after in_force until expiry\n    commitment c { due on the first day of the 3rd month following signed }\n'
            + '    commitment d { due latest of (c, 2027-01-01) }\n}\n'
    });
    const document = ws.doc('a.pacta');
    const provider = ws.services.Pacta.lsp.SemanticTokenProvider!;
    const tokens = await provider.semanticHighlight(document, { textDocument: { uri: document.textDocument.uri } });
    const decoded = SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document).map(t => `${t.text}:${t.tokenType}`);
    expect(decoded).toEqual(expect.arrayContaining(['in_force:event', 'expiry:event', 'signed:event', 'c:function', '3rd:number', '2:number']));
    expect(decoded.filter(t => t === 'signed:event')).toHaveLength(2);
});
