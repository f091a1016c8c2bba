import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from '@/i18n/languages';
import { filesByLanguage } from '@/i18n/locale-files';
import { baseURL } from './browser';

export type Lang = Language;

interface QuestionnaireTexts {
  readonly options: Record<string, string>;
  readonly sections: Record<string, { title: string }>;
  readonly questions: Record<string, { label: string }>;
}

interface AppTexts {
  readonly intro: { readonly start: string };
  readonly step: { readonly next: string; readonly toReview: string };
}

// Every registered language's files, so a walk in any language finds its controls by their names.
const texts = filesByLanguage(
  import.meta.glob<QuestionnaireTexts>('/questionnaires/gdpr-readiness/locales/*.json', {
    eager: true,
    import: 'default',
  }),
  (language) => `/questionnaires/gdpr-readiness/locales/${language}.json`,
);

const appTexts = filesByLanguage(
  import.meta.glob<AppTexts>(['/src/i18n/locales/*.json', '!/src/i18n/locales/*.*.json'], {
    eager: true,
    import: 'default',
  }),
  (language) => `/src/i18n/locales/${language}.json`,
);

export type Answer = string | string[];

export function optionLabel(lang: Lang, option: string): string {
  return texts[lang].options[option] ?? option;
}

export function sectionTitle(lang: Lang, section: string): string {
  return texts[lang].sections[section]?.title ?? section;
}

export function questionLabel(lang: Lang, question: string): string {
  return texts[lang].questions[question]?.label ?? question;
}

/** Answers one question with the mouse-free Playwright API (click/fill on labelled controls). */
export async function answer(
  page: Page,
  lang: Lang,
  question: string,
  value: Answer,
): Promise<void> {
  const box = page.locator(`#question-${question}`);
  // A step's code and texts may still be loading when its address shows.
  await box.waitFor();
  if (Array.isArray(value)) {
    for (const option of value)
      await box.getByRole('checkbox', { name: optionLabel(lang, option), exact: true }).check();
    return;
  }
  const radio = box.getByRole('radio', { name: optionLabel(lang, value), exact: true });
  if ((await radio.count()) > 0) await radio.check();
  else await box.getByRole('textbox').fill(value);
}

export async function answerStep(
  page: Page,
  lang: Lang,
  answers: Record<string, Answer>,
): Promise<void> {
  for (const [question, value] of Object.entries(answers))
    await answer(page, lang, question, value);
}

export function path(page: Page): string {
  return new URL(page.url()).pathname;
}

export async function expectHeading(page: Page, text: string): Promise<void> {
  await expect.poll(() => page.locator('h1').first().textContent()).toBe(text);
}

/** A small Dutch webshop: a controller established in the Netherlands. */
export const webshop: Record<string, Record<string, Answer>> = {
  scope: {
    'personal-data': 'yes',
    'household-only': 'no',
    'law-enforcement': 'no',
    'eu-establishment': 'yes',
    'establishment-countries': ['netherlands'],
  },
  organisation: {
    'organisation-name': 'Łódź & Dvořák Webwinkel B.V.',
    sector: 'retail-ecommerce',
    employees: '20',
    'public-body': 'no',
  },
  data: {
    'data-subjects': ['customers', 'employees'],
    'data-inventory': 'partly',
    'special-category': 'no',
    'sensitive-inferences': 'no',
    'revealing-records': ['none-of-these'],
    'criminal-data': 'no',
    'children-data': 'no',
    'national-id': 'no',
    'large-scale': 'no',
    profiling: 'no',
    'automated-decisions': 'no',
    marketing: 'no',
    'indirect-collection': 'no',
    transfers: 'no',
  },
  roles: {
    'controller-role': 'yes',
    'processor-role': 'no',
    'joint-control': 'no',
    'uses-processors': 'yes',
    'privacy-owner': 'partly',
    'cross-border': 'no',
  },
  activities: {
    // One activity from a template; its answers beyond the template's follow.
    activities: ['customer-orders'],
    'activity-recipients': ['internal-only'],
    'activity-uses-processors': 'yes',
    'activity-transfers': 'no',
    'activity-retention': '7 years after the last order',
    'activity-security': 'yes',
    'activity-security-description': 'Passwords and two-factor sign-in',
    'activity-dpia-criteria': ['none-of-these'],
    'activities-complete': 'yes',
  },
};

export async function start(page: Page, lang: Lang = 'en'): Promise<void> {
  await page.goto(`${baseURL()}/`);
  await page.getByRole('button', { name: appTexts[lang].intro.start }).click();
  await expect.poll(() => path(page)).toBe('/assessment/scope');
  await page.locator('form.step').waitFor();
}

export async function next(page: Page, lang: Lang = 'en', last = false): Promise<void> {
  const name = last ? appTexts[lang].step.toReview : appTexts[lang].step.next;
  await page.getByRole('button', { name, exact: true }).click();
}

/** Every answer the web shop persona gives, whatever step it is on. */
export const webshopAnswers: Record<string, Answer> = Object.fromEntries(
  Object.values(webshop).flatMap((step) => Object.entries(step)),
);

export interface ShownQuestion {
  readonly id: string;
  /** A list the person makes (processing activities) is a `group`; its options are its templates. */
  readonly kind: 'radio' | 'checkbox' | 'text' | 'group';
  /** Where the question sits on the page (CSS): a step's question, or one of an open item's. */
  readonly box: string;
  readonly options: string[];
  readonly answered: boolean;
}

