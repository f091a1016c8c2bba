import { describe, expect, it } from 'vitest';
import { csvCell, csvSeparator, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it('starts with a byte order mark and ends each row with CRLF', () => {
    expect(
      toCsv(
        [
          ['Activity', 'Purpose'],
          ['Payroll', 'Pay staff'],
        ],
        ',',
      ),
    ).toBe('\uFEFFActivity,Purpose\r\nPayroll,Pay staff\r\n');
  });

  it('quotes a cell holding the separator, a quote or a line break, doubling quotes', () => {
    expect(csvCell('Orders, returns', ',')).toBe('"Orders, returns"');
    expect(csvCell('Orders, returns', ';')).toBe('Orders, returns');
    expect(csvCell('Klanten; leveranciers', ';')).toBe('"Klanten; leveranciers"');
    expect(csvCell('The "Pro" plan', ',')).toBe('"The ""Pro"" plan"');
    expect(csvCell('line one\nline two', ',')).toBe('"line one\nline two"');
    expect(csvCell(' padded ', ',')).toBe('" padded "');
  });

  it('keeps a hostile formula as text: =HYPERLINK, +, -, @, tab and CR', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","Click")', ',')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""Click"")"',
    );
    expect(csvCell('+31 6 1234', ',')).toBe("'+31 6 1234");
    expect(csvCell('-2+3', ';')).toBe("'-2+3");
    expect(csvCell('@SUM(A1:A2)', ',')).toBe("'@SUM(A1:A2)");
    expect(csvCell('\t=1+1', ',')).toBe("'\t=1+1");
    expect(csvCell('Newsletter = monthly', ',')).toBe('Newsletter = monthly');
  });

  it('takes the separator from the locale: a semicolon where the comma is the decimal sign', () => {
    expect(csvSeparator('nl-NL')).toBe(';');
    expect(csvSeparator('de-DE')).toBe(';');
    expect(csvSeparator('en-GB')).toBe(',');
  });
});
