/**
 * The languages the app speaks: the one list every other language-dependent
 * thing is derived from (the `Language` type, the zod schemas, detection, the
 * switcher, the text loaders, the PDF, number and date formats, the CLI's
 * `--lang`). Adding a language is one entry here plus its translation files
 * (README, "Adding a language"); the parity tests then demand every file.
 *
 * Plain data with no imports, so every layer (engine, report, ui, app, scripts)
 * may read it.
 */

/**
 * How a language cites a GDPR provision or a national act. The stored form is
 * "Art. 28(3)(a)", "Art. 4(16)(b)" (Art. 4's numbers are definitions, not
 * paragraphs), "Rec. 47", "UAVG 46" or "BDSG 38(1)"; each template fills `{n}` with a number and `{p}` with a point
 * letter, and the pieces are written one after the other.
 *
 * A piece that starts with a space (after an optional comma) may start a new
 * line in a narrow column; every other space, and a leading `\u00a0`, holds
 * the piece to what comes before it.
 */
export interface CitationStyle {
  /** "Art. {n}", "art. {n}", "article {n}". */
  readonly article: string;
  /** A numbered paragraph: "({n})", " lid {n}", " Abs. {n}", ", paragraphe {n}". */
  readonly paragraph: string;
  /** A point letter within a paragraph or article: "({p})", " onder {p}", " lit. {p}". */
  readonly point: string;
  /** A numbered point (Art. 4's definitions): "({n})", "\u00a0onder {n}", " Nr. {n}". */
  readonly numberedPoint: string;
  /** A letter within a numbered point: "({p})", " sub {p}", " Buchst. {p}". */
  readonly pointOfNumbered: string;
  /** A recital: "Recital {n}", "overweging {n}", "Erwägungsgrund {n}". */
  readonly recital: string;
  /** Where the act's short name goes: "{ref} {act}", "{ref}, du {act}". */
  readonly act: string;
  /**
   * Where it goes after a bare article or recital, when that differs: French
   * writes "article 6, paragraphe 1, du RGPD" but "article 30 du RGPD".
   */
  readonly actShort?: string;
  /** A section of an act numbered by sections (German, Danish): "§ {n}". */
  readonly section: string;
  /** A numbered subsection of such a section: "({n})", " Abs. {n}", ", alinéa {n}", ", stk. {n}". */
  readonly subsection: string;
  /**
   * Acts this language names in its own way, by the act's short name ("LIL",
   * "DBL"): `act` and `actShort` templates with the name written in, used instead
   * of the language's own. French writes "de la loi Informatique et Libertés",
   * Danish "databeskyttelseslovens § 11, stk. 2".
   */
  readonly namedActs?: Readonly<
    Record<string, { readonly act: string; readonly actShort?: string }>
  >;
}

export interface LanguageEntry {
  /** ISO 639-1 code: file names, URLs, i18next, `<html lang>`. */
  readonly code: string;
  /** The language's name in itself, as the switcher lists it. */
  readonly name: string;
  /** The Intl locale for numbers and dates ("7 Dec 2026" in British English, day first). */
  readonly locale: string;
  /**
   * The PDF's document language (its `/Lang` entry, read by screen readers). jsPDF writes only
   * codes on its own list and drops any other without a word: it has "da" but not "da-DK".
   */
  readonly pdfLanguage: string;
  /** The GDPR's short name in the language, as its citations name the act. */
  readonly gdprName: string;
  readonly citation: CitationStyle;
}