/**
 * The questions the current step shows, read from the page as a person sees them: once the step
 * has drawn all of them (a long step draws its first ones a frame before the rest). A list's open
 * item adds its own questions; a list counts as answered once it has an item. `root` is where the
 * questions are: the step's form, or the workshop's presenter view.
 */
export async function shownQuestions(page: Page, root = 'form.step'): Promise<ShownQuestion[]> {
  await page.locator(`${root}:not([aria-busy])`).waitFor();
  return page.$$eval(`${root} .question`, (nodes) =>
    nodes.map((node): ShownQuestion => {
      const readInputs = (root: HTMLElement) => {
        const inputs = [...root.querySelectorAll('input, textarea')] as HTMLInputElement[];
        const kind =
          inputs[0]?.type === 'radio'
            ? 'radio'
            : inputs[0]?.type === 'checkbox'
              ? 'checkbox'
              : 'text';
        return {
          kind,
          options: kind === 'text' ? [] : inputs.map((i) => i.value),
          answered: kind === 'text' ? inputs[0]!.value !== '' : inputs.some((i) => i.checked),
        } as const;
      };
      const element = node as HTMLElement;
      if (element.classList.contains('item-question')) {
        const id = element.dataset.question ?? '';
        return { ...readInputs(element), id, box: `.item-fields [data-question="${id}"]` };
      }
      const id = element.id.replace(/^question-/, '');
      const box = `#${element.id}`;
      if (element.querySelector('.question-items')) {
        const templates = [
          ...element.querySelectorAll('.item-template option'),
        ] as HTMLOptionElement[];
        return {
          id,
          box,
          kind: 'group',
          options: templates.map((o) => o.value).filter((v) => v !== ''),
          answered: element.querySelector('li.item') !== null,
        };
      }
      return { ...readInputs(element), id, box };
    }),
  );
}

/**
 * The persona's answer, or a plain one: "yes" where offered, else the first option, a number or a
 * name; a list gets one item from its first template.
 */
export function plainAnswerFor(question: ShownQuestion, answers: Record<string, Answer>): Answer {
  const given = answers[question.id];
  if (given !== undefined) return given;
  if (question.kind === 'radio')
    return question.options.includes('yes') ? 'yes' : question.options[0]!;
  if (question.kind === 'checkbox' || question.kind === 'group') return [question.options[0]!];
  return /employees|turnover|number/.test(question.id) ? '20' : 'Acme';
}

/**
 * Answers every question the step shows (including ones an answer reveals) with `answerOne`. A
 * list's answer is the templates to start items from: `answerOne` gets one template at a time and
 * adds its item, whose questions are then answered before the next item is added.
 */
export async function completeStep(
  page: Page,
  answers: Record<string, Answer>,
  answerOne: (question: ShownQuestion, value: Answer) => Promise<void>,
): Promise<void> {
  for (let guard = 0; guard < 40; guard++) {
    const open = (await shownQuestions(page)).find((q) => !q.answered);
    if (!open) return;
    if (open.kind !== 'group') {
      await answerOne(open, plainAnswerFor(open, answers));
      continue;
    }
    for (const template of [plainAnswerFor(open, answers)].flat()) {
      await answerOne(open, template);
      await completeOpenItem(page, answers, answerOne);
    }
  }
  throw new Error('a step kept showing unanswered questions');
}

async function completeOpenItem(
  page: Page,
  answers: Record<string, Answer>,
  answerOne: (question: ShownQuestion, value: Answer) => Promise<void>,
): Promise<void> {
  for (let guard = 0; guard < 60; guard++) {
    const open = (await shownQuestions(page)).find(
      (q) => q.box.startsWith('.item-fields') && !q.answered,
    );
    if (!open) return;
    await answerOne(open, plainAnswerFor(open, answers));
  }
  throw new Error('an item kept showing unanswered questions');
}

export const clickAnswer =
  (page: Page) =>
  async (question: ShownQuestion, value: Answer): Promise<void> => {
    const box = page.locator(question.box);
    if (question.kind === 'group') {
      await box.locator('.item-template select').selectOption(String(value));
      await box.locator('.item-template button').click();
    } else if (question.kind === 'text') await box.locator('input, textarea').fill(String(value));
    else for (const option of [value].flat()) await box.locator(`input[value="${option}"]`).check();
  };

/** Goes through every remaining step with the persona's answers until the review page. */
export async function runToReview(page: Page, answers = webshopAnswers): Promise<number> {
  let steps = 0;
  while (path(page).startsWith('/assessment/')) {
    const before = path(page);
    await completeStep(page, answers, clickAnswer(page));
    await page.locator('form.step button[type=submit]').click();
    await expect.poll(() => path(page)).not.toBe(before);
    steps += 1;
    if (steps > 30) throw new Error('more steps than sections');
  }
  expect(path(page)).toBe('/review');
  return steps;
}

/**
 * The storage key of the assessment the wizard works on (see src/engine/library/library.ts). On a
 * first visit the intro shows before the wizard has opened an assessment: this waits for it.
 */
export async function activeAssessmentKey(page: Page): Promise<string> {
  const handle = await page.waitForFunction(
    () =>
      (JSON.parse(localStorage.getItem('gdpr-readiness:library') ?? '{}') as { activeId?: string })
        .activeId,
    null,
    { timeout: 30_000 },
  );
  return `gdpr-readiness:assessment:${String(await handle.jsonValue())}`;
}
