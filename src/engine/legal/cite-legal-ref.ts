import {
  LANGUAGES,
  languageEntry,
  type CitationStyle,
  type Language,
  type LanguageEntry,
} from '../../i18n/languages';
import { GDPR_ARTICLES } from './gdpr-provisions';
import { parseLegalRef } from './legal-refs';
import { NATIONAL_ACT_NAMES, NATIONAL_ACTS } from './national-acts';

/**
 * A legal reference as a reader of the language expects to see it, naming its
 * act. The questionnaire stores references in one compact form ("Art. 28(3)(a)",
 * "Rec. 47", "UAVG 46"); Dutch legal writing cites "art. 28 lid 3 onder a AVG",
 * so a Dutch screen showing the stored form reads as a translation. How each
 * language cites is data in the language registry (`CitationStyle`).
 *
 * English: "Art. 28(3)(a) GDPR", "Recital 47 GDPR", "Art. 46 UAVG", "§ 38(1) BDSG".
 * Dutch: "art. 28 lid 3 onder a AVG", "art. 4 onder 11 AVG" (Art. 4's numbers
 * are definitions, not paragraphs; "art. 4 onder 16 sub b AVG"), "overweging 47
 * AVG", "art. 46 UAVG", "§ 38 lid 1 BDSG". A national act keeps the name its own
 * country gives it ("databeskyttelsesloven", "loi Informatique et Libertés").
 *
 * A text that is not a reference in the stored form is returned unchanged.
 */
export function citeLegalRef(ref: string, language: Language | LanguageEntry): string {
  const pieces = citationPieces(ref, entryOf(language));
  return pieces ? pieces.join('').replace(/\u00a0/g, ' ') : ref;
}

/**
 * A reference as {@link citeLegalRef} writes it, with no-break spaces wherever
 * a line may not break: only before the pieces the language's style lets start
 * a line (" lid 3", ", stk. 1"), so "Art. 28(3)" or "art. 28" never splits.
 */
export function citeLegalRefBound(ref: string, language: Language | LanguageEntry): string {
  const pieces = citationPieces(ref, entryOf(language));
  if (!pieces) return ref;
  return pieces
    .map((piece) => {
      const lead = /^,? /.exec(piece)?.[0] ?? '';
      return lead + piece.slice(lead.length).replace(/ /g, '\u00a0');
    })
    .join('');
}

const entryOf = (language: Language | LanguageEntry): LanguageEntry =>
  typeof language === 'string' ? languageEntry(language) : language;

const fill = (template: string, value: number | string) =>
  template.replace('{n}', String(value)).replace('{p}', String(value));

/** The pieces of a citation in order, the act's name bound to the last one; null for no reference. */
function citationPieces(
  ref: string,
  { citation: style, gdprName }: LanguageEntry,
): string[] | null {
  const parsed = parseLegalRef(ref);
  if (!parsed) return null;
  switch (parsed.kind) {
    case 'recital':
      return withAct([fill(style.recital, parsed.number)], style, gdprName);
    case 'national': {
      const { sign, citedAs } = NATIONAL_ACTS[parsed.act];
      const bySection = sign === '§';
      const pieces = [fill(bySection ? style.section : style.article, parsed.article)];
      if (parsed.paragraph !== undefined)
        pieces.push(fill(bySection ? style.subsection : style.paragraph, parsed.paragraph));
      return withAct(pieces, style.namedActs?.[parsed.act] ?? style, citedAs);
    }
    case 'gdpr-article': {
      const { article, paragraph, point } = parsed;
      const numbered = GDPR_ARTICLES[article]?.numberedPoints === true;
      const pieces = [fill(style.article, article)];
      if (paragraph !== undefined)
        pieces.push(fill(numbered ? style.numberedPoint : style.paragraph, paragraph));
      if (point !== undefined)
        pieces.push(
          fill(numbered && paragraph !== undefined ? style.pointOfNumbered : style.point, point),
        );
      return withAct(pieces, style, gdprName);
    }
  }
}

/** Puts the act's name where the style's `act` template says, held to the nearest piece. */
function withAct(
  pieces: string[],
  style: Pick<CitationStyle, 'act' | 'actShort'>,
  act: string,
): string[] {
  const template = pieces.length === 1 ? (style.actShort ?? style.act) : style.act;
  const [before = '', after = ''] = template.replace('{act}', act).split('{ref}');
  const bind = (text: string) => text.replace(/ /g, '\u00a0');
  const first = bind(before) + pieces[0]!;
  if (pieces.length === 1) return [first + bind(after)];
  return [first, ...pieces.slice(1, -1), pieces.at(-1)! + bind(after)];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A template as a regular expression: numbers and letters for its slots, either space for a space. */
function templatePattern(template: string): string {
  return escape(template)
    .replace(/\\\{n\\\}/g, '\\d+')
    .replace(/\\\{p\\\}/g, '[a-z]')
    .replace(/[ \u00a0]/g, '[ \\u00a0]');
}

const anyOf = (patterns: Iterable<string>) =>
  `(?:${[...new Set(patterns)].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * A pattern finding a reference in a longer text, cited in any of `entries`'
 * styles or in the stored form, with or without its act named: what a PDF
 * line or the report page links to EUR-Lex or a national act. Spaces may be no-break
 * spaces, which hold a reference on one line.
 */
export function citedLegalRefPattern(entries: readonly LanguageEntry[]): RegExp {
  const styles: CitationStyle[] = entries.map((e) => e.citation);
  const acts = anyOf(
    [...Object.values(NATIONAL_ACTS).map((a) => a.citedAs), ...entries.map((e) => e.gdprName)].map(
      templatePattern,
    ),
  );
  const [prefixes, suffixes] = [0, 1].map((side) =>
    anyOf(
      styles
        .flatMap((s) => [s, ...Object.values(s.namedActs ?? {})])
        .flatMap((s) => [s.act, s.actShort ?? s.act])
        .map((t) => templatePattern(t.split('{ref}')[side] ?? '').replace('\\{act\\}', acts)),
    ),
  );
  const articles = anyOf([
    'Art\\. \\d+',
    ...styles.flatMap((s) => [templatePattern(s.article), templatePattern(s.section)]),
  ]);
  const numbers = anyOf(
    styles.flatMap((s) => [
      templatePattern(s.paragraph),
      templatePattern(s.numberedPoint),
      templatePattern(s.subsection),
    ]),
  );
  const points = anyOf(
    styles.flatMap((s) => [templatePattern(s.point), templatePattern(s.pointOfNumbered)]),
  );
  const recitals = anyOf(['Rec\\. \\d+', ...styles.map((s) => templatePattern(s.recital))]);
  const stored = `(?:${NATIONAL_ACT_NAMES.join('|')})[ \\u00a0]\\d+(?:\\(\\d+\\))?`;
  const body = `(?:${articles}${numbers}?${points}?|${recitals}|${stored})`;
  return new RegExp(`(?:${prefixes}(?=${body}))?${body}(?:${suffixes}(?![\\p{L}\\d]))?`, 'gu');
}

/** {@link citedLegalRefPattern} for every registered language. */
export const CITED_LEGAL_REF = citedLegalRefPattern(LANGUAGES);
