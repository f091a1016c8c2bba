import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdfFonts } from '../scripts/pdf-font-subset';
import { pdfFonts } from '../scripts/pdf-fonts-plugin';

describe('the PDF fonts plugin', () => {
  it('writes the subset fonts and gives their URLs as virtual:pdf-fonts', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
    const plugin = pdfFonts({ outDir: out });
    if (typeof plugin.load !== 'function') throw new Error('the plugin has no load hook');
    // The hook uses no plugin context.
    const code: unknown = await plugin.load.call({} as never, '\0virtual:pdf-fonts');
    expect(code).toContain(`import regular from ${JSON.stringify(`${out}/DejaVuSans.ttf?url`)}`);
    expect(code).toContain(`import bold from ${JSON.stringify(`${out}/DejaVuSans-Bold.ttf?url`)}`);
    expect(code).toContain('export const pdfFontUrls = { regular, bold }');
    const made = await makePdfFonts();
    expect(Buffer.compare(readFileSync(join(out, 'DejaVuSans.ttf')), made.regular)).toBe(0);
    expect(Buffer.compare(readFileSync(join(out, 'DejaVuSans-Bold.ttf')), made.bold)).toBe(0);
  });

  it('leaves every other module alone', async () => {
    const plugin = pdfFonts({ outDir: mkdtempSync(join(tmpdir(), 'pdf-fonts-')) });
    if (typeof plugin.load !== 'function') throw new Error('the plugin has no load hook');
    expect(await plugin.load.call({} as never, '/src/main.tsx')).toBeNull();
  });
});
