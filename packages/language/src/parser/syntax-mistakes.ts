import { closestMatch } from '../reference-data/closest.js';
import { excerpt } from '../text/visible-text.js';
import type { Explanation, SyntaxErrorContext } from './syntax-error-explainer.js';

/**
 * Common mistakes, each recognised from the parser's finding and the text around it, with a
 * message that says what is wrong and a hint that shows the right form. The first that matches
 * wins; each test looks at a bounded window of text (`WINDOW`), never at the whole file.
 */
type Mistake = (c: SyntaxErrorContext) => Explanation | undefined;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_DATE = new RegExp(`(?:\\b(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4})`, 'i');
const DATE_TIME = /\d{4}-\d{2}-\d{2}(?:T\d|\s+\d{1,2}:\d{2}|\s+(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT|JST)\b|[+-]\d{2}:\d{2}|Z\b)/;
const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)$/i;
const LIST_FIELDS = /\b(parties|signatories|lead|implementing|beneficiaries|observers|participants|chair|by|members|resources|stages|for|in)\s+[\w.]+(\s*,\s*[\w.]+)*\s*$/;
const LIST_WORD_ALONE = /\b(parties|signatories|lead|implementing|beneficiaries|observers|participants|chair|members|resources|stages)[ \t]*\r?\n\s*[\w.]+\s*$/;
const FIELD_BEFORE =
    /\b(kind|status|binding|parties|signatories|lead|implementing|beneficiaries|by|due|note|amount|office|url|publisher|published|accessed|code|holidays|resources|stages|sectors|members|mechanism)\s*$/;
const ROLES = '`parties`, `signatories`, `lead`, `implementing`, `beneficiaries`, `observers`, `participants` or `chair`';
const DATE_HINT = 'write a date as year-month-day: `2026-02-04` (or `2026-02` for a month, `year 2026` for a year)';

const rule = (c: SyntaxErrorContext): string => c.rules.at(-1) ?? 'Document';
const inRule = (c: SyntaxErrorContext, name: string): boolean => c.rules.includes(name);
/** In a date or deadline: `TimeExpr`, or `DueTime` (the same where `by DATE` may open it). */
const inTime = (c: SyntaxErrorContext): boolean => inRule(c, 'TimeExpr') || inRule(c, 'DueTime');
const quoted = (c: SyntaxErrorContext): string => `\`${excerpt(c.token)}\``;

