// Engine timings in Node, on the shipped questionnaire and on a copy ten times its size: the
// questionnaire parse, the report model, and report model + PDF together.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExampleSchema } from '../../src/engine/questionnaire/example.schema';
import {
  parseQuestionnaireTexts,
  type ParseOptions,
} from '../../src/engine/questionnaire/parse-questionnaire';
import { isItemList } from '../../src/engine/questionnaire/answer-value';
import type {
  AnswerValue,
  Answers,
  Question,
  Questionnaire,
  RepeatableQuestion,
  RepeatedItem,
} from '../../src/engine/questionnaire/questionnaire.schema';
import { buildReport } from '../../src/report/build-report';
import { renderPdf } from '../../src/report/pdf/render-pdf';
import { repoRoot } from '../bundle-size';
import { readQuestionnaireFolder } from '../questionnaire-files';
import { createNodeTranslator, nodeFonts } from '../report';
import { median } from './stats';
import { SOURCE_LANGUAGE } from '../../src/i18n/languages';

export interface Scaled {
  readonly x1: number;
  readonly x10: number;
}

export interface EngineTimings {
  readonly parseMs: Scaled;
  /** False when the tenfold copy did not pass the checks: its parse time then means little. */
  readonly tenfoldParsesClean: boolean;
  readonly reportModelMs: Scaled;
  readonly pdfMs: Scaled;
  readonly pdfPages: Scaled;
  /** The report model with 5 (x1) and 50 (x10) processing activities; null without a list. */
  readonly activitiesMs: Scaled | null;
}

const folder = join(repoRoot, 'questionnaires/gdpr-readiness');
// What the app passes (src/app/questionnaire-source.ts): the reachability search is left to npm run validate.
const APP_PARSE: ParseOptions = { checkReachability: false };

// The first copy keeps the original ids, so what the questionnaire's other parts name (exits,
// critical gaps, determinations, flags) still exists.
const copy = (id: string, n: number) => (n === 1 ? id : `${id}-x${n}`);
const copies = <T>(make: (n: number) => T[]): T[] =>
  Array.from({ length: 10 }, (_, i) => make(i + 1)).flat();

/**
 * Copy `n` of a question. A list's own questions are renamed with it (ids are global), and so is
 * every mention of them inside the list: its conditions, templates and record.
 */
function copyQuestion(question: Question, n: number): Question {
  if (question.type !== 'repeatable' || n === 1) return { ...question, id: copy(question.id, n) };
  let text = JSON.stringify(question);
  for (const inner of question.questions)
    text = text.replaceAll(`"${inner.id}"`, `"${copy(inner.id, n)}"`);
  // The copy's items are judged by no determination of their own, so it has no summary columns.
  return { ...(JSON.parse(text) as RepeatableQuestion), id: copy(question.id, n), summary: [] };
}

/** Copy `n` of an answer: a list's items answer the renamed questions of that copy. */
function copyAnswer(value: AnswerValue, n: number): AnswerValue {
  if (!isItemList(value)) return value;
  return value.map((item) => ({
    id: item.id,
    answers: Object.fromEntries(Object.entries(item.answers).map(([k, v]) => [copy(k, n), v])),
  }));
}

/**
 * Ten copies of every section and question, ids of copies 2 … 10 suffixed -x2 … -x10, with
 * the answers copied alike. Conditions keep naming the first copy's questions, whose answers
 * are the same, so every copy shows what the first one shows.
 */
function tenfold(q: Questionnaire, answers: Answers): { q: Questionnaire; answers: Answers } {
  return {
    q: {
      ...q,
      sections: copies((n) =>
        q.sections.map((section) => ({
          ...section,
          id: copy(section.id, n),
          questions: section.questions.map((question) => copyQuestion(question, n)),
        })),
      ),
    },
    answers: Object.fromEntries(
      copies((n) =>
        Object.entries(answers).map(([id, v]): [string, AnswerValue] => [
          copy(id, n),
          copyAnswer(v, n),
        ]),
      ),
    ),
  };
}

/** A locale file for the tenfold copy: section and question texts under each copy's id. */
function tenfoldLocale(text: string): string {
  const locale = JSON.parse(text) as Record<string, Record<string, unknown>>;
  const suffixed = (entries: Record<string, unknown> = {}) =>
    Object.fromEntries(
      copies((n) => Object.entries(entries).map(([id, v]): [string, unknown] => [copy(id, n), v])),
    );
  return JSON.stringify({
    ...locale,
    sections: suffixed(locale.sections),
    questions: suffixed(locale.questions),
  });
}

