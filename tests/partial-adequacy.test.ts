import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateDeterminations } from '@/engine/questionnaire/determinations';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { buildReport } from '@/report/build-report';
import { repoRoot } from '../scripts/questionnaire-files';
import { neutral } from './helpers/assess';
import { runReport } from './helpers/report-cli';
import { completeAnswers, loadShippedQuestionnaire, SHIPPED } from './helpers/questionnaires';

/**
 * Chapter V for destinations whose adequacy decision covers only some
 * recipients: the United States (Data Privacy Framework, Implementing Decision
 * (EU) 2023/1795), Canada (PIPEDA, Decision 2002/2/EC), Japan (APPI business
 * operators with the Supplementary Rules, Implementing Decision (EU) 2019/419)
 * and South Korea (without credit information under Financial Services
 * Commission supervision, Implementing Decision (EU) 2022/254). A recipient
 * outside the decision needs Art. 46 safeguards; a recipient whose status the
 * person does not know is a check to make, never a finding.
 */
const q = loadShippedQuestionnaire();
const en = JSON.parse(
  readFileSync(join(repoRoot, 'questionnaires/gdpr-readiness/locales/en.json'), 'utf8'),
) as { determinations: { transfers: { outcomes: Record<string, Record<string, unknown>> } } };
const nl = JSON.parse(
  readFileSync(join(repoRoot, 'questionnaires/gdpr-readiness/locales/nl.json'), 'utf8'),
) as typeof en;

/** A Dutch firm of 12 that sends data outside the EEA, with the given destinations and follow-ups. */
function assess(transfer: Answers) {
  const answers = completeAnswers(
    q,
    {
      ...SHIPPED.scope,
      ...SHIPPED.organisation,
      ...SHIPPED.data,
      ...SHIPPED.roles,
      transfers: 'yes',
      ...transfer,
    },
    neutral,
  );
  const transfers = evaluateDeterminations(q, answers).find((d) => d.id === 'transfers');
  if (!transfers) throw new Error('no transfers determination');
  const shown = computeVisibility(q, answers).questions;
  return {
    answers,
    outcomes: transfers.outcomes.map((o) => o.id),
    outcome: transfers.outcomes[0]!,
    shown: (id: string) => shown.get(id) === true,
  };
}

