/**
 * The numbering of Regulation (EU) 2016/679 (GDPR), as data: which articles,
 * paragraphs and points exist, so a cited reference can be checked.
 *
 * Verified: all 99 articles, paragraph by paragraph and list by list, against
 * the Publications Office's Formex XML of the consolidated English text
 * (CONSLEG 2016R0679, 23 May 2018, which includes the 2018 corrigendum), as
 * mirrored in andersju/gdpr-xml (`consolidated/gdpr-consolidated-en.xml`).
 * The 173 recitals were checked in the same text with its corrected preamble
 * (recital 173 is the last before "HAVE ADOPTED THIS REGULATION").
 * Not verified: the highest provision numbers of some national acts (`national-acts.ts`);
 * see {@link unverified}.
 *
 * Only lettered points are recorded; dashes (Art. 53(1)) and sub-points
 * (i), (ii) cannot be cited in our format and are left out.
 */

/** A point letter. The longest list in the GDPR, Art. 70(1), runs to (y). */
export type PointLetter =
  | 'a'
  | 'b'
  | 'c'
  | 'd'
  | 'e'
  | 'f'
  | 'g'
  | 'h'
  | 'i'
  | 'j'
  | 'k'
  | 'l'
  | 'm'
  | 'n'
  | 'o'
  | 'p'
  | 'q'
  | 'r'
  | 's'
  | 't'
  | 'u'
  | 'v'
  | 'w'
  | 'x'
  | 'y';

/** The numbered parts of one GDPR article. */
export interface GdprArticle {
  /**
   * How many numbered paragraphs ("1.", "2.", ...) the article has; 0 when its
   * text is not divided into paragraphs (Art. 10, Art. 87). For Art. 4 this is
   * the number of definitions, which are cited the same way: "Art. 4(7)".
   */
  readonly paragraphs: number;
  /** The last point letter of each paragraph that lists points: `{ 3: 'h' }` means (3)(a) to (3)(h). */
  readonly points?: Readonly<Partial<Record<number, PointLetter>>>;
  /** The last letter of points that hang on the article itself, without paragraphs (Art. 50(a) to (d)). */
  readonly ownPoints?: PointLetter;
  /** True when the numbered parts are points, not paragraphs: Art. 4's definitions (1) to (26). */
  readonly numberedPoints?: true;
}

