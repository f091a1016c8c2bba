import { describe, expect, it } from 'vitest';
import { loadExample } from '../../tests/helpers/examples';
import { loadShippedQuestionnaire } from '../../tests/helpers/questionnaires';
import { buildReport } from './build-report';
import { plannedActions } from './planned-actions';
import {
  actionFacts,
  actionLines,
  actionOwner,
  answerRow,
  ceilingFigure,
  ceilingHeadline,
  coverRows,
  findingMeta,
  helpLinks,
  recordCells,
  skippedSection,
} from './report-content';
import type { FineExposure } from './report.types';
import { GDPR_URL, ReportTexts } from './report-texts';

/** Shows which key was chosen and with what: the choice, not the wording, is under test here. */
const t = (key: string, params?: Record<string, unknown>) =>
  params ? `${key} ${JSON.stringify(params)}` : key;
const texts = new ReportTexts(t, 'en');

const q = loadShippedQuestionnaire();
const model = buildReport(q, loadExample('dutch-webshop').answers);

describe('coverRows', () => {
  const when = new Date(Date.UTC(2026, 11, 7, 12));
  it('says who, when and what, and that no assessor was named', () => {
    const rows = coverRows(
      model,
      { organisation: 'Acme', assessor: null, generatedAt: when },
      texts,
    );
    expect(rows.map((r) => r.label)).toEqual([
      'report:cover.organisation',
      'report:cover.assessor',
      'report:cover.date',
      'report:cover.questionnaire',
      'report:cover.language',
    ]);
    expect(rows[1]?.value).toBe('report:cover.notStated');
    expect(rows[2]?.value).toBe('7 December 2026');
    expect(rows[4]?.value).toBe('English');
  });

  it('names the participants when given', () => {
    const rows = coverRows(
      model,
      { organisation: 'Acme', assessor: 'Sam', participants: 'Kim, Lee', generatedAt: when },
      texts,
    );
    expect(rows.map((r) => r.value)).toContain('Kim, Lee');
    expect(rows[1]?.value).toBe('Sam');
  });
});

describe('the fine ceiling', () => {
  const fines = (basis: FineExposure['basis'], ceiling: number | null): FineExposure => ({
    ...model.fines,
    basis,
    ceiling,
    highestTier: 'art83-5',
  });

  it('gives the amount with its tier when there is one', () => {
    expect(ceilingFigure(fines('turnover', 20_000_000), texts)).toEqual({
      value: '€20,000,000',
      amount: true,
      note: 'report:summary.ceilingNote · report:tierShort.art83-5',
    });
    expect(ceilingHeadline(fines('turnover', 20_000_000), texts)).toBe(
      'report:fines.ceilingText {"tier":"report:tierShort.art83-5","amount":"€20,000,000"}',
    );
  });

  it('says national law decides for a public body, even with an amount', () => {
    expect(ceilingFigure(fines('national-law', 1000), texts).value).toBe(
      'report:summary.ceilingNationalLaw',
    );
    expect(ceilingHeadline(fines('national-law', 1000), texts)).toBe(
      'report:fines.ceilingNationalLaw',
    );
  });

  it('says there is none without a gap', () => {
    expect(ceilingFigure(fines('turnover', null), texts)).toEqual({
      value: 'report:summary.ceilingNone',
      amount: false,
      note: null,
    });
    expect(ceilingHeadline(fines('turnover', null), texts)).toBe('report:fines.ceilingNone');
  });
});

describe('findingMeta', () => {
  const action = model.actions[0]!;
  it('marks a critical action first and ends with the priority', () => {
    const meta = findingMeta({ ...action, critical: true, articles: ['Art. 30(1)'] }, texts);
    const parts = meta.split(' · ');
    expect(parts[0]).toBe('report:summary.criticalAction');
    expect(parts).toContain('Art.\u00a030(1)\u00a0GDPR');
    expect(parts.at(-1)).toBe(`report:priority.${action.priority}`);
    const dutch = findingMeta({ ...action, articles: ['Art. 30(1)'] }, new ReportTexts(t, 'nl'));
    expect(dutch.split(' · ')).toContain('art.\u00a030 lid\u00a01\u00a0AVG');
  });

  it('leaves the mark out for an action that is not critical', () => {
    expect(findingMeta({ ...action, critical: false }, texts)).not.toContain('criticalAction');
  });
});

