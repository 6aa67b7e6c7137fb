// `langium generate`, without the grammar warnings the language means to have.
//
// Langium warns about every single-valued field (`office=STRING`, `uncertain?='uncertain'`...)
// that sits in a block whose fields may come in any order (`PartyMember*`, `Cited*`...): it could
// be written twice, and then the parser keeps the last value. Pacta keeps these fields
// single-valued on purpose (the AST, the JSON output and the goldens have one value, not a list)
// and reports a repetition to the user itself (the `pacta/repeated-field` rule and the claim
// forms `... or ...`). Turning them into `+=` lists would change the AST of every consumer.
// langium-cli has no option to turn one grammar check off, so the known warnings are filtered here,
// by field name; any other warning, or one on a field not listed below, is printed as before.
// PACTA_GRAMMAR_WARNINGS=all prints them all; PACTA_GRAMMAR_WARNINGS=count says how many were hidden.
import { generate } from 'langium-cli';
import { generateHolidayData } from './generate-holidays.mjs';

/** Fields that may be written more than once in a block on purpose (see above). */
const SINGLE_VALUED_IN_ANY_ORDER = new Set([
    'accessed',
    'amount',
    'amountNote',
    'binding',
    'bindingNote',
    'due',
    'dueNote',
    'holidays',
    'kind',
    'kindNote',
    'mechanism',
    'modality',
    'note',
    'office',
    'preferred',
    'published',
    'publisher',
    'requiresRatification',
    'status',
    'statusNote',
    'text',
    'uncertain',
    'when'
]);

// Langium's wording, in langium/lib/grammar/validation/validator.js (checkOperatorMultiplicities...).
const MULTIPLE_ASSIGNMENTS = /Found multiple assignments to '([^']+)' with the '\??=' assignment operator\./;
// The message may be coloured (chalk) when the output is a terminal.
const ANSI = /\u001b\[[0-9;]*m/g;

const showAll = process.env.PACTA_GRAMMAR_WARNINGS === 'all';
const warn = console.warn.bind(console);
let hidden = 0;
console.warn = (message, ...rest) => {
    const match = typeof message === 'string' ? MULTIPLE_ASSIGNMENTS.exec(message.replace(ANSI, '')) : null;
    if (!showAll && match && SINGLE_VALUED_IN_ANY_ORDER.has(match[1])) {
        hidden++;
        return;
    }
    warn(message, ...rest);
};

try {
    const success = await generate({ file: 'langium-config.json', watch: false });
    // The holiday calendars, one file per country (see generate-holidays.mjs).
    if (success) generateHolidayData();
    if (hidden > 0 && process.env.PACTA_GRAMMAR_WARNINGS === 'count') {
        console.log(`${hidden} known multiple-assignment warnings not shown (scripts/generate.mjs)`);
    }
    process.exit(success ? 0 : 2);
} catch (error) {
    console.error(error);
    process.exit(1);
}
