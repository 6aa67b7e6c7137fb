import { allCountryCodes, lookupCountry } from '../../reference-data/countries.js';
import { closestMatch } from '../../reference-data/closest.js';
import { createRule } from '../rule.js';

/** A state is identified by its ISO 3166-1 code: its `code`, or else its name. */
export const unknownCountryRule = createRule({
    code: 'pacta/unknown-country',
    severity: 'error',
    description: 'A state whose ISO 3166-1 code does not exist.',
    checks: {
        Party: (party, context) => {
            if (party.kind !== 'state') return;
            const code = party.code ?? party.name;
            if (!code || lookupCountry(code)) return;
            const suggestion = lookupCountry(code.toUpperCase())?.alpha2 ?? closestMatch(code, allCountryCodes());
            context.report({
                node: party,
                property: party.code ? 'code' : 'name',
                message: `'${code}' is not an ISO 3166-1 country code.`,
                hint: suggestion
                    ? `Use '${suggestion}'${party.code ? '' : ` (or keep the name and add \`code ${suggestion}\`)`}; a bloc or organisation is declared with \`bloc\` or \`organisation\`.`
                    : 'Use an ISO 3166-1 alpha-2 or alpha-3 code in capitals (US, JPN), or declare a bloc or organisation with `bloc` / `organisation`.',
                data: { suggestion }
            });
        }
    }
});
