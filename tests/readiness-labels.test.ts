import { describe, expect, it } from 'vitest';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
import { buildReport } from '@/report/build-report';
import { READINESS_SCALE, readiness } from '@/report/readiness-labels';
import { ragFor } from '@/report/scoring-rules';
import { NL_SHOP, choose, q } from './helpers/assess';
import { loadExample } from './helpers/examples';
import { completeAnswers } from './helpers/questionnaires';

/** A small Dutch shop with every duty met, then with `facts` and `gaps` answered as given. */
function shop(facts: Record<string, string> = {}, gaps: Record<string, string> = {}) {
  return buildReport(q, completeAnswers(q, { ...NL_SHOP, ...facts }, choose(gaps)));
}

describe('the readiness labels', () => {
  it('never says ready while a critical gap is open', () => {
    expect(readiness(100, { critical: 1 })).toBe('not-ready');
    expect(readiness(96, { critical: 0 })).toBe('ready');
    expect(readiness(95, { critical: 0 })).toBe('ready');
    expect(readiness(94, { critical: 0 })).toBe('largely-ready');
    expect(readiness(null, { critical: 0 })).toBe('not-scored');
  });

  it('keeps a high score at largely ready while a serious gap or a weak section is open', () => {
    expect(readiness(98, { critical: 0, serious: 1 })).toBe('largely-ready');
    expect(readiness(98, { critical: 0, sections: ['ready', 'partly-ready'] })).toBe(
      'largely-ready',
    );
    expect(readiness(98, { critical: 0, sections: ['ready', 'largely-ready'] })).toBe('ready');
    // Below the top band nothing changes: the cap only keeps "ready" from over-promising.
    expect(readiness(60, { critical: 0, serious: 3 })).toBe('partly-ready');
  });

  it('agrees with the colours at every score', () => {
    const colour = {
      ready: 'green',
      'largely-ready': 'green',
      'partly-ready': 'amber',
      'not-ready': 'red',
    };
    for (let score = 0; score <= 100; score += 1)
      expect(colour[readiness(score, { critical: 0 }) as keyof typeof colour], String(score)).toBe(
        ragFor(score),
      );
  });

  it('has a text for every label in English and Dutch', () => {
    for (const label of [...READINESS_SCALE.map((b) => b.label), 'not-scored' as const]) {
      expect(reportEn.readiness[label]).toBeTruthy();
      expect(reportNl.readiness[label]).toBeTruthy();
    }
  });

  it('calls a shop with every duty met ready', () => {
    const report = shop();
    expect(report.overall.score).toBeGreaterThanOrEqual(95);
    expect(report.overall.readiness).toBe('ready');
  });

  it('Art. 6(1)(a) and 7: a shop that e-mails and tracks without consent is not called ready, however high its score', () => {
    const report = shop({ marketing: 'yes' }, { 'direct-marketing-rules': 'no' });
    expect(report.actions.map((a) => a.questionId)).toEqual(['direct-marketing-rules']);
    expect(report.overall.criticalGaps).toBe(0);
    expect(report.overall.score).toBeGreaterThanOrEqual(95);
    expect(report.overall.readiness).toBe('largely-ready');
  });

  it('labels the examples the way their ratings read', () => {
    for (const id of ['dutch-webshop', 'crm-saas', 'hospital', 'us-app-targeting-eu']) {
      const model = buildReport(q, loadExample(id).answers);
      expect(model.overall.criticalGaps).toBeGreaterThan(0);
      expect(model.overall.readiness).toBe('not-ready');
      for (const section of model.sections)
        if (section.criticalGaps > 0) expect(section.readiness).toBe('not-ready');
    }
  });
});
