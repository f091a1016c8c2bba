import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createDocument } from './pdf-document';
import { FONT_FILES, prepareFonts } from './pdf-fonts';
import { COLOR, PAGE } from './pdf-styles';
import { cellText, drawTable } from './pdf-table';
import { PdfWriter } from './pdf-writer';

const require = createRequire(import.meta.url);
const font = (file: string) =>
  new Uint8Array(readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)));
const fonts = prepareFonts({ regular: font(FONT_FILES.regular), bold: font(FONT_FILES.bold) });

const writer = () => new PdfWriter<'one' | 'two'>(createDocument(fonts));

describe('the PDF writer', () => {
  it('finds a chapter by its id, not its title', () => {
    const w = writer();
    w.chapter('one', 'Same title');
    w.chapter('two', 'Same title');
    expect(w.pageOf('one')).toBe(2);
    expect(w.pageOf('two')).toBe(3);
    expect(w.chapters.map((c) => c.id)).toEqual(['one', 'two']);
  });

  it('runs queued drawing in order, once asked', () => {
    const w = writer();
    const order: string[] = [];
    w.later(() => order.push('a'));
    w.later(() => order.push('b'));
    expect(order).toEqual([]);
    w.runLater();
    expect(order).toEqual(['a', 'b']);
  });

  it('starts a new page when a paragraph runs past the bottom margin', () => {
    const w = writer();
    w.y = PAGE.bottom - 1;
    w.paragraph('A line that does not fit above the margin.');
    expect(w.page()).toBe(2);
  });
});

describe('a table of column specs', () => {
  it('lays a cell out as its text, then its note, or as its runs', () => {
    expect(cellText('plain')).toBe('plain');
    expect(cellText({ text: 'amount', note: { text: 'rule', color: COLOR.muted } })).toBe(
      'amount\nrule',
    );
    expect(cellText({ note: { text: 'complete', color: COLOR.green } })).toBe('complete');
    expect(cellText({ runs: [{ text: 'Critical', bold: true }, { text: 'do it' }] })).toBe(
      'Critical\ndo it',
    );
  });

  it('moves the cursor below the table and makes each cell from its row', () => {
    const w = writer();
    const made: string[] = [];
    drawTable(
      w,
      ['a', 'b'],
      [
        { id: 'letter', header: 'Letter', width: 30, cell: (row) => row },
        {
          id: 'index',
          header: 'Index',
          align: 'right',
          cell: (_, i) => (made.push(`${i}`), `${i}`),
        },
      ],
    );
    expect(made).toEqual(['0', '1']);
    expect(w.y).toBeGreaterThan(PAGE.top + 10);
  });
});
