// Generated Pacta texts for the editor benchmarks.

export const PARTY_CODES = ['US', 'MX', 'CA', 'JP', 'AU', 'DE', 'FR', 'GB', 'IN', 'BR'];

/** The parties every workload refers to. */
export function partiesText() {
    const out = ['// Generated for the editor benchmarks: the parties the other files refer to.', ''];
    for (const code of PARTY_CODES) out.push(`state ${code} "State ${code}"`);
    out.push('bloc EU "European Union"', 'agency USTR "Office of the U.S. Trade Representative" of US', '');
    return out.join('\n');
}

/** One agreement (24 lines) with events, commitments, relative deadlines and a mechanism; `n` > 0 builds on the one before. */
function agreementLines(prefix, n) {
    const a = PARTY_CODES[n % PARTY_CODES.length];
    const b = PARTY_CODES[(n + 3) % PARTY_CODES.length];
    return [
        `/** Agreement number ${n}. */`,
        `agreement ${prefix}${n} "Pact ${n}" {`,
        '    kind framework',
        '    nonbinding',
        `    parties ${a}, ${b}, EU`,
        `    signed 2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')} by USTR`,
        '    in_force within 60 days after signed',
        '',
        '    commitment plan {',
        `        by ${a}, ${b}`,
        '        will "adopt an action plan on critical minerals"',
        '        due within 30 days after signed',
        '    }',
        '    commitment review_plan {',
        `        by ${a}`,
        '        intends to "review the plan with the other parties"',
        '        due no later than 6 months after in_force',
        '    }',
        `    mechanism reserve: strategic_reserve {`,
        `        parties ${a}, ${b}`,
        '        amount up to 2 billion USD in total',
        '    }',
        n > 0 ? `    builds_on ${prefix}${n - 1}` : '    sectors "mining"',
        '}',
        ''
    ];
}

/** One document of about `lines` lines: the parties, then agreements. */
export function singleDocument(lines) {
    const out = ['// Generated for the latency benchmark.', '', ...partiesText().split('\n').slice(2)];
    let n = 0;
    while (out.length < lines - 30) out.push(...agreementLines('pact_', n++));
    return { text: out.join('\n') + '\n', agreements: n };
}

/** A file of `agreements` agreements named `<prefix>0…`, referring to the parties of `partiesText`. */
export function agreementsFile(prefix, agreements) {
    const out = ['// Generated for the editor benchmarks.', ''];
    for (let n = 0; n < agreements; n++) out.push(...agreementLines(prefix, n));
    return out.join('\n');
}
