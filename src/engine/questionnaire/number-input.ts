import { languageEntry, perLanguage, type Language } from '../../i18n/languages';

/**
 * Reading numbers as people type them in the interface language: Dutch
 * `1.234.567,89` and English `1,234,567.89` are the same number. Text that
 * could mean two different numbers is refused rather than guessed, so no
 * text is ever read as one number in Dutch and as another in English.
 */

/** How a language writes numbers: the mark between thousands and the mark before decimals. */
interface NumberConvention {
  readonly group: '.' | ',';
  readonly decimal: '.' | ',';
}

/** Each language's decimal mark, as Intl writes it; the other mark groups thousands. */
const CONVENTIONS: Readonly<Record<Language, NumberConvention>> = perLanguage((language) => {
  const decimal = new Intl.NumberFormat(languageEntry(language).locale)
    .formatToParts(1.5)
    .find((part) => part.type === 'decimal')?.value;
  return decimal === ',' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
});

/**
 * Why a text is not accepted as a number:
 * - `empty`: nothing but spaces;
 * - `not-a-number`: letters or other signs, such as "about twenty";
 * - `not-integer`: a number with a fraction where only whole numbers are asked for;
 * - `ambiguous-separator`: points and commas that the language does not write that way, or that
 *   could mean two numbers (`1.5` in Dutch, `1,5` or `1.500` in English);
 * - `bad-grouping`: thousands separators of the language, but not between groups of three digits.
 */
export type NumberInputProblem =
  'empty' | 'not-a-number' | 'not-integer' | 'ambiguous-separator' | 'bad-grouping';

/** A text that is not accepted, with the numbers it could have meant when it is ambiguous. */
export type NumberInputRefusal =
  | {
      readonly ok: false;
      readonly problem: 'ambiguous-separator';
      /** The numbers the text means in the languages that can read it, own language first; whole numbers only for integer fields. */
      readonly readings: readonly number[];
    }
  | { readonly ok: false; readonly problem: Exclude<NumberInputProblem, 'ambiguous-separator'> };

export type NumberInputResult = { readonly ok: true; readonly value: number } | NumberInputRefusal;

export interface NumberInputOptions {
  /** Whole numbers only: `2,5` in Dutch or `2.5` in English is refused as `not-integer`. */
  readonly integer: boolean;
}

/** The digits a text stands for in one convention, before sign and fraction are combined. */
interface Reading {
  readonly whole: string;
  readonly fraction: string;
  /** Whether the decimal mark was used, so the reading is a decimal one. */
  readonly decimal: boolean;
}

const SIGN = /^([+\-\u2212])\s*/;
const CURRENCY_START = /^(?:€|euros?|eur)\s*/i;
const CURRENCY_END = /\s*(?:€|euros?|eur)$/i;
const SEPARATOR = /\s+|[.,]/;

/**
 * Reads a number as typed in `language`. Thousands may be grouped with the
 * language's mark (`.` in Dutch, `,` in English) or with spaces (including
 * non-breaking and narrow non-breaking spaces), always in groups of three
 * digits; decimals follow the language's other mark. A leading `+` or `-` and
 * a euro sign or `EUR` before or after the number are allowed. Range checks
 * are left to the question (see `validateAnswer`).
 *
 * A text that is not valid in the language is refused, with the number it
 * means in the other convention when there is one (`1.5` in Dutch: "did you
 * mean 1,5?"). A single decimal mark before exactly three digits is refused
 * too when the other language reads it as a thousands separator (`1,000` in
 * Dutch, `2.500` in English): it could mean either number.
 *
 * @example parseNumberInput('1.234.567,89', 'nl', { integer: false }) // { ok: true, value: 1234567.89 }
 * @example parseNumberInput('2,5', 'nl', { integer: true }) // { ok: false, problem: 'not-integer' }
 */
