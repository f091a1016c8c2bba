import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchForWorkspaceRoot, type Plugin } from 'vite';
import { FONT_FILES } from '../src/report/pdf/kit/pdf-fonts';
import { makePdfFonts } from './pdf-font-subset';
import { repoRoot } from './questionnaire-files';

const FONTS_ID = 'virtual:pdf-fonts';

export interface PdfFontsOptions {
  /** Where the subset fonts are written for Vite to serve (dev) and hash into assets (build). */
  readonly outDir?: string;
}

/**
 * Makes the subset PDF fonts ({@link makePdfFonts}) when the app is built or served, as
 * `virtual:pdf-fonts`: the URLs of the two files, which the PDF worker fetches and the
 * service worker precaches. Register it for the worker bundle too (`worker.plugins`).
 */
export function pdfFonts(options: PdfFontsOptions = {}): Plugin {
  const outDir = options.outDir ?? join(repoRoot, 'node_modules/.cache/pdf-fonts');
  return {
    name: 'pdf-fonts',
    // As in shipped-data-plugin.ts: node_modules may be a link to another folder.
    config: () => {
      mkdirSync(outDir, { recursive: true });
      return {
        server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync(outDir)] } },
      };
    },
    resolveId: (id) => (id === FONTS_ID ? `\0${id}` : null),
    async load(id) {
      if (id !== `\0${FONTS_ID}`) return null;
      const fonts = await makePdfFonts();
      mkdirSync(outDir, { recursive: true });
      const url = (file: string, bytes: Uint8Array) => {
        const path = join(outDir, file);
        writeFileSync(path, bytes);
        return JSON.stringify(`${path}?url`);
      };
      return [
        `import regular from ${url(FONT_FILES.regular, fonts.regular)};`,
        `import bold from ${url(FONT_FILES.bold, fonts.bold)};`,
        'export const pdfFontUrls = { regular, bold };',
        '',
      ].join('\n');
    },
  };
}