/**
 * The answers with `count` processing activities: the example's own, repeated under new ids and
 * numbered names. Null when the questionnaire has no list or the example lists nothing.
 */
function withActivities(q: Questionnaire, answers: Answers, count: number): Answers | null {
  const group = q.sections
    .flatMap((s) => s.questions)
    .find((x): x is RepeatableQuestion => x.type === 'repeatable');
  const given = group ? answers[group.id] : undefined;
  if (!group || !isItemList(given) || given.length === 0) return null;
  const naming = group.questions.find((x) => x.type === 'shortText')?.id;
  const items = Array.from({ length: count }, (_, i): RepeatedItem => {
    const item = given[i % given.length]!;
    const name = naming ? { [naming]: `${String(item.answers[naming])} ${i + 1}` } : {};
    return { id: `bench${i}`, answers: { ...item.answers, ...name } };
  });
  return { ...answers, [group.id]: items };
}

/** Median of `rounds` runs after one unmeasured run that warms the JIT up. */
async function medianMs(rounds: number, run: () => unknown): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

export async function engineTimings(rounds: number): Promise<EngineTimings> {
  const loaded = readQuestionnaireFolder(folder, APP_PARSE);
  if (!loaded.ok) throw new Error('the shipped questionnaire does not validate');
  const { questionnaire, texts } = loaded.bundle;
  const hospital = ExampleSchema.parse(
    JSON.parse(readFileSync(join(folder, 'examples/hospital.json'), 'utf8')),
  );
  const big = tenfold(questionnaire, hospital.answers);

  const languages = Object.keys(texts);
  const localeText = (lng: string) => readFileSync(join(folder, `locales/${lng}.json`), 'utf8');
  const files = (main: string, locale: (lng: string) => string) =>
    [
      { file: 'questionnaire.json', text: main },
      Object.fromEntries(languages.map((l) => [l, { file: `locales/${l}.json`, text: locale(l) }])),
    ] as const;
  const x1Files = files(readFileSync(join(folder, 'questionnaire.json'), 'utf8'), localeText);
  const x10Files = files(JSON.stringify(big.q), (l) => tenfoldLocale(localeText(l)));
  const tenfoldParsesClean = parseQuestionnaireTexts(...x10Files, APP_PARSE).ok;

  const t = createNodeTranslator(SOURCE_LANGUAGE, questionnaire.id, texts);
  const unsuffixed: typeof t = (key, params) => t(key.replace(/-x\d+(?=\.|$)/g, ''), params);
  const fonts = await nodeFonts();
  let pages = 0;
  const pdf = async (q: Questionnaire, answers: Answers, translate: typeof t) => {
    const bytes = await renderPdf(buildReport(q, answers), {
      t: translate,
      language: SOURCE_LANGUAGE,
      assessor: 'Bench',
      generatedAt: new Date(),
      appUrl: 'http://127.0.0.1:4173',
      fonts,
      embeddedAnswers: JSON.stringify(answers),
    });
    pages = (new TextDecoder('latin1').decode(bytes).match(/\/Type \/Page\b/g) ?? []).length;
  };

  const parseMs = {
    x1: await medianMs(rounds, () => parseQuestionnaireTexts(...x1Files, APP_PARSE)),
    x10: await medianMs(rounds, () => parseQuestionnaireTexts(...x10Files, APP_PARSE)),
  };
  const reportModelMs = {
    x1: await medianMs(rounds, () => buildReport(questionnaire, hospital.answers)),
    x10: await medianMs(rounds, () => buildReport(big.q, big.answers)),
  };
  const few = withActivities(questionnaire, hospital.answers, 5);
  const many = withActivities(questionnaire, hospital.answers, 50);
  const activitiesMs =
    few && many
      ? {
          x1: await medianMs(rounds, () => buildReport(questionnaire, few)),
          x10: await medianMs(rounds, () => buildReport(questionnaire, many)),
        }
      : null;
  const pdfX1 = await medianMs(Math.min(rounds, 3), () => pdf(questionnaire, hospital.answers, t));
  const pagesX1 = pages;
  const pdfX10 = await medianMs(Math.min(rounds, 3), () => pdf(big.q, big.answers, unsuffixed));
  return {
    parseMs,
    tenfoldParsesClean,
    reportModelMs,
    pdfMs: { x1: pdfX1, x10: pdfX10 },
    pdfPages: { x1: pagesX1, x10: pages },
    activitiesMs,
  };
}
