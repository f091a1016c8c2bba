import { describe, expect, it } from 'vitest';
import { loadExample, withoutProcessors } from '../../tests/helpers/examples';
import { buildQuestionnaire, loadShippedQuestionnaire } from '../../tests/helpers/questionnaires';
import reportEn from '../i18n/locales/report.en.json';
import reportNl from '../i18n/locales/report.nl.json';
import { buildReport } from './build-report';
import {
  DPA_CHECKLIST,
  processorAgreements,
  requiredElements,
  reviewVendor,
} from './processor-reviews';

const required = requiredElements().map((e) => e.id);

describe('requiredElements', () => {
  it('are the eleven Art. 28 elements, without the note on standard clauses', () => {
    expect(required).toHaveLength(11);
    expect(required).not.toContain('standard-clauses');
    expect(DPA_CHECKLIST.items.map((i) => i.id)).toContain('standard-clauses');
    expect(required[0]).toBe('processing-details');
  });

  it('keep each element’s articles', () => {
    const sub = requiredElements().find((e) => e.id === 'sub-processors');
    expect(sub?.articles).toEqual(['Art. 28(3)(d)', 'Art. 28(2)', 'Art. 28(4)']);
  });

  it('each have a short name in the report texts of every language', () => {
    for (const texts of [reportEn, reportNl]) {
      const names = texts.processors.items as Record<string, string>;
      for (const id of required) expect(names[id]?.trim(), id).toBeTruthy();
    }
  });
});

describe('reviewVendor', () => {
  it('lists covered and missing elements in checklist order', () => {
    const result = reviewVendor({
      id: 'v1',
      vendor: '  MailCo  ',
      checked: ['written-form', 'confidentiality'],
    });
    expect(result).toEqual({
      id: 'v1',
      vendor: 'MailCo',
      covered: ['confidentiality', 'written-form'],
      missing: required.filter((id) => id !== 'confidentiality' && id !== 'written-form'),
      complete: false,
    });
  });

  it('ignores ticks on unknown ids and on the informational item', () => {
    const result = reviewVendor({
      id: 'v1',
      vendor: 'MailCo',
      checked: ['standard-clauses', 'no-such-item', 'confidentiality'],
    });
    expect(result.covered).toEqual(['confidentiality']);
    expect(result.missing).toHaveLength(10);
  });

  it('is complete once every required element is ticked, informational or not', () => {
    expect(reviewVendor({ id: 'v', vendor: 'A', checked: required }).complete).toBe(true);
    expect(reviewVendor({ id: 'v', vendor: 'A', checked: required.slice(1) }).complete).toBe(false);
  });

  it('gives a blank name as null', () => {
    expect(reviewVendor({ id: 'v', vendor: '   ', checked: [] }).vendor).toBeNull();
  });
});

describe('processorAgreements', () => {
  it('keeps the vendors in the order they were added', () => {
    const result = processorAgreements(
      [
        { id: 'b', vendor: 'Zeta Cloud', checked: [] },
        { id: 'a', vendor: 'Alpha Payroll', checked: required },
      ],
      true,
    );
    expect(result.vendors.map((v) => [v.vendor, v.complete])).toEqual([
      ['Zeta Cloud', false],
      ['Alpha Payroll', true],
    ]);
    expect(result.elements.map((e) => e.id)).toEqual(required);
  });

  it('works with another checklist, whose informational items never count', () => {
    const checklist = {
      items: [
        { id: 'one', articles: ['Art. 28(3)'] },
        { id: 'note', articles: [], informational: true as const },
      ],
    };
    const result = processorAgreements(
      [{ id: 'v', vendor: 'A', checked: ['one'] }],
      false,
      checklist,
    );
    expect(result.vendors[0]).toMatchObject({ covered: ['one'], missing: [], complete: true });
  });
});

describe('buildReport with processor reviews', () => {
  const shipped = loadShippedQuestionnaire();
  const webshop = loadExample('dutch-webshop').answers;

  it('carries the reviews and knows from the answers that processors are used', () => {
    const review = { id: 'v1', vendor: 'MailCo', checked: ['confidentiality'] };
    const report = buildReport(shipped, webshop, {}, { processorReviews: [review] });
    expect(report.processors.usesProcessors).toBe(true);
    expect(report.processors.vendors).toEqual([reviewVendor(review)]);
  });

  it('has no vendors by default, and no processors when the answers say none', () => {
    const none = buildReport(shipped, withoutProcessors(webshop));
    expect(none.processors).toMatchObject({ usesProcessors: false, vendors: [] });
    const unsure = buildReport(shipped, { ...webshop, 'uses-processors': 'dont-know' });
    expect(unsure.processors.usesProcessors).toBe(true);
  });

  it('reads the flag the caller names, and false for a questionnaire without it', () => {
    const q = buildQuestionnaire({
      flags: { hasVendors: { question: 'vendors', equals: 'yes' } },
      sections: [
        {
          id: 's',
          questions: [
            { id: 'vendors', type: 'singleChoice', options: ['yes', 'no'], articles: [] },
          ],
        },
      ],
    });
    expect(buildReport(q, { vendors: 'yes' }).processors.usesProcessors).toBe(false);
    const named = buildReport(q, { vendors: 'yes' }, {}, { processorsFlag: 'hasVendors' });
    expect(named.processors.usesProcessors).toBe(true);
  });

  it('changes no score, action or fine', () => {
    const without = buildReport(shipped, webshop);
    const reviewed = buildReport(
      shipped,
      webshop,
      {},
      {
        processorReviews: [{ id: 'v', vendor: 'A', checked: [] }],
      },
    );
    const { processors: _a, ...rest } = without;
    const { processors: _b, ...restReviewed } = reviewed;
    expect(restReviewed).toEqual(rest);
  });
});
