import { citeLegalRefBound } from '../engine/legal/cite-legal-ref';
import { languageEntry, type Language } from '../i18n/languages';
import { NATIONAL_ACTS } from '../engine/legal/national-acts';
import { isItemList } from '../engine/questionnaire/answer-value';
import type { AnswerValue, FineTier } from '../engine/questionnaire/questionnaire.schema';
import type { Readiness } from './report.types';

/**
 * The words and numbers of the report, without any layout: looks texts up
 * through the caller's translate function and formats amounts, dates, answers
 * and legal references in the report's language. The PDF and the printable
 * page (`/report`) both read the report through it.
 */

/**
 * Translates a key; i18next's `t` fits. For a key it does not know it must
 * return the key itself (i18next's default): that is how an option without a
 * label of its own, or a text answer, is told apart from a translated option.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The GDPR on EUR-Lex: every article and recital reference links here. */
export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** The Dutch implementation act (UAVG) on wetten.overheid.nl, for "UAVG n" references. */
export const UAVG_URL = NATIONAL_ACTS.UAVG.url;

/**
 * Where a cited legal reference ("Art. 28(3) GDPR", "art. 46 UAVG", "§ 38 BDSG", "Rec. 47")
 * links to: the national act it names, or else the GDPR.
 */
export function legalRefUrl(cited: string): string {
  // A cited reference may hold its act's name together with no-break spaces.
  const ref = cited.replace(/\u00a0/g, ' ');
  const act = Object.entries(NATIONAL_ACTS).find(
    ([name, { citedAs }]) => ref.includes(citedAs) || ref.includes(name),
  );
  return act ? act[1].url : GDPR_URL;
}

/**
 * References cited in the report's language and joined for a narrow column,
 * held together by no-break spaces so that a line break never splits
 * "Art. 28(3)" or "art. 28" and every reference can carry its own link.
 */
function citation(refs: readonly string[], language: Language): string {
  return refs.map((ref) => citeLegalRefBound(ref, language)).join(', ');
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Looks up and formats the report's texts in one language. */
export class ReportTexts {
  private readonly number: Intl.NumberFormat;
  private readonly euro: Intl.NumberFormat;

  constructor(
    readonly t: Translate,
    readonly language: Language,
  ) {
    this.number = new Intl.NumberFormat(this.locale);
    this.euro = new Intl.NumberFormat(this.locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
  }

  get locale(): string {
    return languageEntry(this.language).locale;
  }

  /** The text of a key, or null when the caller's `t` does not know it. */
  optional(key: string): string | null {
    const value = this.t(key);
    return value === key || value.trim() === '' ? null : value;
  }

  /** References cited in the report's language, for a narrow column; see {@link citation}. */
  cite(refs: readonly string[]): string {
    return citation(refs, this.language);
  }

  /** A fine tier's article ("art. 83 lid 5 AVG"), or that none applies, in the report's language. */
  tier(tier: FineTier): string {
    return this.cite([this.t(`report:tierShort.${tier}`)]);
  }

  amount(value: number): string {
    return this.euro.format(value);
  }

  date(value: Date): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(value);
  }

  /** An ISO date (yyyy-mm-dd), or a month (yyyy-mm), in the report's language. */
  isoDate(value: string): string {
    const [year, month, day] = value.split('-').map(Number);
    if (!year || !month) return value;
    const date = new Date(Date.UTC(year, month - 1, day ?? 1));
    return new Intl.DateTimeFormat(this.locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: day ? 'short' : 'long',
      ...(day ? { day: 'numeric' } : {}),
    }).format(date);
  }

  /** An option's label for one question: its own wording if it has one, else the shared one. */
  option(questionId: string, option: string): string {
    return (
      this.optional(`questions.${questionId}.options.${option}`) ??
      this.optional(`options.${option}`) ??
      option
    );
  }

  /**
   * An answer as a person reads it: option labels (a bulleted line each for several),
   * numbers in the language's format, texts as typed.
   */
  answer(
    questionId: string,
    value: AnswerValue,
    itemNames: readonly (string | null)[] = [],
  ): string {
    if (isItemList(value))
      return value
        .map((_, n) => `• ${itemNames[n] ?? `${this.t(`questions.${questionId}.item`)} ${n + 1}`}`)
        .join('\n');
    if (Array.isArray(value)) {
      const labels = value.map((o) => this.option(questionId, o));
      return labels.length > 1 ? labels.map((label) => `• ${label}`).join('\n') : labels.join('');
    }
    if (typeof value === 'number') return this.number.format(value);
    return KEBAB.test(value) ? this.option(questionId, value) : value;
  }

  readiness(readiness: Readiness): string {
    return this.t(`report:readiness.${readiness}`);
  }

  section(sectionId: string, number: number | undefined): string {
    const title = this.t(`sections.${sectionId}.title`);
    return number === undefined ? title : `${number}. ${title}`;
  }
}
