import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, languageEntry, type Language } from '@/i18n/languages';
import { buildReport } from '@/report/build-report';
import { actionTextKey } from '@/report/planned-actions';
import { renderPdf } from '@/report/pdf/render-pdf';
import {
  exampleModel as model,
  flat,
  pdfOptions as options,
  renderedExample,
} from './helpers/rendered-pdf';
import { questionnaire, webshop } from './helpers/transfer';
import { readPdf, type PdfContent } from './pdf-text';

/**
 * The example report in every registered language, read back with pdf.js: its own texts come
 * back letter for letter, so the PDF fonts have a glyph for each letter and the text layer maps
 * it back. A letter without a glyph comes back as nothing, a control character or U+FFFD.
 */

/**
 * A language's own letters and words of this report that hold them (each checked against the
 * rendered text). A language without an entry is still checked through its section titles and
 * actions.
 */
const OWN_LETTERS: Partial<Record<Language, { letters: string; words: readonly string[] }>> = {
  nl: { letters: 'ë', words: ['categorieën', 'patiënten'] },
  de: {
    letters: 'äöüß',
    words: ['Maßnahmen', 'Tätigkeit', 'Größe', 'Aufsichtsbehörde', 'außerhalb', 'über'],
  },
  fr: {
    letters: 'éèçà',
    words: ['délégué', 'données à caractère personnel', 'particulières', 'règles', 'façon'],
  },
  da: {
    letters: 'æøå',
    words: ['databeskyttelsesrådgiver', 'særlige', 'Spørgsmål', 'ændrer', 'Bødeniveau'],
  },
};

describe.each(LANGUAGE_CODES)('the report PDF in %s', (language) => {
  const { t } = options(language);
  let pdf: PdfContent;
  let all: string;

  beforeAll(async () => {
    ({ content: pdf } = await renderedExample(language));
    all = flat(pdf.pages.join('\n'));
  });

  it('prints its section titles and action texts letter for letter', () => {
    for (const section of questionnaire.sections)
      expect(all).toContain(flat(t(`sections.${section.id}.title`)));
    for (const action of model.actions) expect(all).toContain(flat(t(actionTextKey(action))));
  });

  it("prints words with each of the language's own letters", () => {
    const own = OWN_LETTERS[language] ?? { letters: '', words: [] };
    for (const letter of own.letters)
      expect(
        own.words.filter((word) => word.includes(letter)),
        letter,
      ).not.toEqual([]);
    for (const word of own.words) expect(all).toContain(word);
  });

  it('holds no replacement or control character', () => {
    const lost = [...pdf.pages.join('')].filter((c) => c === '\ufffd' || c.charCodeAt(0) < 9);
    expect(lost).toEqual([]);
  });

  it("names the document's language", () => {
    expect(pdf.info.Language).toBe(languageEntry(language).pdfLanguage);
  });
});

describe('words the example report holds only in part', () => {
  it('in German: the DPIA, a compound its table column breaks inside the word', async () => {
    const all = flat((await renderedExample('de')).content.pages.join('\n'));
    expect(all.replace(/ /g, '')).toContain('Datenschutz-Folgenabschätzung');
  });

  it("in French: œ, from the sector of a charity (the example is a shop's)", async () => {
    const charity = buildReport(
      questionnaire,
      { ...webshop.answers, sector: 'non-profit' },
      webshop.actionPlan,
      { processorReviews: webshop.processorReviews },
    );
    const pdf = await readPdf(await renderPdf(charity, options('fr')), ' ');
    expect(flat(pdf.pages.join('\n'))).toContain('œuvre caritative');
  });
});
