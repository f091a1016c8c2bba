/**
 * Reads the saved assessment that the report PDF carries in its XMP metadata
 * (see `EMBEDDED_ANSWERS_FIELD` in `render-pdf.ts`) straight from the file's
 * bytes, without a PDF library: jsPDF writes the metadata stream
 * uncompressed, as UTF-8, with the JSON XML-escaped inside one element:
 * `<jspdf:metadata>{&quot;type&quot;:...}</jspdf:metadata>`.
 */

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const PDF_HEADER = ascii('%PDF-');
const OPEN = ascii('<jspdf:metadata>');
const CLOSE = ascii('</jspdf:metadata>');

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0) {
  const first = needle[0];
  const last = haystack.length - needle.length;
  outer: for (let i = haystack.indexOf(first ?? 0, from); i !== -1 && i <= last;) {
    for (let j = 1; j < needle.length; j += 1) {
      if (haystack[i + j] !== needle[j]) {
        i = haystack.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return i;
  }
  return -1;
}

/**
 * Whether the bytes are a PDF file: they start with `%PDF-`, at the very first
 * byte. ISO 32000 puts the header on the file's first line, and every report
 * the app makes (jsPDF, in the browser or `npm run report`) starts with it.
 * Readers such as Acrobat also tolerate up to 1,024 bytes of junk before it,
 * but looking that far would take an export file whose assessment is called
 * "Audit %PDF- 2026" for a PDF. Nothing else is allowed in front, not even a
 * byte order mark or white space: no tool writes those before a PDF header,
 * and a file that starts any other way is read as the JSON it must then be.
 */
export function isPdf(bytes: Uint8Array): boolean {
  return PDF_HEADER.every((byte, i) => bytes[i] === byte);
}

/**
 * The raw (still XML-escaped) bytes of the embedded answers, or null when the
 * PDF has none. The first `<jspdf:metadata>` is the one: texts a person typed
 * cannot put that element in front of it, as jsPDF compresses the pages,
 * writes the document information (title, subject) after the metadata and as
 * UTF-16, and XML-escapes every `<` inside the metadata itself.
 */
export function embeddedAnswerBytes(bytes: Uint8Array): Uint8Array | null {
  const open = indexOfBytes(bytes, OPEN);
  if (open === -1) return null;
  const start = open + OPEN.length;
  const end = indexOfBytes(bytes, CLOSE, start);
  return end === -1 ? null : bytes.subarray(start, end);
}

const NAMED: Readonly<Record<string, string>> = {
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
};

/**
 * Undoes XML escaping: the five named entities and numeric ones (`&#233;`,
 * `&#xE9;`). Anything else, such as an unknown entity or a number that is no
 * Unicode code point, is left as it is (the JSON check then refuses it).
 */
export function unescapeXml(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));/gi,
    (whole: string, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name !== undefined) return NAMED[name] ?? whole;
      const code = dec !== undefined ? Number(dec) : parseInt(hex ?? '', 16);
      const valid = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      return valid ? String.fromCodePoint(code) : whole;
    },
  );
}