describe('Art. 45: partial adequacy decisions through the engine', () => {
  it('Art. 45: a transfer to a Canadian company outside PIPEDA needs safeguards', () => {
    // A Dutch patient foundation shares survey answers with a university in Montréal for
    // non-commercial research: no commercial activity, so no PIPEDA and no adequacy.
    const r = assess({ 'transfer-destinations': ['canada'], 'transfer-canada-pipeda': 'no' });
    expect(r.shown('transfer-canada-pipeda')).toBe(true);
    expect(r.outcomes).toEqual(['safeguards-needed']);
    expect(r.outcome.articles).toContain('Art. 46(1)');
    expect(r.shown('transfer-safeguards')).toBe(true);
  });

  it('Art. 45: a Canadian software company under PIPEDA is covered by adequacy', () => {
    const r = assess({ 'transfer-destinations': ['canada'], 'transfer-canada-pipeda': 'yes' });
    expect(r.outcomes).toEqual(['adequate-only']);
    expect(r.shown('transfer-safeguards')).toBe(false);
  });

  it('Art. 45: unknown PIPEDA status is a check to make, not a finding', () => {
    const r = assess({
      'transfer-destinations': ['canada'],
      'transfer-canada-pipeda': 'dont-know',
    });
    expect(r.outcomes).toEqual(['check-adequacy']);
    expect(r.outcome.reasons).toEqual(['pipeda']);
    expect(r.outcome.articles).toEqual(expect.arrayContaining(['Art. 44', 'Art. 45(1)']));
    // Safeguards are still asked about: signed clauses settle the matter either way.
    expect(r.shown('transfer-safeguards')).toBe(true);
  });

  it('Art. 45: a Japanese public body is outside the APPI decision, so the transfer needs safeguards', () => {
    const r = assess({ 'transfer-destinations': ['japan'], 'transfer-japan-appi': 'no' });
    expect(r.shown('transfer-japan-appi')).toBe(true);
    expect(r.outcomes).toEqual(['safeguards-needed']);
  });

  it('Art. 45: a Japanese business operator under the APPI and its Supplementary Rules is covered', () => {
    const r = assess({ 'transfer-destinations': ['japan'], 'transfer-japan-appi': 'yes' });
    expect(r.outcomes).toEqual(['adequate-only']);
  });

  it('Art. 45: credit information for a Korean card company under FSC supervision is not covered', () => {
    const r = assess({ 'transfer-destinations': ['south-korea'], 'transfer-korea-scope': 'no' });
    expect(r.shown('transfer-korea-scope')).toBe(true);
    expect(r.outcomes).toEqual(['safeguards-needed']);
  });

  it('Art. 45: unknown Korean scope is a check of the FSC exclusion', () => {
    const r = assess({
      'transfer-destinations': ['south-korea'],
      'transfer-korea-scope': 'dont-know',
    });
    expect(r.outcomes).toEqual(['check-adequacy']);
    expect(r.outcome.reasons).toEqual(['korea-scope']);
  });

  it('Art. 45 + Decision (EU) 2023/1795: unknown DPF certification means "check the DPF list", not "uncertified recipients"', () => {
    const r = assess({
      'transfer-destinations': ['united-states', 'japan'],
      'transfer-dpf-certified': 'dont-know',
      'transfer-japan-appi': 'yes',
    });
    expect(r.outcomes).toEqual(['check-adequacy']);
    expect(r.outcome.reasons).toEqual(['dpf']);
  });

  it('Art. 46(1): some US recipients without DPF certification need safeguards', () => {
    const r = assess({
      'transfer-destinations': ['united-states'],
      'transfer-dpf-certified': 'partly',
    });
    expect(r.outcomes).toEqual(['safeguards-needed']);
  });

  it('Art. 46(1): a destination without any adequacy decision is a finding even when another is unchecked', () => {
    const r = assess({
      'transfer-destinations': ['india', 'canada'],
      'transfer-canada-pipeda': 'dont-know',
    });
    expect(r.outcomes).toEqual(['safeguards-needed']);
  });

  it('Art. 44: the follow-ups are asked only for their own destination', () => {
    const r = assess({ 'transfer-destinations': ['united-kingdom', 'switzerland'] });
    for (const id of ['transfer-canada-pipeda', 'transfer-japan-appi', 'transfer-korea-scope'])
      expect(r.shown(id), id).toBe(false);
    expect(r.outcomes).toEqual(['adequate-only']);
  });

  it('Art. 45: the report states the check as a check, in both languages', () => {
    const r = assess({
      'transfer-destinations': ['canada', 'united-states'],
      'transfer-canada-pipeda': 'dont-know',
      'transfer-dpf-certified': 'dont-know',
    });
    const report = buildReport(q, r.answers);
    const transfers = report.determinations.find((d) => d.id === 'transfers');
    expect(transfers?.outcomes.map((o) => [o.id, o.reasons])).toEqual([
      ['check-adequacy', ['dpf', 'pipeda']],
    ]);
    for (const texts of [en, nl]) {
      const outcome = texts.determinations.transfers.outcomes['check-adequacy']!;
      expect(JSON.stringify(outcome)).not.toMatch(/uncertified|niet-gecertificeerde/i);
      const reasons = outcome.reasons as Record<string, string>;
      expect(reasons.dpf).toMatch(/Data Privacy Framework/);
      expect(reasons.pipeda).toMatch(/PIPEDA/);
    }
  });
});

// --- Through the report command ------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'partial-adequacy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function report(fixture: string, lang: 'en' | 'nl') {
  const path = join(repoRoot, 'tests/fixtures/answers', fixture);
  const { code, stdout, stderr } = await runReport([path, '--format', 'json', '--lang', lang], dir);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  const json = JSON.parse(stdout) as {
    determinations: {
      id: string;
      outcomes: {
        id: string;
        /** Ids, or ids with their texts once the report spells the reasons out. */
        reasons: (string | { id: string; text: string })[];
        label: string;
        reason: string;
      }[];
    }[];
  };
  const transfers = json.determinations.find((d) => d.id === 'transfers');
  if (!transfers) throw new Error('no transfers determination in the report');
  return transfers.outcomes;
}

describe('Art. 45: partial adequacy decisions through npm run report', () => {
  it('Art. 45: a Dutch foundation sending survey data to a Canadian university needs safeguards', async () => {
    const [outcome, ...rest] = await report('canada-research-partner.json', 'en');
    expect(rest).toEqual([]);
    expect(outcome).toMatchObject({ id: 'safeguards-needed', label: 'Safeguards needed' });
  });

  it('Art. 45: unchecked APPI and DPF status give a check to make, in Dutch too', async () => {
    const [outcome, ...rest] = await report('japan-us-support-unchecked.json', 'nl');
    expect(rest).toEqual([]);
    expect(outcome?.id).toBe('check-adequacy');
    const reasons = (outcome?.reasons ?? []).map((r) => (typeof r === 'string' ? { id: r } : r));
    expect(reasons.map((r) => r.id)).toEqual(['dpf', 'appi']);
    expect(outcome?.label).toMatch(/^Controleer/);
    expect(outcome?.reason).not.toMatch(/niet-gecertificeerde/);
    for (const reason of reasons)
      if ('text' in reason) expect(reason.text).toMatch(/Data Privacy Framework-lijst|APPI/);
  });
});
