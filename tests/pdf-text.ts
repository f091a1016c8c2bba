import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { EMBEDDED_ANSWERS_FIELD } from '@/report/pdf/render-pdf';

/**
 * Reads a PDF back with pdf.js (the legacy build, which runs on Node 20): the
 * text of each page, its link annotations and the document's metadata.
 */

const require = createRequire(import.meta.url);
// A filesystem path ending in '/': without it pdf.js warns on every read.
const standardFontDataUrl =
  join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';

/** A link annotation: an address, or a page of the same document. */
export interface PdfLink {
  readonly page: number;
  readonly url: string | null;
  readonly destPage: number | null;
}

export interface PdfContent {
  /** Text per page; items on one line joined by `sep`, lines by newlines. */
  readonly pages: string[];
  readonly links: PdfLink[];
  /** The document information dictionary (Title, Author, Language, ...). */
  readonly info: Record<string, unknown>;
  /** The XMP metadata properties by name, such as `jspdf:metadata`. */
  readonly metadata: Map<string, unknown>;
}

interface TextItemLike {
  readonly str: string;
  readonly hasEOL?: boolean;
  readonly transform?: number[];
}

/** Reads the text, links and metadata of a PDF. */
export async function readPdf(bytes: Uint8Array, sep = ''): Promise<PdfContent> {
  // pdf.js takes ownership of the buffer it is given; keep the caller's intact.
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    const links: PdfLink[] = [];
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      let lastY: number | null = null;
      for (const item of content.items as TextItemLike[]) {
        if (!('str' in item)) continue;
        const y = item.transform?.[5] ?? null;
        if (lastY !== null && y !== null && Math.abs(y - lastY) > 1) text += '\n';
        else if (text !== '' && !text.endsWith('\n')) text += sep;
        text += item.str;
        lastY = y;
      }
      pages.push(text);
      const annotations = (await page.getAnnotations()) as {
        subtype: string;
        url?: string;
        dest?: unknown;
      }[];
      for (const annotation of annotations) {
        if (annotation.subtype !== 'Link') continue;
        let destPage: number | null = null;
        if (Array.isArray(annotation.dest) && annotation.dest[0]) {
          destPage =
            (await pdf.getPageIndex(annotation.dest[0] as { num: number; gen: number })) + 1;
        }
        links.push({ page: number, url: annotation.url ?? null, destPage });
      }
    }
    const { info, metadata } = await pdf.getMetadata();
    return {
      pages,
      links,
      info: info as Record<string, unknown>,
      metadata: new Map(metadata ? [...metadata] : []),
    };
  } finally {
    await pdf.destroy();
  }
}

/** Text per page, as `pdfText(bytes, sep)` in the toolchain notes. */
export async function pdfText(bytes: Uint8Array, sep = ''): Promise<string[]> {
  return (await readPdf(bytes, sep)).pages;
}

/** The JSON document `renderPdf` stored in the PDF's XMP metadata, parsed; throws when absent. */
export async function extractEmbeddedAnswers(bytes: Uint8Array): Promise<unknown> {
  const pdf = await getDocument({ data: bytes.slice(), standardFontDataUrl, verbosity: 0 }).promise;
  try {
    const { metadata } = await pdf.getMetadata();
    const raw: unknown = metadata?.get(EMBEDDED_ANSWERS_FIELD);
    if (typeof raw !== 'string') throw new Error('the PDF holds no embedded answers');
    return JSON.parse(raw) as unknown;
  } finally {
    await pdf.destroy();
  }
}