export function parseNumberInput(
  text: string,
  language: Language,
  options: NumberInputOptions,
): NumberInputResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  const parts = splitAffixes(trimmed);
  if (!parts || !/^[\d.,\s]+$/.test(parts.body) || !/\d/.test(parts.body))
    return { ok: false, problem: 'not-a-number' };
  const { negative, body } = parts;

  const own = CONVENTIONS[language];
  const others = Object.values(CONVENTIONS).filter((c) => c.decimal !== own.decimal);
  const otherValues = others
    .map((c) => readIn(body, c))
    .filter((r): r is Reading => r !== null)
    .map((r) => toNumber(r, negative));
  const keep = (values: readonly number[]) =>
    [...new Set(values)].filter(
      (v) => Number.isFinite(v) && (!options.integer || Number.isInteger(v)),
    );

  const reading = readIn(body, own);
  if (!reading) {
    if (otherValues.length > 0)
      return { ok: false, problem: 'ambiguous-separator', readings: keep(otherValues) };
    return hasOnlyGroupMarks(body, own)
      ? { ok: false, problem: 'bad-grouping' }
      : { ok: false, problem: 'ambiguous-separator', readings: [] };
  }
  const value = toNumber(reading, negative);
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (reading.decimal && otherValues.some((v) => v !== value))
    return { ok: false, problem: 'ambiguous-separator', readings: keep([value, ...otherValues]) };
  if (options.integer && !Number.isInteger(value)) return { ok: false, problem: 'not-integer' };
  return { ok: true, value };
}

/**
 * Writes a number the way {@link parseNumberInput} reads it back in
 * `language`, for showing a saved answer in a field: `1234567.89` becomes
 * `1.234.567,89` in Dutch and `1,234,567.89` in English.
 */
export function formatNumberForInput(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value);
  const number = value === 0 ? 0 : value;
  const text = new Intl.NumberFormat(language, { maximumFractionDigits: 20 }).format(number);
  const read = parseNumberInput(text, language, { integer: false });
  if (read.ok && read.value === number) return text;
  // Three decimals after a small whole part read as thousands in the other language
  // ("1.125" in English); a fourth, zero decimal takes the doubt away.
  return new Intl.NumberFormat(language, {
    minimumFractionDigits: fractionDigits(text, CONVENTIONS[language]) + 1,
    maximumFractionDigits: 20,
  }).format(number);
}

function fractionDigits(text: string, convention: NumberConvention): number {
  const at = text.lastIndexOf(convention.decimal);
  return at < 0 ? 0 : text.length - at - 1;
}

/** Takes a sign and a currency off either end; null when there are two of either. */
function splitAffixes(text: string): { negative: boolean; body: string } | null {
  let rest = text;
  let sign: string | undefined;
  let currency = false;
  for (let round = 0; round < 2; round++) {
    const s = SIGN.exec(rest);
    if (s && sign === undefined) {
      sign = s[1];
      rest = rest.slice(s[0].length);
      continue;
    }
    const c = CURRENCY_START.exec(rest);
    if (c && !currency) {
      currency = true;
      rest = rest.slice(c[0].length);
    }
  }
  const end = CURRENCY_END.exec(rest);
  if (end) {
    if (currency) return null;
    rest = rest.slice(0, end.index);
  }
  if (SIGN.test(rest)) return null;
  return { negative: sign === '-' || sign === '\u2212', body: rest };
}

/**
 * The digits of `body` in one convention, or null when it does not write numbers that way:
 * at most one decimal mark with digits after it, and before it either plain digits or groups
 * of three after a first group of one to three digits (not starting with 0), all separated by
 * one kind of separator (the convention's mark or spaces).
 */
function readIn(body: string, convention: NumberConvention): Reading | null {
  const [whole = '', fraction, ...more] = body.split(convention.decimal);
  if (more.length > 0) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;
  if (whole === '') return fraction === undefined ? null : { whole: '0', fraction, decimal: true };
  // Only the thousands mark and spaces are left before the decimal mark; one kind at a time.
  const separators = whole.match(new RegExp(SEPARATOR, 'g')) ?? [];
  if (new Set(separators.map((s) => (s.trim() === '' ? ' ' : s))).size > 1) return null;
  const groups = whole.split(SEPARATOR);
  if (groups.length > 1) {
    const [first = '', ...rest] = groups;
    if (!/^[1-9]\d{0,2}$/.test(first) || rest.some((g) => !/^\d{3}$/.test(g))) return null;
  } else if (!/^\d+$/.test(whole)) return null;
  return { whole: groups.join(''), fraction: fraction ?? '', decimal: fraction !== undefined };
}

function toNumber(reading: Reading, negative: boolean): number {
  const magnitude = Number(`${reading.whole}.${reading.fraction || '0'}`);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

/** Whether the only marks in `body` are the convention's thousands mark and spaces. */
function hasOnlyGroupMarks(body: string, convention: NumberConvention): boolean {
  return [...body].every((ch) => ch === convention.group || /[\d\s]/.test(ch));
}