describe('actionFacts and actionOwner', () => {
  const [first] = plannedActions(model, [
    { kind: 'question', questionId: model.actions[0]!.questionId },
  ]);
  it("puts an action's articles, fine tier and effort on one captioned line", () => {
    const facts = actionFacts(first!, texts).split(' · ');
    expect(facts).toEqual([
      `report:actions.columns.articles: ${texts.cite(first!.action.articles)}`,
      `report:actions.columns.tier: ${texts.cite([`report:tierShort.${first!.action.fineTier}`])}`,
      `report:actions.columns.effort: report:effortShort.${first!.action.effort}`,
    ]);
  });

  it('gives the owner and due date agreed, and the role suggested', () => {
    expect(first!.kind).toBe('question');
    if (first!.kind !== 'question') return;
    const planned = {
      ...first!,
      action: { ...first!.action, ownerName: 'Sanne', dueDate: '2027-01-31' },
    };
    const who = actionOwner(planned, texts);
    expect(who.owner).toBe('Sanne');
    expect(who.due).toBe(texts.isoDate('2027-01-31'));
    const role = first!.action.suggestedOwner;
    expect(role).toBeTruthy();
    expect(who.suggested).toBe(t('report:actions.suggestedRole', { role: `report:${role}` }));
  });
});

describe('actionLines', () => {
  it("gives a question's action without a detail", () => {
    const [first] = plannedActions(model, [
      { kind: 'question', questionId: model.actions[0]!.questionId },
    ]);
    expect(actionLines(first!, texts)).toEqual({
      critical: model.actions[0]!.critical,
      text: `questions.${model.actions[0]!.questionId}.action`,
      detail: null,
    });
  });

  it("gives an item's action with the item and its verdict", () => {
    const item = model.itemActions[0];
    expect(item).toBeDefined();
    const [planned] = plannedActions(model, [{ kind: 'item', ...item! }]);
    const lines = actionLines(planned!, texts);
    expect(lines.text).toBe(
      `determinations.${item!.determination}.outcomes.${item!.outcome}.action`,
    );
    expect(lines.detail).toContain(item!.name ?? `questions.${item!.group}.item ${item!.position}`);
  });
});

describe('the answers chapter', () => {
  it('says a question was not asked, with no reason where the questionnaire gives none', () => {
    expect(answerRow({ questionId: 'x', shown: false, value: undefined }, texts)).toEqual({
      question: 'questions.x.label',
      skipReason: null,
      answer: 'report:answers.notAsked',
      quiet: true,
    });
  });

  it('says a shown question was not answered, and writes an answer as a person reads it', () => {
    expect(answerRow({ questionId: 'x', shown: true, value: undefined }, texts).answer).toBe(
      'report:answers.notAnswered',
    );
    expect(answerRow({ questionId: 'x', shown: true, value: 1200 }, texts)).toMatchObject({
      answer: '1,200',
      quiet: false,
    });
  });

  it('gives a generic reason for a skipped section without one of its own', () => {
    expect(skippedSection('x', texts)).toBe('report:answers.skippedGeneric');
  });
});

describe('recordCells', () => {
  const record = model.records.find((r) => r.controller.length > 0)!;
  it("starts with the organisation's name and marks it missing when not given", () => {
    const row = record.controller[0]!;
    expect(recordCells('controller', row, record, 'Acme', texts)[0]).toEqual({
      label: 'report:record.columns.ourController',
      text: 'Acme',
      missing: false,
    });
    expect(recordCells('controller', row, record, null, texts)[0]?.missing).toBe(true);
  });
});

describe('helpLinks', () => {
  it("points to the app's FAQ and DPA guide, then to the law", () => {
    const links = helpLinks(texts);
    expect(links.slice(0, 2)).toEqual([
      { label: 'report:about.faq', page: 'faq' },
      { label: 'report:about.dpa', page: 'dpa' },
    ]);
    expect(links).toContainEqual({ label: 'report:about.gdpr', url: GDPR_URL });
  });
});