/** Articles 1 to 99 of the GDPR, by number. */
export const GDPR_ARTICLES: Readonly<Record<number, GdprArticle>> = {
  // Chapter I: general provisions
  1: { paragraphs: 3 },
  2: { paragraphs: 4, points: { 2: 'd' } },
  3: { paragraphs: 3, points: { 2: 'b' } },
  4: { paragraphs: 26, numberedPoints: true, points: { 16: 'b', 22: 'c', 23: 'b' } },
  // Chapter II: principles
  5: { paragraphs: 2, points: { 1: 'f' } },
  6: { paragraphs: 4, points: { 1: 'f', 3: 'b', 4: 'e' } },
  7: { paragraphs: 4 },
  8: { paragraphs: 3 },
  9: { paragraphs: 4, points: { 2: 'j' } },
  10: { paragraphs: 0 },
  11: { paragraphs: 2 },
  // Chapter III: rights of the data subject
  12: { paragraphs: 8, points: { 5: 'b' } },
  13: { paragraphs: 4, points: { 1: 'f', 2: 'f' } },
  14: { paragraphs: 5, points: { 1: 'f', 2: 'g', 3: 'c', 5: 'd' } },
  15: { paragraphs: 4, points: { 1: 'h' } },
  16: { paragraphs: 0 },
  17: { paragraphs: 3, points: { 1: 'f', 3: 'e' } },
  18: { paragraphs: 3, points: { 1: 'd' } },
  19: { paragraphs: 0 },
  20: { paragraphs: 4, points: { 1: 'b' } },
  21: { paragraphs: 6 },
  22: { paragraphs: 4, points: { 2: 'c' } },
  23: { paragraphs: 2, points: { 1: 'j', 2: 'h' } },
  // Chapter IV: controller and processor
  24: { paragraphs: 3 },
  25: { paragraphs: 3 },
  26: { paragraphs: 3 },
  27: { paragraphs: 5, points: { 2: 'b' } },
  28: { paragraphs: 10, points: { 3: 'h' } },
  29: { paragraphs: 0 },
  30: { paragraphs: 5, points: { 1: 'g', 2: 'd' } },
  31: { paragraphs: 0 },
  32: { paragraphs: 4, points: { 1: 'd' } },
  33: { paragraphs: 5, points: { 3: 'd' } },
  34: { paragraphs: 4, points: { 3: 'c' } },
  35: { paragraphs: 11, points: { 3: 'c', 7: 'd' } },
  36: { paragraphs: 5, points: { 3: 'f' } },
  37: { paragraphs: 7, points: { 1: 'c' } },
  38: { paragraphs: 6 },
  39: { paragraphs: 2, points: { 1: 'e' } },
  40: { paragraphs: 11, points: { 2: 'k' } },
  41: { paragraphs: 6, points: { 2: 'd' } },
  42: { paragraphs: 8 },
  43: { paragraphs: 9, points: { 1: 'b', 2: 'e' } },
  // Chapter V: transfers to third countries or international organisations
  44: { paragraphs: 0 },
  45: { paragraphs: 9, points: { 2: 'c' } },
  46: { paragraphs: 5, points: { 2: 'f', 3: 'b' } },
  47: { paragraphs: 3, points: { 1: 'c', 2: 'n' } },
  48: { paragraphs: 0 },
  49: { paragraphs: 6, points: { 1: 'g' } },
  50: { paragraphs: 0, ownPoints: 'd' },
  // Chapter VI: independent supervisory authorities
  51: { paragraphs: 4 },
  52: { paragraphs: 6 },
  53: { paragraphs: 4 },
  54: { paragraphs: 2, points: { 1: 'f' } },
  55: { paragraphs: 3 },
  56: { paragraphs: 6 },
  57: { paragraphs: 4, points: { 1: 'v' } },
  58: { paragraphs: 6, points: { 1: 'f', 2: 'j', 3: 'j' } },
  59: { paragraphs: 0 },
  // Chapter VII: cooperation and consistency
  60: { paragraphs: 12 },
  61: { paragraphs: 9, points: { 4: 'b' } },
  62: { paragraphs: 7 },
  63: { paragraphs: 0 },
  64: { paragraphs: 8, points: { 1: 'f', 5: 'b' } },
  65: { paragraphs: 6, points: { 1: 'c' } },
  66: { paragraphs: 4 },
  67: { paragraphs: 0 },
  68: { paragraphs: 6 },
  69: { paragraphs: 2 },
  70: { paragraphs: 4, points: { 1: 'y' } },
  71: { paragraphs: 2 },
  72: { paragraphs: 2 },
  73: { paragraphs: 2 },
  74: { paragraphs: 2, points: { 1: 'c' } },
  75: { paragraphs: 6, points: { 6: 'g' } },
  76: { paragraphs: 2 },
  // Chapter VIII: remedies, liability and penalties
  77: { paragraphs: 2 },
  78: { paragraphs: 4 },
  79: { paragraphs: 2 },
  80: { paragraphs: 2 },
  81: { paragraphs: 3 },
  82: { paragraphs: 6 },
  83: { paragraphs: 9, points: { 2: 'k', 4: 'c', 5: 'e' } },
  84: { paragraphs: 2 },
  // Chapter IX: specific processing situations
  85: { paragraphs: 3 },
  86: { paragraphs: 0 },
  87: { paragraphs: 0 },
  88: { paragraphs: 3 },
  89: { paragraphs: 4 },
  90: { paragraphs: 2 },
  91: { paragraphs: 2 },
  // Chapter X: delegated and implementing acts
  92: { paragraphs: 5 },
  93: { paragraphs: 3 },
  // Chapter XI: final provisions
  94: { paragraphs: 2 },
  95: { paragraphs: 0 },
  96: { paragraphs: 0 },
  97: { paragraphs: 5, points: { 2: 'b' } },
  98: { paragraphs: 0 },
  99: { paragraphs: 2 },
};

/** The GDPR's highest article number. */
export const GDPR_ARTICLE_COUNT = 99;

/** The number of recitals in the GDPR's preamble. */
export const GDPR_RECITAL_COUNT = 173;

/** Provisions whose numbering here was not checked against an official text. */
export const unverified: readonly { readonly provision: string; readonly reason: string }[] = [
  {
    provision: 'UAVG: highest article number',
    reason:
      '51 comes from the project brief; no copy of the UAVG text was reachable to confirm where its final provisions end.',
  },
  {
    provision: 'databeskyttelsesloven: highest section number',
    reason:
      '48 is from memory of lov nr. 502 af 23. maj 2018; the official text on retsinformation.dk was not reachable here.',
  },
  {
    provision: 'loi Informatique et Libertés: highest article number',
    reason:
      '125 is from memory of the text as rewritten by ordonnance n° 2018-1125; the consolidated text on Légifrance was not reachable here.',
  },
];
