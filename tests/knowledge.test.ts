import { describe, expect, it } from 'vitest';
import { legalRefProblem } from '@/engine/legal/legal-refs';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import { DpaChecklistSchema, FaqSchema, GlossarySchema } from '@/knowledge/knowledge.schema';
import { dpaChecklist } from '@/knowledge/shipped-dpa-checklist';
import * as shipped from '@/knowledge/shipped-knowledge';
import dpaEn from '@/knowledge/locales/dpa.en.json';
import glossaryEn from '@/knowledge/locales/glossary.en.json';
import { readLocales } from './helpers/locale-parity';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

const q = loadShippedQuestionnaire();
const questionIds = new Set(q.sections.flatMap((s) => s.questions.map((x) => x.id)));

describe('knowledge pages', () => {
  const faq = FaqSchema.parse(shipped.faq);
  const glossary = GlossarySchema.parse(shipped.glossary);
  const dpa = DpaChecklistSchema.parse(dpaChecklist);

  it('the app uses the shipped files exactly as their schemas read them', () => {
    expect(shipped.faq).toEqual(faq);
    expect(shipped.glossary).toEqual(glossary);
    expect(dpaChecklist).toEqual(dpa);
  });

  it('FAQ: at least 15 entries, each with texts in every language and links only to real questions', () => {
    expect(faq.entries.length).toBeGreaterThanOrEqual(15);
    const locales = Object.values(readLocales('src/knowledge/locales', 'faq.'));
    for (const entry of faq.entries) {
      for (const locale of locales) {
        const texts = flattenLocale(locale).entries;
        expect(texts.get(`entries.${entry.id}.question`), entry.id).toBeTruthy();
        expect(texts.get(`entries.${entry.id}.answer`), entry.id).toBeTruthy();
      }
      for (const id of entry.questions)
        expect(questionIds.has(id), `${entry.id} → ${id}`).toBe(true);
    }
  });

  it('Art. 30: the FAQ cites record keeping as Article 30, never Article 28 as the seed page did', () => {
    const records = faq.entries.find((e) => e.id === 'records-of-processing');
    expect(records?.articles.some((a) => a.startsWith('Art. 30'))).toBe(true);
    expect(records?.articles.some((a) => a.startsWith('Art. 28'))).toBe(false);
  });

  it('glossary terms and DPA checklist items all have texts', () => {
    const g = flattenLocale(glossaryEn).entries;
    for (const term of glossary.terms)
      expect(g.get(`terms.${term.id}.definition`), term.id).toBeTruthy();
    const d = flattenLocale(dpaEn).entries;
    for (const item of dpa.items) expect(d.get(`items.${item.id}.label`), item.id).toBeTruthy();
  });

  it('cites only provisions that exist', () => {
    const refs = [...faq.entries, ...glossary.terms, ...dpa.items].flatMap((x) => x.articles);
    expect(refs.filter((ref) => legalRefProblem(ref) !== null)).toEqual([]);
  });
});
