import { expect, test } from 'vitest';
import { renderTimelineHtml } from '../src/extension/timeline-html.js';
import type { DeadlineItem } from '../src/shared/protocol.js';

function item(overrides: Partial<DeadlineItem>): DeadlineItem {
    const location = { file: 'file:///ws/a.pacta', line: 29, column: 13, endLine: 29, endColumn: 43 };
    return {
        id: 'a.c.due',
        deadline: 'a.c.due',
        date: '2026-03-06',
        precision: 'day',
        day: '2026-03-06',
        when: 'by 2026-03-06',
        subject: 'a.c',
        subjectKind: 'commitment',
        agreement: 'a',
        agreementTitle: 'Agreement A',
        title: 'EU, US: do it',
        due: 'will do it',
        kind: 'by',
        status: 'resolved',
        actors: ['EU', 'US'],
        text: 'within 30 days after announced',
        chain: ['a.announced 2026-02-04', 'within 30 days after a.announced (2026-02-04) → 2026-03-06'],
        closed: false,
        uncertain: false,
        uncertainty: [],
        sources: [],
        location,
        past: false,
        overdue: false,
        uri: 'file:///ws/a.pacta',
        range: { start: { line: 28, character: 12 }, end: { line: 28, character: 42 } },
        uncertaintyText: '',
        ...overrides
    };
}

const options = { cspSource: 'vscode-resource:', nonce: 'abc123', fileOf: () => 'a.pacta' };

test('the timeline lists deadlines in order with today marked, overdue flagged and links to the source', () => {
    const html = renderTimelineHtml(
        {
            today: '2026-05-01',
            deadlines: [
                item({ past: true, overdue: true }),
                item({ id: 'u.r.date', subject: 'u.r', subjectKind: 'event', due: 'review joint_review', date: '2026-07-01', kind: 'on' }),
                item({ id: 'x.y.due', subject: 'x.y', date: null, precision: null, status: 'unresolved', reason: "'signd' is not declared", chain: [] })
            ]
        },
        options
    );
    expect(html).toContain("script-src 'nonce-abc123'");
    expect(html).toContain('3 deadlines · <span class="overdue-count">1 overdue</span> · today 2026-05-01');
    const overdue = html.indexOf('<li class="item overdue"');
    const today = html.indexOf('<li class="today"');
    const upcoming = html.indexOf('<li class="item upcoming"');
    expect(overdue).toBeGreaterThan(0);
    expect(today).toBeGreaterThan(overdue);
    expect(upcoming).toBeGreaterThan(today);
    expect(html).toContain('<span class="badge overdue">overdue</span>');
    expect(html).toContain('data-uri="file:///ws/a.pacta"');
    expect(html).toContain('a.pacta:29');
    expect(html).toContain('within 30 days after a.announced (2026-02-04) → 2026-03-06');
    expect(html).toContain('<h2>Without a date</h2>');
    expect(html).toContain('&#39;signd&#39; is not declared');
    expect(html).toMatch(/var\(--vscode-editor-background\)/);
    expect(html).toContain('class="axis"');
});

test('an empty workspace says what would appear', () => {
    const html = renderTimelineHtml({ today: '2026-05-01', deadlines: [] }, options);
    expect(html).toContain('No deadlines in this workspace yet');
});

test('text from the files is escaped', () => {
    const html = renderTimelineHtml({ today: '2026-05-01', deadlines: [item({ due: '<img src=x onerror=alert(1)>' })] }, options);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
});

test('an open-ended deadline shows its condition; each occurrence of a recurring one says which it is', () => {
    const html = renderTimelineHtml(
        {
            today: '2026-05-01',
            deadlines: [
                item({
                    id: 'u.annual.date.2028-07-01',
                    subject: 'u.annual',
                    subjectKind: 'event',
                    due: 'review annual',
                    date: '2028-07-01',
                    kind: 'on',
                    occurrence: { index: 2, count: 3, truncated: false }
                }),
                item({
                    id: 'f.expiry.date',
                    subject: 'f.expiry',
                    subjectKind: 'event',
                    due: 'expiry',
                    date: null,
                    precision: null,
                    status: 'open',
                    condition: 'as long as "both Participants work in good faith"',
                    reason: 'no date: as long as "both Participants work in good faith"',
                    chain: []
                })
            ]
        },
        options
    );
    expect(html).toContain('<div class="occurrences">occurrence 2 of 3</div>');
    expect(html).toContain('<li class="item open"');
    expect(html).toContain('<span class="bound">open-ended</span> <span class="condition">as long as &quot;both Participants work in good faith&quot;</span>');
});

test('uncertain items are flagged and say what is uncertain; a year is due by the end of it; a closed one shows its status', () => {
    const html = renderTimelineHtml(
        {
            today: '2026-05-01',
            deadlines: [
                item({ uncertain: true, uncertainty: [{ id: 'a.in_force', kind: 'event', role: 'anchor' }], uncertaintyText: 'uncertain: anchor a.in_force (event)' }),
                item({ id: 'a.t.due', date: '2030', precision: 'year', kind: 'on' }),
                item({ id: 'a.d.due', closed: true, commitmentStatus: 'fulfilled', past: true })
            ]
        },
        options
    );
    expect(html).toContain('<li class="item upcoming uncertain"');
    expect(html).toContain('<span class="badge uncertain">uncertain</span>');
    expect(html).toContain('<div class="uncertainty">uncertain: anchor a.in_force (event)</div>');
    expect(html).toContain('<span class="bound">by the end of</span> <time>2030</time>');
    expect(html).toContain('<span class="badge">fulfilled</span>');
});

test('a closed window and an intention are said as such, never counted overdue; the status reason is shown', () => {
    const html = renderTimelineHtml(
        {
            today: '2026-05-01',
            deadlines: [
                item({ id: 'a.may.due', past: true, standing: 'window_closed', standingReason: 'may act until 2026-03-06: window closed 56 days ago (a permission, never overdue)' }),
                item({ id: 'a.wish.due', past: true, standing: 'intended' })
            ]
        },
        options
    );
    expect(html).toContain('2 deadlines · today 2026-05-01');
    expect(html).not.toContain('class="badge overdue"');
    expect(html).toContain('<span class="badge window-closed">window closed</span>');
    expect(html).toContain('<span class="badge intended">intended</span>');
    expect(html).toContain('<div class="standing">may act until 2026-03-06: window closed 56 days ago (a permission, never overdue)</div>');
    expect(html.match(/<li class="item past"/g)).toHaveLength(2);
});
