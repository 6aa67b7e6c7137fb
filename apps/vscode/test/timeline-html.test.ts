import { expect, test } from 'vitest';
import type { DeadlineItem } from '@pacta/language';
import { renderTimelineHtml } from '../src/extension/timeline-html.js';

function item(overrides: Partial<DeadlineItem>): DeadlineItem {
    return {
        id: 'a.c.due', subject: 'a.c', subjectKind: 'commitment', agreement: 'a', agreementTitle: 'Agreement A', label: 'do it',
        kind: 'by', status: 'resolved', date: '2026-03-06', precision: 'day', text: 'within 30 days after announced',
        chain: ['a.announced 2026-02-04', 'within 30 days after a.announced (2026-02-04) → 2026-03-06'], actors: ['EU', 'US'],
        past: false, overdue: false, uri: 'file:///ws/a.pacta', range: { start: { line: 28, character: 12 }, end: { line: 28, character: 42 } },
        ...overrides
    };
}

const options = { cspSource: 'vscode-resource:', nonce: 'abc123', fileOf: () => 'a.pacta' };

test('the timeline lists deadlines in order with today marked, overdue flagged and links to the source', () => {
    const html = renderTimelineHtml({
        today: '2026-05-01',
        deadlines: [
            item({ past: true, overdue: true }),
            item({ id: 'u.r.date', subject: 'u.r', subjectKind: 'event', label: 'joint review', date: '2026-07-01', kind: 'on' }),
            item({ id: 'x.y.due', subject: 'x.y', date: null, precision: null, status: 'unresolved', reason: "'signd' is not declared", chain: [] })
        ]
    }, options);
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
    const html = renderTimelineHtml({ today: '2026-05-01', deadlines: [item({ label: '<img src=x onerror=alert(1)>' })] }, options);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
});

test('an open-ended deadline shows its condition; a recurring one lists its occurrences', () => {
    const html = renderTimelineHtml({
        today: '2026-05-01',
        deadlines: [
            item({ id: 'u.annual.date', subject: 'u.annual', subjectKind: 'event', label: 'annual review', date: '2027-07-01', kind: 'on',
                occurrences: ['2027-07-01', '2028-07-01', '2029-07-01'] }),
            item({ id: 'f.expiry.date', subject: 'f.expiry', subjectKind: 'event', label: 'expiry', date: null, precision: null, status: 'open',
                condition: 'as long as "both Participants work in good faith"', reason: 'no date: as long as "both Participants work in good faith"', chain: [] })
        ]
    }, options);
    expect(html).toContain('<div class="occurrences">every occurrence: <time>2027-07-01</time>, <time>2028-07-01</time>, <time>2029-07-01</time></div>');
    expect(html).toContain('<li class="item open"');
    expect(html).toContain('<span class="bound">open-ended</span> <span class="condition">as long as &quot;both Participants work in good faith&quot;</span>');
});
