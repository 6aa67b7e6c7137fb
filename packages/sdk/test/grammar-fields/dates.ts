import { type FieldEntry, agreement, due, reaches } from './entries.js';

/**
 * Dates and deadlines: every part of a time expression reaches the date value it is written in —
 * its `text` (the expression as written) and what it resolves to (`value`, `bound`, `calendars`,
 * `occurrences`, `condition`). The samples date from `a.signed`, 2026-01-01.
 */
const DUE = 'commitments[a.c].due';

export const DATE_FIELDS: Record<string, FieldEntry> = {
    'AbsoluteDate.date': reaches(agreement(), 'events[a.signed].date.value', '2026-01-01'),
    'AbsoluteDate.year': reaches(agreement('expiry year 2036'), 'events[a.expiry].date', {
        status: 'resolved',
        value: '2036',
        precision: 'year',
        bound: 'on',
        relative: false,
        form: 'absolute',
        text: 'year 2036',
        chain: []
    }),
    'AbsoluteDate.approximate': reaches(agreement('ratified about 2026-05-12'), 'events[a.ratified].date.approximate', true),
    'AbsoluteDate.end': reaches(agreement('review 2026-10-20..2026-10-21'), 'events[a.review].date', {
        status: 'resolved',
        value: '2026-10-21',
        precision: 'day',
        bound: 'on',
        relative: false,
        form: 'absolute',
        text: '2026-10-20..2026-10-21',
        chain: [],
        range: { from: '2026-10-20', to: '2026-10-21' }
    }),

    // `by DATE` (rule ByDate, 1.4): an absolute date with the bound `by`, at a due, an event's date or a date claim.
    'TimeExpr.bound': reaches(due('by 2026-01-03'), DUE, {
        status: 'resolved',
        value: '2026-01-03',
        precision: 'day',
        bound: 'by',
        relative: false,
        form: 'absolute',
        text: 'by 2026-01-03',
        chain: []
    }),
    'TimeExpr.date': reaches(agreement('announced by 2026-01-03 by US'), 'events[a.announced].date.value', '2026-01-03'),
    'TimeExpr.year': reaches(agreement('expiry by year 2030'), 'events[a.expiry].date', {
        status: 'resolved',
        value: '2030',
        precision: 'year',
        bound: 'by',
        relative: false,
        form: 'absolute',
        text: 'by year 2030',
        chain: []
    }),
    'TimeExpr.approximate': reaches(due('by about 2026-05'), `${DUE}.approximate`, true),

    'OffsetDeadline.bound': reaches(due('not before 30 days after signed'), `${DUE}.bound`, 'from'),
    'OffsetDeadline.amount': reaches(due('within 30 days after signed'), `${DUE}.value`, '2026-01-31'),
    'OffsetDeadline.unit': reaches(due('within 2 weeks after signed'), `${DUE}.value`, '2026-01-15'),
    'OffsetDeadline.calendars': reaches(due('within 10 business days in JP after signed'), `${DUE}.calendars`, ['JP']),
    'OffsetDeadline.direction': reaches(due('10 days before signed'), `${DUE}.value`, '2025-12-22'),
    'OffsetDeadline.anchor': reaches(due('within 1 month after ratified', 'ratified 2026-03-10'), `${DUE}.value`, '2026-04-10'),

    'AnniversaryDeadline.ordinal': reaches(agreement('review on the 2nd anniversary of signed'), 'events[a.review].date.value', '2028-01-01'),
    'AnniversaryDeadline.anchor': reaches(agreement('in_force 2026-03-01', 'review on the 1st anniversary of in_force'), 'events[a.review].date.value', '2027-03-01'),

    'MonthEdgeDeadline.edge': reaches(due('last day of 2026-02'), `${DUE}.value`, '2026-02-28'),
    'MonthEdgeDeadline.month': reaches(due('first day of 2026-05'), `${DUE}.value`, '2026-05-01'),
    'MonthEdgeDeadline.ordinal': reaches(due('on the first day of the 3rd month following signed'), `${DUE}.value`, '2026-04-01'),
    'MonthEdgeDeadline.relation': reaches(due('the last day of the month of signed'), `${DUE}.value`, '2026-01-31'),
    'MonthEdgeDeadline.anchor': reaches(due('the last day of the month of ratified', 'ratified 2026-03-10'), `${DUE}.value`, '2026-03-31'),

    'RecurringDeadline.amount': reaches(due('every 6 months after signed for 2 times'), `${DUE}.occurrences.dates`, ['2026-07-01', '2027-01-01']),
    'RecurringDeadline.unit': reaches(due('every 1 year after signed for 2 times'), `${DUE}.occurrences.dates`, ['2027-01-01', '2028-01-01']),
    'RecurringDeadline.anchor': reaches(due('every 1 year after ratified for 1 times', 'ratified 2026-03-10'), `${DUE}.occurrences.dates`, ['2027-03-10']),
    'RecurringDeadline.end': reaches(due('every 1 year after signed until expiry', 'expiry 2029-06-30'), `${DUE}.occurrences`, {
        dates: ['2027-01-01', '2028-01-01', '2029-01-01'],
        stop: 'until',
        end: '2029-06-30',
        truncated: false,
        recurrence: { anchor: '2026-01-01', every: 1, unit: 'year', until: '2029-06-30' }
    }),
    'RecurringDeadline.endDate': reaches(due('every 1 year after signed until 2028-06-30'), `${DUE}.occurrences`, {
        dates: ['2027-01-01', '2028-01-01'],
        stop: 'until',
        end: '2028-06-30',
        truncated: false,
        recurrence: { anchor: '2026-01-01', every: 1, unit: 'year', until: '2028-06-30' }
    }),
    'RecurringDeadline.count': reaches(due('every 1 year after signed for 3 times'), `${DUE}.occurrences.recurrence`, {
        anchor: '2026-01-01',
        every: 1,
        unit: 'year',
        count: 3
    }),

    'ExtremumDeadline.pick': reaches(due('earliest of (2026-03-01, 30 days after signed)'), `${DUE}.value`, '2026-01-31'),
    'ExtremumDeadline.operands': reaches(due('latest of (2026-03-01, 2026-04-01)'), `${DUE}.value`, '2026-04-01'),
    'DateOperand.anchor': reaches(due('latest of (signed, ratified)', 'ratified 2026-03-10'), `${DUE}.value`, '2026-03-10'),
    'DateOperand.expr': reaches(due('earliest of (2026-12-31, 6 months after signed)'), `${DUE}.value`, '2026-07-01'),

    'OpenDeadline.form': reaches(due('when "the fund is set up"'), `${DUE}.text`, 'when "the fund is set up"'),
    'OpenDeadline.condition': reaches(due('as long as "both work in good faith"'), `${DUE}.condition`, 'as long as "both work in good faith"'),

    'SameDayDeadline.word': reaches(agreement('in_force upon signed'), 'events[a.in_force].date.text', 'upon signed'),
    'SameDayDeadline.anchor': reaches(agreement('ratified 2026-03-10', 'in_force on ratified'), 'events[a.in_force].date.value', '2026-03-10')
};
