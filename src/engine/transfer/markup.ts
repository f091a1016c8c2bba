/**
 * What counts as markup in an imported text. Imported assessments are shown
 * by React (which escapes text) and drawn into PDFs, so markup could do no
 * harm today; a genuine assessment, however, never holds any, and refusing it
 * keeps a crafted file from lying in wait for a future renderer, an export to
 * another tool, or a copy and paste into an e-mail.
 *
 * Deliberately narrow, so ordinary answers pass: "fewer than <50 staff" or
 * "a < b" hold no tag. Matched are:
 * - a complete tag such as `<b>`, `</div>` or `<img src=x onerror=...>`;
 * - a comment, doctype, CDATA or processing instruction opener (`<!--`, `<!`, `<?`);
 * - the opening of an element that runs code or loads content, even unclosed (`<script`, `<iframe`...);
 * - a `javascript:` or `vbscript:` address, also with spaces or control
 *   characters inside (browsers ignore those), and a `data:text/html` address.
 */
const TAG = /<\/?[a-z][^<>]*>|<[!?]/i;
const DANGEROUS_ELEMENT =
  /<\s*(?:script|iframe|frame|frameset|img|svg|math|object|embed|style|link|meta|base|form|body|html|template)\b/i;
const GAP = String.raw`[\s\u0000-\u001f]*`;
const scheme = (word: string) => new RegExp(`${word.split('').join(GAP)}${GAP}:`, 'i');
const SCRIPT_URL = [scheme('javascript'), scheme('vbscript'), /data:\s*text\/html/i];

/** Whether a text holds an HTML tag or a script address (see the module comment for the rules). */
export function hasMarkup(text: string): boolean {
  return TAG.test(text) || DANGEROUS_ELEMENT.test(text) || SCRIPT_URL.some((r) => r.test(text));
}

/**
 * The path of the first string (or object key) in a parsed JSON value that
 * holds markup, or null when there is none. Walks every value, so names,
 * answers, notes, vendors, owners and any field a future version adds are all
 * covered.
 *
 * WARNING: recursive; call it only on JSON whose depth was checked first.
 */
export function findMarkup(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return hasMarkup(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findMarkup(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (hasMarkup(key)) return [...path, key];
      const found = findMarkup(child, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}
