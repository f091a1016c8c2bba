/**
 * Which addresses a deployment configuration may point at. Links go to an
 * https:// page or to a path on the app's own site; the logo must be a path on
 * the app's own site, so that it loads under the Content-Security-Policy
 * (`img-src 'self'`) and never tells another server who opened the app.
 *
 * A path starts with exactly one "/": `//host/x` is another site
 * (protocol-relative), and browsers read `/\host` the same way. Schemes such as
 * `javascript:`, `data:` or `http:` never pass.
 */

/** A path on the app's own origin, such as `/privacy` or `/docs/dpa.pdf`. */
export const SAME_ORIGIN_PATH = /^\/(?![/\\])[^\s\\]*$/;

/** An https:// address with a host, such as `https://example.org/privacy`. */
export const HTTPS_URL = /^https:\/\/[^\s/\\?#]+(?:[/?#][^\s\\]*)?$/;

/** A logo on the app's own origin in a format browsers show: PNG, JPEG or SVG. */
export const LOGO_PATH = /^\/(?![/\\])[^\s\\?#]*\.(?:png|jpe?g|svg)$/i;

export function isSameOriginPath(value: string): boolean {
  return SAME_ORIGIN_PATH.test(value);
}

export function isHttpsUrl(value: string): boolean {
  if (!HTTPS_URL.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Where a configured link may go: an https:// page or a path on this site. */
export function isLinkTarget(value: string): boolean {
  return isSameOriginPath(value) || isHttpsUrl(value);
}

export function isLogoPath(value: string): boolean {
  return LOGO_PATH.test(value);
}

/** True when a logo path names a file the PDF can embed (PNG or JPEG; not SVG). */
export function isRasterLogo(path: string): boolean {
  return /\.(?:png|jpe?g)$/i.test(path);
}

/**
 * A link for the PDF: an https:// address as it is, a path on the app's site (`/faq`,
 * `/docs/dpa.pdf`) made absolute against `base` (see `pdfLinkBase`); null for a path when there
 * is no base, for the PDF must then name the page without a link.
 */
export function absoluteLink(target: string, base: string | null): string | null {
  if (!isSameOriginPath(target)) return target;
  return base === null ? null : `${base.replace(/\/+$/, '')}${target}`;
}
