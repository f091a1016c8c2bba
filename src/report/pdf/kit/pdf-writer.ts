import type { jsPDF } from 'jspdf';
import { CITED_LEGAL_REF } from '../../../engine/legal/cite-legal-ref';
import { legalRefUrl } from '../report-texts';
import { COLOR, FONT, LINE, PAGE, PT, SIZE, SPACE, WIDTH, type Rgb } from './pdf-styles';

/** Font size, weight and colour; the body text's by default. */
export interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

export interface ParagraphStyle extends TextStyle {
  readonly indent?: number;
  readonly width?: number;
  /** Space after the paragraph, in mm. */
  readonly after?: number;
  /** Links every line to this address. */
  readonly url?: string;
  /** Links each legal reference in the text to the law. */
  readonly refs?: boolean;
}

/** A chapter as the contents list it: its id, its title and the page it starts on. */
export interface ChapterEntry<Id extends string> {
  readonly id: Id;
  readonly title: string;
  readonly page: number;
}

/**
 * A cursor over the document: writes text top to bottom, starts a new page
 * when the space runs out, and records where each chapter starts so the
 * contents and cross-references can find it by id. Drawing that needs every
 * page to exist (page numbers of later chapters) is queued with `later`.
 */
export class PdfWriter<Id extends string = string> {
  y: number = PAGE.top;
  private readonly entries: ChapterEntry<Id>[] = [];
  private readonly queued: (() => void)[] = [];

  constructor(
    readonly doc: jsPDF,
    /** Titles, rules and links: the deployer's primary colour or the app's navy. */
    readonly accent: Rgb = COLOR.navy,
  ) {}

  /** The chapters drawn so far, in order. */
  get chapters(): readonly ChapterEntry<Id>[] {
    return this.entries;
  }

  /** The page a chapter starts on, or undefined when it was not drawn. */
  pageOf(id: Id): number | undefined {
    return this.entries.find((entry) => entry.id === id)?.page;
  }

  /** Queues drawing for when every page exists; `runLater` draws it, in order. */
  later(draw: () => void): void {
    this.queued.push(draw);
  }

  runLater(): void {
    for (const draw of this.queued) draw();
  }

  style({ size = SIZE.body, bold = false, color = COLOR.ink }: TextStyle = {}): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  lineHeight(size: number): number {
    return size * PT * LINE;
  }

  /** Where the first line of text at `size` sits below a top edge at `top`. */
  baseline(top: number, size: number): number {
    return top + size * PT * 0.8;
  }

  page(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) this.newPage();
  }

  split(text: string, width: number, style: TextStyle = {}): string[] {
    this.style(style);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** Adds a link over each legal reference in a line of text drawn at (x, top). */
  linkRefs(line: string, x: number, top: number, height: number): void {
    for (const match of line.matchAll(CITED_LEGAL_REF)) {
      const start = x + this.doc.getTextWidth(line.slice(0, match.index));
      this.doc.link(start, top, this.doc.getTextWidth(match[0]), height, {
        url: legalRefUrl(match[0]),
      });
    }
  }

  /** Wrapped text at the cursor; a long paragraph continues on the next page. */
  paragraph(text: string, style: ParagraphStyle = {}): void {
    const size = style.size ?? SIZE.body;
    const x = PAGE.left + (style.indent ?? 0);
    const width = style.width ?? WIDTH - (style.indent ?? 0);
    const lh = this.lineHeight(size);
    for (const line of this.split(text, width, style)) {
      this.ensure(lh);
      this.style(style);
      this.doc.text(line, x, this.baseline(this.y, size));
      if (style.url) this.doc.link(x, this.y, this.doc.getTextWidth(line), lh, { url: style.url });
      if (style.refs) this.linkRefs(line, x, this.y, lh);
      this.y += lh;
    }
    this.y += style.after ?? SPACE.paragraph;
  }

  /**
   * A page to go to: its address as a link in the accent colour, or, without an address (the
   * PDF may not link to where the app ran), `name` as plain text that says where to find it.
   */
  appPage(url: string | null, name: string, style: Pick<ParagraphStyle, 'after'> = {}): void {
    if (url === null) this.paragraph(name, { color: COLOR.muted, ...style });
    else this.paragraph(url, { color: this.accent, url, ...style });
  }

  /** A chapter title at the top of a new page, listed in the contents under `id`. */
  chapter(id: Id, title: string): void {
    this.newPage();
    this.entries.push({ id, title, page: this.page() });
    this.style({ size: SIZE.chapter, bold: true, color: this.accent });
    this.doc.text(title, PAGE.left, this.baseline(this.y, SIZE.chapter));
    this.y += this.lineHeight(SIZE.chapter) + 1;
    this.doc.setDrawColor(...this.accent);
    this.doc.setLineWidth(0.5);
    this.doc.line(PAGE.left, this.y, PAGE.left + 24, this.y);
    this.y += 6;
  }

  /** A heading kept on one page with at least `keep` mm of what follows. */
  heading(title: string, keep: number = SPACE.keep): void {
    const lines = this.split(title, WIDTH, { size: SIZE.heading, bold: true });
    this.ensure(lines.length * this.lineHeight(SIZE.heading) + keep);
    this.y += 1.5;
    this.paragraph(title, { size: SIZE.heading, bold: true, color: this.accent, after: 1.5 });
  }

  /**
   * A panel behind what `draw` writes: a filled box `height` mm tall across the
   * text column with a bar of `bar` colour on its left, kept on one page with
   * `keep` mm below it. The cursor ends `after` mm below the panel.
   */
  panel(height: number, bar: Rgb, draw: (top: number) => void, keep = 6, after = 6): void {
    this.ensure(height + keep);
    const top = this.y;
    this.doc.setFillColor(...COLOR.panel);
    this.doc.rect(PAGE.left, top, WIDTH, height, 'F');
    this.doc.setFillColor(...bar);
    this.doc.rect(PAGE.left, top, 1.2, height, 'F');
    draw(top);
    this.y = top + height + after;
  }
}