const MISTAKES: Mistake[] = [
    // --- the lexer: characters Pacta has no use for
    c =>
        DATE_TIME.test(c.before.slice(-24) + c.after.slice(0, 32))
            ? { message: 'A date has no time of day or time zone.', hint: 'Write the day only, e.g. `2026-02-04`: Pacta records dates, not times.' }
            : undefined,
    c =>
        c.kind === 'lexer' && /^"/.test(c.token)
            ? {
                  message: 'This text has no closing quote.',
                  hint: 'Close the text with `"` on the same line: `"implement the action plan"` (a text is written on one line; `\\"` writes a quote inside it).'
              }
            : undefined,
    c => (c.kind === 'lexer' && /^['‘’“”]/.test(c.token) ? { message: `Text is written in straight double quotes, not ${quoted(c)}.`, hint: 'Write `"implement the action plan"`.' } : undefined),
    c =>
        (c.token.startsWith('%') || c.token === 'percent') && /\d\s*$/.test(c.before) && !inRule(c, 'Figure')
            ? { message: 'A percentage is not an amount of money.', hint: 'An `amount` is money (`amount 12 billion USD`); write a share as a figure: `figure share 25 % "of the fund"`.' }
            : undefined,
    c =>
        /\bamount\s+[\w\s.]*\d\s*$/.test(c.before) && /^(days?|weeks?|months?|years?|business)$/.test(c.token)
            ? { message: 'A period is not an amount of money.', hint: 'An `amount` is money (`amount 12 billion USD`); write a period as a figure: `figure term 10 years "of the loan"`.' }
            : undefined,
    c =>
        c.kind === 'lexer' && /^[$€£¥]/.test(c.token)
            ? { message: `Write the currency as its ISO code after the number, not ${quoted(c)}.`, hint: 'Write `amount 12 billion USD` (or EUR, JPY, …).' }
            : undefined,
    c => (c.kind === 'lexer' && c.token.startsWith(';') ? { message: 'Lines do not end with `;`.', hint: 'Remove the `;`: each field stands on its own line.' } : undefined),
    c =>
        c.kind === 'lexer' && c.token.startsWith('/') && /\d{1,2}\/\d{1,2}\/\d{2,4}/.test(c.before.slice(-6) + c.after.slice(0, 10))
            ? { message: 'A date is written year-month-day, not with slashes.', hint: `${capital(DATE_HINT)}.` }
            : undefined,
    // --- dates and deadlines
    c =>
        /\d{4}-\d{2}(-\d{2})?\s+$/.test(c.before) && /^\d{1,2}(:\d{2}|\s*(am|pm)\b)/i.test(c.after)
            ? { message: 'A date has no time of day.', hint: 'Write the day only, e.g. `2026-02-04`: Pacta records dates, not times.' }
            : undefined,
    c =>
        /\d{4}-\d{2}(-\d{2})?\s+$/.test(c.before) && /^(to|until|till|through|-|–)\s+\d{4}-\d{2}/.test(c.after)
            ? { message: 'A date range is not a date.', hint: 'Write the date by which it is due (`due 2026-03-01`), or one event for the start and one for the end.' }
            : undefined,
    c => (MONTH_DATE.test(c.before + c.after) ? { message: 'A date is written year-month-day, not with the name of the month.', hint: `${capital(DATE_HINT)}.`, place: false } : undefined),
    c =>
        /\bdue\s+by\s*$/.test(c.before) || (c.token === 'by' && /\bdue\s+$/.test(c.before))
            ? {
                  message: '`due by` takes a date (`due by 2026-01-03`); a period is counted with `within`.',
                  hint: 'Write `due within 30 days after signed` for a period, or `due by 2026-01-03` for a date.'
              }
            : undefined,
    c =>
        c.token === 'about' && inTime(c)
            ? { message: 'A date cannot be approximate.', hint: 'Write as much of the date as the source gives (`2026-04`, `year 2026`) and mark the fact `uncertain`.' }
            : undefined,
    // "one year after the date of entry into force": the anchor is the event's name.
    c =>
        /\b(after|before|of)\s+$/.test(c.before) && /^the\s+(date|day)\s+(of|on)\s+[A-Za-z_][\w.]*/i.test(c.after) && inTime(c)
            ? {
                  message: `A deadline names the event it counts from: not \`the ${/^the\s+(\w+)/i.exec(c.after)![1]} of\`.`,
                  hint: `Write \`${/\b(after|before|of)\s+$/.exec(c.before)![1]} ${/^the\s+\w+\s+\w+\s+([A-Za-z_][\w.]*)/i.exec(c.after)![1]}\`: the event's name stands for its date.`
              }
            : undefined,
    // "every five years after 31 December 2020": the anchor is an event or commitment, not a date.
    c =>
        /\b(days?|weeks?|months?|years?)\s+(after|before)\s+$/.test(c.before) && (/^\d{4}-\d{2}/.test(c.token) || c.token === 'year') && inTime(c)
            ? {
                  message: `A deadline counts from an event or commitment, not from a date (${quoted(c)}).`,
                  hint: `Declare the date as an event and count from it: \`event first_round "First round" ${c.token === 'year' ? `year ${/^year\s+(\d{4})/.exec(c.after)?.[1] ?? '2026'}` : dateIn(c.token)}\`, then \`… ${/\b(after|before)\s+$/.exec(c.before)![1]} first_round\`.`
              }
            : undefined,
    c =>
        c.kind === 'MismatchedTokenException' && rule(c) === 'OffsetDeadline' && /^\d{4}-\d{2}/.test(c.token)
            ? {
                  message: `\`${boundBefore(c)}\` counts a period from an event; it is not followed by a date.`,
                  // From a date on (a duty that starts then) is not a one-day deadline: it counts from an event.
                  hint:
                      boundBefore(c) === 'not before'
                          ? `For an obligation from that day on, declare the date as an event and count from it: \`event starts "Starts" ${dateIn(c.token)}\`, then \`due not before 0 days after starts\`.`
                          : `Write \`due by ${dateIn(c.token)}\` (no later than that day), or a period: \`due ${boundBefore(c)} 30 days after signed\`.`
              }
            : undefined,
    c => (rule(c) === 'OffsetDeadline' && NUMBER_WORDS.test(c.token) ? { message: 'A number is written in digits.', hint: `Write \`${numberOf(c.token)}\` instead of ${quoted(c)}.` } : undefined),
    c =>
        rule(c) === 'OffsetDeadline' && ['of', 'from', 'following', 'since'].includes(c.token)
            ? { message: `A period counts \`after\` or \`before\` an event, not ${quoted(c)}.`, hint: 'Write e.g. `within 60 days after announced`.' }
            : undefined,
    c =>
        rule(c) === 'OffsetDeadline' && /^[a-z]+$/i.test(c.token) && closestMatch(c.token, ['after', 'before'])
            ? {
                  message: `${capital(quoted(c))} is not a word of the language: did you mean \`${closestMatch(c.token, ['after', 'before'])!}\`?`,
                  hint: 'A period counts `after` or `before` an event, e.g. `within 60 days after announced`.'
              }
            : undefined,
    c =>
        rule(c) === 'OffsetDeadline' && c.kind === 'NoViableAltException'
            ? { message: 'A period needs the event it counts from.', hint: 'Write `after` or `before` and the event, e.g. `within 60 days after announced`.' }
            : undefined,
    c =>
        (/^\d+$/.test(c.token) && /^\d+\s+anniversary\b/.test(c.after)) || (/\b\d+\s+anniversary\b/.test(c.after) && inTime(c))
            ? { message: 'An anniversary is counted with an ordinal.', hint: 'Write `on the 6th anniversary of in_force` (1st, 2nd, 3rd, 4th…).' }
            : undefined,
    c =>
        /\bon\s+(\d{4})\s*$/.test(c.preceding) && rule(c) === 'TimeUnit'
            ? {
                  message: `A year is written \`year ${/(\d{4})\s*$/.exec(c.preceding)![1]}\`, not \`on ${/(\d{4})\s*$/.exec(c.preceding)![1]}\`.`,
                  hint: 'Write `on` with a whole date (`on 2025-06-30`), or a year as `year 2025` (e.g. `terminated year 2025`).'
              }
            : undefined,
    c => (c.token === 'in' && /^in\s+\d{4}\b/.test(c.after) ? { message: 'A year is written `year 2026`, not `in 2026`.', hint: 'Write e.g. `signed year 2026`.' } : undefined),
    // --- amounts
    c =>
        (inRule(c, 'Money') || inRule(c, 'Quantity')) && /^(over|under|around|approximately|nearly|almost|roughly)$/i.test(c.token)
            ? {
                  message: `${quoted(c)} is not a qualifier of an amount.`,
                  hint: 'Write `at least`, `up to`, `about`, `exactly`, `more than` or `less than` before the number, e.g. `amount more than 2 billion USD`.'
              }
            : undefined,
    c => (inRule(c, 'Money') && /^[A-Z]{3}$/.test(c.token) ? { message: 'The currency comes after the number.', hint: `Write e.g. \`amount 12 billion ${c.token}\`.` } : undefined),
    c =>
        c.token === ',' && /\d$/.test(c.before) && /^,\d{3}/.test(c.after)
            ? { message: 'Thousands are not separated with commas.', hint: 'Write `12_000_000` (the `_` is only for reading) or `12 million`.' }
            : undefined,
    // --- names and titles
    // `holidays US`, `publisher USTR`: these fields take a text.
    c =>
        /\b(holidays|code|office|publisher|note|url)[ \t]+$/.test(c.before) && /^[A-Za-z][\w-]*$/.test(c.token) && c.message.includes('double quotes')
            ? {
                  message: `\`${/\b(\w+)[ \t]+$/.exec(c.before)![1]}\` takes a text in double quotes, not a name.`,
                  hint: `Write \`${/\b(\w+)[ \t]+$/.exec(c.before)![1]} "${excerpt(c.token)}"\`.`
              }
            : undefined,
    c =>
        rule(c) === 'Citation' || (rule(c) === 'Name' && inRule(c, 'Citation'))
            ? c.token.startsWith('"')
                ? {
                      message: '`cite` names a source declared with `source`, not a text.',
                      hint: 'Declare the source once, e.g. `source ustr_release "USTR press release" { url "https://…" }`, then write `cite ustr_release`.'
                  }
                : undefined
            : undefined,
    c =>
        rule(c) === 'Name' && /,[ \t]*\r?\n\s*$/.test(c.preceding) && /^[a-z_]+$/.test(c.token) && c.kind === 'NoViableAltException'
            ? { message: 'The list on the line above ends with a comma.', hint: 'Remove the comma after the last item of the list.' }
            : undefined,
    c =>
        rule(c) === 'Name' && /^[a-z_]+$/.test(c.token) && c.kind === 'NoViableAltException'
            ? { message: `${quoted(c)} is a word of the language and cannot be a name.`, hint: `Choose another name, e.g. \`${excerpt(c.token)}_report\` (see "Names" in docs/language.md).` }
            : undefined,
    c =>
        (c.token === ':' || c.token === '=') && FIELD_BEFORE.test(c.before)
            ? {
                  message: `No ${quoted(c)} after \`${FIELD_BEFORE.exec(c.before)![1]}\`.`,
                  hint: `Write the value right after the word, e.g. \`${FIELD_BEFORE.exec(c.before)![1]} ${excerpt(c.after.slice(1).trim().split(/\s+/)[0] ?? '')}\`.`.replace(' `.', '`.')
              }
            : undefined,
    c =>
        c.kind === 'MismatchedTokenException' && c.token.startsWith('"') && /"\s*$/.test(c.before) && /\b(agreement|instrument|state|bloc|organisation|agency|company|person|source)\b/.test(c.before)
            ? { message: 'A declaration has one title; this is a second one.', hint: 'Keep one title in quotes; write the other in a doc comment (`/** … */`) above the declaration.' }
            : undefined,
    c =>
        c.kind === 'MismatchedTokenException'
        && (c.token === '{' || c.message.includes('a text in double quotes'))
        && /\b(agreement|instrument|state|bloc|organisation|agency|company|person|source)\s+\w+\s*$/.test(c.before)
            ? { message: `${declarationWord(c.before)} has no title.`, hint: `Write the title in quotes after the name: \`${declarationHead(c.before)} "Title"${c.token === '{' ? ' {' : ''}\`.` }
            : undefined,
    c =>
        c.kind === 'MismatchedTokenException' && c.token === '{' && rule(c) === 'Mechanism' && /\bmechanism\s+\w+\s*$/.test(c.before)
            ? {
                  message: 'A mechanism has a kind.',
                  hint: `Write the kind after a colon: \`mechanism ${excerpt(/\bmechanism\s+(\w+)\s*$/.exec(c.before)?.[1] ?? 'NAME')}: action_plan {\` (the built-in kinds are listed in docs/language.md).`
              }
            : undefined,
    // --- blocks and lists
    c =>
        c.token === '{' && /^\s*due\b/.test(c.before) && !/^\{\s*(cite|uncertain)\b/.test(c.after)
            ? { message: 'A deadline is written without braces.', hint: 'Write the date or deadline right after `due`, without `{ }`: `due within 30 days after signed`.' }
            : undefined,
    // `kind`, `binding`, `due`, `status`, `amount` and role lists carry `{ cite … }` since 1.4 (claims on a field).
    c =>
        c.token === '{' && /^\s*(by|note|resources|stages|sectors|office|url)\b/.test(c.before)
            ? {
                  message: `\`${c.before.trim().split(/\s+/)[0]}\` cannot carry citations: no \`{ … }\` after it.`,
                  hint: 'Write `cite SOURCE "locator"` on a line of its own in the enclosing block: it backs the whole block.'
              }
            : undefined,
    c => ((c.token === '}' || c.token === '') && /,\s*$/.test(c.before) ? { message: 'The list ends with a comma.', hint: 'Remove the comma after the last item of the list.' } : undefined),
    c => (c.token === 'and' && LIST_FIELDS.test(c.before) ? { message: 'The items of a list are separated with commas, not `and`.', hint: 'Write e.g. `parties US, MX`.' } : undefined),
    c =>
        /^[A-Za-z_]\w*$/.test(c.token) && LIST_FIELDS.test(c.before) && !/^(by|for|in)$/.test(c.before.trim().split(/\s+/).at(-1) ?? '') && isUnknownWord(c)
            ? { message: 'The items of a list are separated with commas.', hint: `Write a comma before ${quoted(c)}, e.g. \`parties US, MX\`.` }
            : undefined,
    c =>
        LIST_WORD_ALONE.test(c.preceding)
            ? {
                  message: `The list after \`${LIST_WORD_ALONE.exec(c.preceding)![1]}\` is empty, so \`${excerpt(c.before.trim())}\` is read as its first item.`,
                  hint: `Name the items after \`${LIST_WORD_ALONE.exec(c.preceding)![1]}\` on the same line, separated with commas: \`parties US, MX\`.`
              }
            : undefined,
    c =>
        /,\s*\n\s*[\w.]+\s*$/.test(c.preceding) && !/,\s*$/.test(c.before)
            ? { message: `The list on the line above ends with a comma, so \`${excerpt(c.before.trim())}\` is read as one more item of it.`, hint: 'Remove the comma after the last item of the list.' }
            : undefined,
    c =>
        rule(c) === 'Commitment' && /^[A-Za-z_]\w*$/.test(c.token) && /^\w+(\s*,\s*\w+)*\s+(shall|will|may|intends)\b/.test(c.after)
            ? {
                  message: 'Who commits is written with `by`.',
                  hint: `Write \`by ${excerpt(c.after.split(/\s+(shall|will|may|intends)\b/)[0]!.trim())}\` on a line of its own, then the modality and text (\`will "…"\`).`
              }
            : undefined,
    c =>
        rule(c) === 'Commitment' && /^(must|should|shall|agrees?|commits?|undertakes?|can|might|would|aims?|plans?|seeks?)$/.test(c.token)
            ? {
                  message: `${quoted(c)} is not a modality.`,
                  hint: 'Use `shall` (a legal obligation), `will` (a commitment), `will explore`, `intends to` (an aim) or `may` (a permission), then the text in quotes.'
              }
            : undefined,
    c =>
        rule(c) === 'Mechanism' && /^(signatories|implementing|beneficiaries|observers|chair|members)$/.test(c.token)
            ? {
                  message: `A mechanism lists who takes part with \`parties\`, \`lead\` or \`participants\`, not ${quoted(c)}.`,
                  hint: `Write \`parties …\` (parties to the agreement), \`lead …\` or \`participants …\` (anyone); the roles ${ROLES} belong to the agreement.`
              }
            : undefined,
    c =>
        rule(c) === 'Agreement' && /^(observer|participant|members|signatory|party|partners?|countries)$/.test(c.token)
            ? { message: `${quoted(c)} is not a role.`, hint: `The roles are ${ROLES}; mention others in a comment or a note.` }
            : undefined,
    c =>
        c.token === '' && c.message.includes('`}` to close')
            ? { message: `The file ends before the ${blockWord(c)} is closed: a \`}\` is missing.`, hint: `Close the ${blockWord(c)} with \`}\` after its last line.` }
            : undefined,
    c =>
        (rule(c) === 'Commitment' || rule(c) === 'Mechanism' || rule(c) === 'Event')
        && /^(commitment|mechanism|announced|signed|ratified|in_force|provisional_application|review|expiry|terminated|withdrawal|event|builds_on|implements|amends|supersedes|succeeds|continues|references|reviewed_by|kind|binding|nonbinding|signatories|beneficiaries)$/.test(
            c.token
        )
            ? { message: `A \`}\` is missing before ${quoted(c)}: the ${rule(c).toLowerCase()} is not closed.`, hint: `Close the ${rule(c).toLowerCase()} with \`}\` after its last field.` }
            : undefined,
    c =>
        (rule(c) === 'Document' || c.kind === 'NotAllInputParsedException') && /^(commitment|mechanism|parties|signed|announced|in_force|due|by)$/.test(c.token)
            ? { message: `${capital(quoted(c))} is written inside an agreement, not on its own.`, hint: `Move it into the agreement it belongs to: \`agreement NAME "Title" { … ${c.token} … }\`.` }
            : undefined,
    c =>
        c.kind === 'MismatchedTokenException' && c.token === 'party' && rule(c) === 'Document'
            ? {
                  message: '`party` is not a declaration: a party is declared by its kind.',
                  hint: `Write ${partyExample(c.after)} (or \`bloc\`, \`organisation\`, \`agency\`, \`company\`, \`person\`).`
              }
            : undefined
];

export function targetedExplanation(context: SyntaxErrorContext): Explanation | undefined {
    for (const mistake of MISTAKES) {
        const explanation = mistake(context);
        if (explanation) return explanation;
    }
    return undefined;
}

function blockWord(c: SyntaxErrorContext): string {
    return rule(c)
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase();
}

function capital(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first date in a piece of text, or an example. */
function dateIn(text: string): string {
    return /\d{4}-\d{2}(-\d{2})?/.exec(text)?.[0] ?? '2026-01-03';
}

function boundBefore(c: SyntaxErrorContext): string {
    return /(no later than|not before|within|on)\s*$/.exec(c.before)?.[1] ?? 'a period';
}

/** `agreement us_mexico` from the text before a missing title, the name cut to an excerpt. */
function declarationHead(before: string): string {
    const match = /\b(agreement|instrument|state|bloc|organisation|agency|company|person|source)\s+(\w+)\s*$/.exec(before);
    return match ? `${match[1]} ${excerpt(match[2]!)}` : 'agreement NAME';
}

function declarationWord(before: string): string {
    const match = /\b(agreement|instrument|state|bloc|organisation|agency|company|person|source)\s+(\w+)\s*$/.exec(before);
    return match ? `${capital(match[1]!)} \`${excerpt(match[2]!)}\`` : 'This declaration';
}

/** `state US "United States"` from the rest of `party country US "United States"`. */
function partyExample(after: string): string {
    const match = /(\w+)\s*("[^"\n]*")/.exec(after);
    return match ? `\`state ${excerpt(match[1]!)} ${excerpt(match[2]!, 40)}\`` : '`state US "United States"`';
}

/** True for a token that is no keyword of a block (a name): in a list it is a missing comma. */
function isUnknownWord(c: SyntaxErrorContext): boolean {
    return c.kind === 'MismatchedTokenException' && /^[A-Z]/.test(c.token);
}

function numberOf(word: string): string {
    const values: Record<string, number> = {
        one: 1,
        two: 2,
        three: 3,
        four: 4,
        five: 5,
        six: 6,
        seven: 7,
        eight: 8,
        nine: 9,
        ten: 10,
        eleven: 11,
        twelve: 12,
        fifteen: 15,
        twenty: 20,
        thirty: 30,
        forty: 40,
        fifty: 50,
        sixty: 60,
        seventy: 70,
        eighty: 80,
        ninety: 90,
        hundred: 100
    };
    return String(values[word.toLowerCase()] ?? 30);
}
