/**
 * A table as CSV that spreadsheet programs open as the person expects: UTF-8 with a byte order
 * mark (Excel reads the file as UTF-8 only with it), the separator of the person's locale (`;`
 * where the comma is the decimal sign, as in Dutch), CRLF line ends and RFC 4180 quoting.
 *
 * A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading apostrophe, so a hostile text such as `=HYPERLINK(…)` typed
 * into an answer shows as text and never runs (OWASP's advice on CSV injection).
 */
export function toCsv(rows: readonly (readonly string[])[], separator: ',' | ';'): string {
  const line = (row: readonly string[]) =>
    row.map((cell) => csvCell(cell, separator)).join(separator);
  return `\uFEFF${rows.map(line).join('\r\n')}\r\n`;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised when it could run as a formula and quoted when it needs to be. */
export function csvCell(value: string, separator: ',' | ';'): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const quote =
    text.includes(separator) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r') ||
    text !== text.trim();
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The separator spreadsheet programs expect in a locale: `;` where `,` is the decimal sign. */
export function csvSeparator(locale: string): ',' | ';' {
  const decimal = new Intl.NumberFormat(locale)
    .formatToParts(1.5)
    .find((p) => p.type === 'decimal');
  return decimal?.value === ',' ? ';' : ',';
}
