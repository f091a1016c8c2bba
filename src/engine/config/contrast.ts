/**
 * Colour contrast as WCAG 2.2 defines it (success criterion 1.4.3 and the
 * definitions of "relative luminance" and "contrast ratio"), for `#rrggbb`
 * colours. Written out here rather than taken from a library: it is a few
 * lines, and the deployment configuration needs it on the app's load path.
 */

/** WCAG AA for normal text: 4.5:1. */
export const AA_NORMAL_TEXT = 4.5;

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export type Rgb = readonly [number, number, number];

/** True for a six-digit hex colour such as `#1d4e89`. */
export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}

/** The red, green and blue channels (0-255) of `#rrggbb`; throws on anything else. */
export function hexToRgb(hex: string): Rgb {
  if (!isHexColor(hex)) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(1 + i, 3 + i), 16)) as unknown as Rgb;
}

export function rgbToHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** One sRGB channel (0-255) made linear. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance: 0 for black, 1 for white. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people read it, cut (not rounded) to two decimals so that a
 * colour just below a threshold never reads as meeting it: 4.4999 is "4.49:1".
 */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}

/**
 * The colour mixed with black: `amount` 0 keeps it, 1 gives black. A darker
 * shade has at least the contrast of the original against white, so a hover
 * colour made this way never falls below a contrast the original met.
 */
export function darken(hex: string, amount: number): string {
  const keep = 1 - Math.min(1, Math.max(0, amount));
  const [r, g, b] = hexToRgb(hex);
  return rgbToHex([r * keep, g * keep, b * keep]);
}