export const LANGUAGES = [
  {
    code: 'en',
    name: 'English',
    locale: 'en-GB',
    pdfLanguage: 'en-GB',
    gdprName: 'GDPR',
    citation: {
      article: 'Art. {n}',
      paragraph: '({n})',
      point: '({p})',
      numberedPoint: '({n})',
      pointOfNumbered: '({p})',
      recital: 'Recital {n}',
      act: '{ref} {act}',
      section: '§ {n}',
      subsection: '({n})',
    },
  },
  {
    code: 'nl',
    name: 'Nederlands',
    locale: 'nl-NL',
    pdfLanguage: 'nl',
    gdprName: 'AVG',
    citation: {
      article: 'art. {n}',
      paragraph: ' lid {n}',
      point: ' onder {p}',
      numberedPoint: '\u00a0onder {n}',
      pointOfNumbered: ' sub {p}',
      recital: 'overweging {n}',
      act: '{ref} {act}',
      section: '§ {n}',
      subsection: ' lid {n}',
    },
  },
  {
    code: 'de',
    name: 'Deutsch',
    locale: 'de-DE',
    pdfLanguage: 'de-DE',
    gdprName: 'DSGVO',
    citation: {
      article: 'Art. {n}',
      paragraph: ' Abs. {n}',
      point: ' lit. {p}',
      numberedPoint: ' Nr. {n}',
      pointOfNumbered: ' lit. {p}',
      // The usual short form in German legal writing: the full word does not fit a table column.
      recital: 'ErwG {n}',
      act: '{ref} {act}',
      section: '§ {n}',
      subsection: ' Abs. {n}',
    },
  },
  {
    code: 'fr',
    name: 'Français',
    locale: 'fr-FR',
    pdfLanguage: 'fr-FR',
    gdprName: 'RGPD',
    citation: {
      // The short forms of French legal writing: "paragraphe" does not fit a table column.
      article: 'art. {n}',
      paragraph: ', par. {n}',
      point: ', point {p})',
      numberedPoint: ', point {n})',
      pointOfNumbered: ' {p})',
      recital: 'consid. {n}',
      act: '{ref}, du {act}',
      actShort: '{ref} du {act}',
      section: '§ {n}',
      subsection: ', alinéa {n}',
      namedActs: {
        LIL: {
          act: '{ref}, de la loi Informatique et Libertés',
          actShort: '{ref} de la loi Informatique et Libertés',
        },
        DBL: {
          act: '{ref}, de la databeskyttelsesloven',
          actShort: '{ref} de la databeskyttelsesloven',
        },
      },
    },
  },
  {
    code: 'da',
    name: 'Dansk',
    locale: 'da-DK',
    pdfLanguage: 'da',
    // Danish prose names "databeskyttelsesforordningen"; a citation uses the short name every
    // Danish reader knows, which fits a table column.
    gdprName: 'GDPR',
    citation: {
      article: 'art. {n}',
      paragraph: ', stk. {n}',
      point: ', litra {p}',
      numberedPoint: ', nr. {n}',
      pointOfNumbered: ', litra {p}',
      recital: 'betragtning {n}',
      act: '{act} {ref}',
      section: '§ {n}',
      subsection: ', stk. {n}',
      // Other acts than the GDPR go after the provision, as Danish prose cites them.
      namedActs: {
        DBL: { act: 'databeskyttelseslovens {ref}' },
        BDSG: { act: '{ref}, i BDSG', actShort: '{ref} i BDSG' },
        LIL: {
          act: '{ref}, i loi Informatique et Libertés',
          actShort: '{ref} i loi Informatique et Libertés',
        },
      },
    },
  },
] as const satisfies readonly LanguageEntry[];

export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * Everything derived from a list of languages. The app derives it from
 * {@link LANGUAGES}; a test may derive it from a longer list to show that a
 * new language needs nothing but its entry and files.
 */
export function deriveRegistry<Code extends string>(
  languages: readonly (LanguageEntry & { readonly code: Code })[],
) {
  const codes = languages.map((l) => l.code) as [Code, ...Code[]];
  const source = codes[0];
  const isLanguage = (value: unknown): value is Code =>
    typeof value === 'string' && (codes as readonly string[]).includes(value);
  return {
    /** Every language's code, in the registry's order. */
    LANGUAGE_CODES: codes,
    /** The language every text is written in first, and the fallback for a text or language missing. */
    SOURCE_LANGUAGE: source,
    isLanguage,
    /** The registry entry of a language. */
    languageEntry: (code: Code): LanguageEntry =>
      languages.find((l) => l.code === code) ?? languages[0]!,
    /** `value` when it is a registered language, else the source language. */
    languageOr: (value: unknown): Code => (isLanguage(value) ? value : source),
    /**
     * One value per language, made by `make`: the way to build a table keyed by
     * language, so that no table lists languages of its own.
     */
    perLanguage: <T>(make: (language: Code) => T): Record<Code, T> =>
      Object.fromEntries(codes.map((code) => [code, make(code)])) as Record<Code, T>,
  };
}

export const {
  LANGUAGE_CODES,
  SOURCE_LANGUAGE,
  isLanguage,
  languageEntry,
  languageOr,
  perLanguage,
} = deriveRegistry<Language>(LANGUAGES);
