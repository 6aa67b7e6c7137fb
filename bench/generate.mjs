// Deterministic generator of a benchmark workspace: one parties file and N-1 agreement files of
// about L lines each, written three times with the same content: as .pacta, as .yaml and as .json.
// Same (files, lines, seed) → same bytes. No Math.random.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/** mulberry32: a small, fast, seeded PRNG. */
export function prng(seed) {
    let a = seed >>> 0;
    const next = () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
    const pick = list => list[Math.floor(next() * list.length)];
    const some = (list, lo, hi) => {
        const pool = [...list];
        const out = [];
        for (let n = Math.min(int(lo, hi), pool.length); n > 0; n--) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
        return out;
    };
    return { next, int, pick, some, chance: p => next() < p };
}

// ISO 3166-1 alpha-2 codes; titles come from the runtime's CLDR data.
const STATES = ('US MX CA JP AU KR IN ID VN PH TH MY SG BR AR CL PE CO BO ZA CD ZM ZW NA BW MA EG NG KE TZ GH SA AE QA ' + 'TR UA KZ UZ MN GB NO FR DE IT ES PT PL SE FI NL BE AT CZ NZ CH').split(' ');
const BLOCS = [
    ['EU', 'European Union', ['FR', 'DE', 'IT', 'ES', 'PT', 'PL', 'SE', 'FI', 'NL', 'BE', 'AT', 'CZ']],
    ['ASEAN', 'Association of Southeast Asian Nations', ['ID', 'VN', 'PH', 'TH', 'MY', 'SG']],
    ['MERCOSUR', 'Southern Common Market', ['BR', 'AR']],
    ['SADC', 'Southern African Development Community', ['ZA', 'CD', 'ZM', 'ZW', 'NA', 'BW', 'TZ']],
    ['QUAD', 'Quadrilateral Security Dialogue', ['US', 'JP', 'AU', 'IN']]
];
const AGENCY_ROLES = [
    ['trade', 'ministry of trade'],
    ['mining', 'ministry of mines'],
    ['energy', 'ministry of energy']
];
const CURRENCIES = ['USD', 'EUR', 'JPY', 'AUD', 'CAD', 'GBP', 'MXN', 'KRW', 'INR', 'BRL', 'CHF', 'ZAR'];
const RESOURCES = ['lithium', 'cobalt', 'nickel', 'graphite', 'rare_earths', 'gallium', 'germanium', 'copper', 'manganese', 'tungsten'];
const SECTORS = ['mining', 'processing', 'refining', 'recycling', 'battery manufacturing', 'magnets'];
const KINDS = ['treaty', 'trade_agreement', 'framework', 'mou', 'joint_statement', 'action_plan', 'partnership', 'fund_agreement'];
const MECHANISM_KINDS = [
    'price_floor',
    'border_adjusted_price_floor',
    'standards_based_market',
    'price_gap_subsidy',
    'offtake_agreement',
    'coordinated_stockpile',
    'strategic_reserve',
    'project_finance',
    'loan',
    'grant',
    'investment_fund',
    'investment_screening',
    'permitting_acceleration',
    'geological_mapping',
    'joint_research',
    'technical_and_regulatory_cooperation',
    'information_sharing',
    'working_group',
    'recycling_consortium',
    'offtake_pool'
];
const VERBS = [
    'finalize a memorandum of understanding on',
    'implement an action plan for',
    'fund feasibility studies of',
    'coordinate stockpiles of',
    'share geological data on',
    'open talks on a price floor for',
    'streamline permits for'
];
const REGIONS = ['new projects', 'existing mines', 'refining capacity', 'recycling plants', 'supply chains', 'processing hubs'];
const ORD = n => n + (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
const DAY = 86_400_000;
const iso = t => new Date(t).toISOString().slice(0, 10);
const agreementName = i => `ag${String(i).padStart(4, '0')}`;

/** The parties file: states, blocs with members, agencies of both, user mechanism kinds, sources. */
export function partiesModel() {
    const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
    const parties = STATES.map(code => ({ kind: 'state', name: code, title: regionNames.of(code) }));
    for (const [name, title, members] of BLOCS) parties.push({ kind: 'bloc', name, title, members });
    for (const owner of [...STATES, ...BLOCS.map(b => b[0])]) {
        for (const [role, what] of AGENCY_ROLES) parties.push({ kind: 'agency', name: `${owner}_${role}`, title: `${owner} ${what}`, of: owner });
    }
    return {
        parties,
        mechanismKinds: [
            { name: 'recycling_consortium', title: 'Recycling consortium' },
            { name: 'offtake_pool', title: 'Pooled offtake' }
        ],
        sources: Array.from({ length: 20 }, (_, i) => ({
            name: `src${i + 1}`,
            title: `Press release ${i + 1}`,
            url: `https://example.org/press/${i + 1}`,
            published: iso(Date.UTC(2020, 0, 1) + i * 60 * DAY)
        }))
    };
}

/** One agreement whose rendering is about `lines` long; `index` ≥ 1, earlier agreements are its anchors and targets. */
export function agreementModel(index, lines, rnd) {
    const instrument = rnd.chance(0.1);
    const binding = instrument || rnd.chance(0.5) ? 'binding' : 'nonbinding';
    const owners = [...STATES, ...BLOCS.map(b => b[0])];
    const parties = instrument ? [rnd.pick(STATES)] : rnd.some(owners, 2, 5);
    const agencies = parties.flatMap(p => AGENCY_ROLES.map(([role]) => `${p}_${role}`));
    // Later agreements are announced later (4 days apart, give or take), so that a relation to an
    // earlier agreement (`implements ag0001`) never starts before its target.
    const announced = Date.UTC(2015, 0, 1) + (index * 4 + rnd.int(0, 3)) * DAY;
    const signed = announced + rnd.int(0, 90) * DAY;
    const inForce = signed + rnd.int(0, 400) * DAY;
    const hasExpiry = rnd.chance(0.7);
    const events = [
        { kind: 'announced', date: iso(announced), by: [rnd.pick(agencies)], cite: [{ source: `src${rnd.int(1, 20)}`, locator: `p. ${rnd.int(1, 40)}` }] },
        { kind: 'signed', date: iso(signed), by: parties.slice(0, 2) },
        { kind: 'in_force', date: iso(inForce) }
    ];
    if (hasExpiry) events.push({ kind: 'expiry', date: iso(inForce + rnd.int(20, 30) * 365 * DAY) });
    const a = {
        form: instrument ? 'instrument' : 'agreement',
        name: agreementName(index),
        title: `${instrument ? 'Executive order' : 'Agreement'} ${index} on ${rnd.pick(RESOURCES).replace('_', ' ')} supply`,
        kind: instrument ? 'executive_order' : rnd.pick(KINDS),
        binding,
        roles: instrument ? { parties, implementing: [agencies[0]] } : { parties, lead: [rnd.pick(agencies)] },
        resources: rnd.some(RESOURCES, 1, 4),
        sectors: rnd.some(SECTORS, 1, 3),
        events,
        mechanisms: [],
        commitments: [],
        relations: []
    };
    const relations = index > 1 ? Math.min(index - 1, rnd.int(1, 3)) : 0;
    for (let r = 0; r < relations; r++) {
        a.relations.push({ kind: rnd.pick(['builds_on', 'references', 'implements']), target: agreementName(rnd.int(Math.max(1, index - 200), index - 1)) });
    }
    const modalities = binding === 'binding' ? ['shall', 'will', 'may', 'shall not'] : ['will', 'will explore', 'intends to', 'may'];
    let used = 11 + events.length + (events[0].cite ? 2 : 0) + (a.relations.length ? 1 + a.relations.length : 0) + 1;
    while (used + 5 <= lines) {
        if (a.mechanisms.length <= a.commitments.length / 2) {
            const m = { name: `m${a.mechanisms.length + 1}`, kind: rnd.pick(MECHANISM_KINDS), status: rnd.pick(['exploring', 'agreed', 'operational']), parties: rnd.some(parties, 1, 3) };
            if (rnd.chance(0.6)) {
                m.amount = {
                    qualifier: rnd.pick(['up to', 'at least', 'about', 'exactly']),
                    value: rnd.chance(0.3) ? `${rnd.int(1, 9)}.${rnd.int(1, 9)}` : String(rnd.int(1, 500)),
                    scale: rnd.pick(['million', 'billion']),
                    currency: rnd.pick(CURRENCIES),
                    scope: m.parties.length > 1 && rnd.chance(0.3) ? 'each' : 'in total'
                };
            }
            m.note = `Covers ${rnd.pick(a.resources).replace('_', ' ')} ${rnd.pick(REGIONS)}.`;
            a.mechanisms.push(m);
            used += 6 + (m.amount ? 1 : 0);
            continue;
        }
        const c = {
            name: `c${a.commitments.length + 1}`,
            by: rnd.some([...parties, ...agencies], 1, 2),
            modality: rnd.pick(modalities),
            text: `${rnd.pick(VERBS)} ${rnd.pick(a.resources).replace('_', ' ')} ${rnd.pick(REGIONS)}`
        };
        if (rnd.chance(0.5)) c.mechanism = rnd.pick(a.mechanisms).name;
        const roll = rnd.next();
        const chained = a.commitments.filter(x => x.depth === 0);
        c.depth = 0;
        if (roll < 0.15 && index > 1) {
            c.due = { bound: 'not before', amount: rnd.int(1, 5), unit: 'years', direction: 'after', anchor: `${agreementName(rnd.int(Math.max(1, index - 200), index - 1))}.in_force` };
        } else if (roll < 0.35) {
            c.due = { anniversary: rnd.int(1, 10), anchor: 'in_force' };
        } else if (roll < 0.45 && hasExpiry) {
            c.due = { bound: 'no later than', amount: rnd.int(1, 12), unit: 'months', direction: 'before', anchor: 'expiry' };
        } else if (roll < 0.6 && chained.length > 0) {
            c.due = { bound: 'within', amount: rnd.int(1, 18), unit: 'months', direction: 'after', anchor: rnd.pick(chained).name };
            c.depth = 1;
        } else if (roll < 0.7) {
            c.due = { date: iso(inForce + rnd.int(30, 3000) * DAY) };
        } else if (roll < 0.76) {
            // business days, counted with the holiday calendar of a state party
            const states = parties.filter(p => STATES.includes(p) && p !== 'QA' && p !== 'MN'); // date-holidays has no calendar for these two
            c.due = { bound: 'within', amount: rnd.int(2, 40), unit: 'business days', calendars: [states.length ? rnd.pick(states) : 'US'], direction: 'after', anchor: 'signed' };
        } else if (roll < 0.8) {
            c.due = { edge: rnd.pick(['first', 'last']), month: rnd.int(1, 6), anchor: rnd.pick(['signed', 'in_force']) };
        } else if (roll < 0.84 && hasExpiry) {
            c.due = { every: rnd.int(1, 5), unit: 'years', anchor: 'in_force', until: 'expiry' };
        } else {
            const [unit, max] = rnd.pick([
                ['days', 180],
                ['weeks', 12],
                ['months', 18],
                ['years', 5]
            ]);
            c.due = { bound: rnd.pick(['within', 'no later than', 'on']), amount: rnd.int(1, max), unit, direction: 'after', anchor: rnd.pick(['announced', 'signed', 'in_force']) };
        }
        if (c.due.amount === 1) c.due.unit = c.due.unit.replace(/s$/, '');
        c.status = rnd.pick(['pending', 'in_progress', 'fulfilled']);
        if (rnd.chance(0.3)) c.cite = [{ source: `src${rnd.int(1, 20)}`, locator: `paragraph ${rnd.int(1, 12)}` }];
        if (rnd.chance(0.3)) c.doc = `${c.by.join(' and ')} ${c.modality} ${c.text}.`;
        a.commitments.push(c);
        used += 7 + (c.mechanism ? 1 : 0) + (c.cite ? 1 : 0) + (c.doc ? 1 : 0);
    }
    for (const c of a.commitments) delete c.depth;
    return a;
}

// ------------------------------------------------------------------ rendering as .pacta
const q = s => JSON.stringify(s);
const list = xs => xs.join(', ');
const dueText = d =>
    d.date
    ?? (d.anniversary
        ? `on the ${ORD(d.anniversary)} anniversary of ${d.anchor}`
        : d.edge
          ? `on the ${d.edge} day of the ${ORD(d.month)} month following ${d.anchor}`
          : d.every
            ? `every ${d.every} ${d.unit} after ${d.anchor} until ${d.until}`
            : `${d.bound} ${d.amount} ${d.unit}${d.calendars ? ` in ${d.calendars.join(', ')}` : ''} ${d.direction} ${d.anchor}`);

export function renderPartiesPacta(model) {
    const out = ['// Parties of the benchmark workspace: states (ISO 3166-1), blocs and agencies.', ''];
    for (const k of model.mechanismKinds) out.push(`mechanism_kind ${k.name} ${q(k.title)}`);
    out.push('');
    for (const s of model.sources) out.push(`source ${s.name} ${q(s.title)} {`, `    url ${q(s.url)}`, `    published ${s.published}`, '}');
    out.push('');
    for (const p of model.parties) {
        if (p.kind === 'bloc') out.push(`bloc ${p.name} ${q(p.title)} {`, `    members ${list(p.members)}`, '}');
        else if (p.kind === 'agency') out.push(`agency ${p.name} ${q(p.title)} of ${p.of}`);
        else out.push(`${p.kind} ${p.name} ${q(p.title)}`);
    }
    return out.join('\n') + '\n';
}

export function renderAgreementPacta(a) {
    const out = [`/**`, ` * ${a.title}.`, ` */`, `${a.form} ${a.name} ${q(a.title)} {`, `    kind ${a.kind}`, `    ${a.binding}`];
    for (const [role, ps] of Object.entries(a.roles)) out.push(`    ${role} ${list(ps)}`);
    out.push(`    resources ${list(a.resources)}`, `    sectors ${list(a.sectors.map(q))}`, '');
    for (const e of a.events) {
        const head = `    ${e.kind} ${e.date}${e.by ? ` by ${list(e.by)}` : ''}`;
        if (e.cite) out.push(`${head} {`, ...e.cite.map(c => `        cite ${c.source} ${q(c.locator)}`), '    }');
        else out.push(head);
    }
    for (const m of a.mechanisms) {
        out.push('', `    mechanism ${m.name}: ${m.kind} {`, `        status ${m.status}`, `        parties ${list(m.parties)}`);
        if (m.amount) out.push(`        amount ${m.amount.qualifier} ${m.amount.value} ${m.amount.scale} ${m.amount.currency} ${m.amount.scope}`);
        out.push(`        note ${q(m.note)}`, '    }');
    }
    for (const c of a.commitments) {
        out.push('', ...(c.doc ? [`    /** ${c.doc} */`] : []), `    commitment ${c.name} {`, `        by ${list(c.by)}`, `        ${c.modality} ${q(c.text)}`);
        if (c.mechanism) out.push(`        mechanism ${c.mechanism}`);
        out.push(`        due ${dueText(c.due)}`, `        status ${c.status}`, ...(c.cite ?? []).map(x => `        cite ${x.source} ${q(x.locator)}`), '    }');
    }
    if (a.relations.length) out.push('', ...a.relations.map(r => `    ${r.kind} ${r.target}`));
    out.push('}');
    return out.join('\n') + '\n';
}

/**
 * Writes `<dir>/pacta/*.pacta`, `<dir>/yaml/*.yaml` and `<dir>/json/*.json` (same content, one file each).
 * Returns the size of each form: files, lines, bytes. `forms` limits what is written (the 100,000-file
 * workspace of the scale row needs only the .pacta files; same content, same bytes).
 */
export function generateWorkspace(dir, { files = 1000, lines = 100, seed = 20260204, forms = ['pacta', 'yaml', 'json'] } = {}) {
    const rnd = prng(seed);
    const size = {};
    for (const form of forms) {
        fs.mkdirSync(path.join(dir, form), { recursive: true });
        size[form] = { files: 0, lines: 0, bytes: 0 };
    }
    const write = (name, model, pactaText) => {
        const render = { pacta: () => pactaText, yaml: () => yaml.dump(model, { lineWidth: -1, noRefs: true }), json: () => JSON.stringify(model, null, 2) + '\n' };
        for (const form of forms) {
            const text = render[form]();
            fs.writeFileSync(path.join(dir, form, `${name}.${form}`), text);
            size[form].files++;
            size[form].lines += text.split('\n').length - 1;
            size[form].bytes += Buffer.byteLength(text);
        }
    };
    const parties = partiesModel();
    write('parties', parties, renderPartiesPacta(parties));
    for (let i = 1; i < files; i++) {
        const a = agreementModel(i, lines, rnd);
        write(agreementName(i), { agreements: [a] }, renderAgreementPacta(a));
    }
    return size;
}
