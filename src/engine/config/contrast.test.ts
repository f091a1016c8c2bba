import { describe, expect, it } from 'vitest';
import {
  AA_NORMAL_TEXT,
  contrastRatio,
  darken,
  formatRatio,
  hexToRgb,
  relativeLuminance,
} from './contrast';

describe('relative luminance', () => {
  it('is 0 for black, 1 for white, and weighs green most', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('reads upper- and lower-case hex alike and refuses other notations', () => {
    expect(hexToRgb('#1D4E89')).toEqual([29, 78, 137]);
    expect(() => hexToRgb('#fff')).toThrow();
    expect(() => hexToRgb('rgb(0,0,0)')).toThrow();
  });
});

describe('contrast ratio', () => {
  // Reference values as WebAIM's contrast checker gives them.
  it.each([
    ['#000000', '#ffffff', '21.00:1'],
    ['#ffffff', '#ffffff', '1.00:1'],
    ['#767676', '#ffffff', '4.54:1'],
    ['#777777', '#ffffff', '4.47:1'],
    ['#ff0000', '#ffffff', '3.99:1'],
    ['#0000ff', '#ffffff', '8.59:1'],
    ['#808080', '#000000', '5.31:1'],
  ])('%s against %s is %s', (a, b, expected) => {
    expect(formatRatio(contrastRatio(a, b))).toBe(expected);
    expect(contrastRatio(b, a)).toBe(contrastRatio(a, b));
  });

  it('puts #767676 just above and #777777 just below the AA threshold on white', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(AA_NORMAL_TEXT);
  });

  it('cuts the shown ratio instead of rounding it up to a passing value', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
  });
});

describe('darken', () => {
  it('mixes with black and keeps or raises the contrast with white', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
    expect(darken('#1d4e89', 0)).toBe('#1d4e89');
    expect(darken('#1d4e89', 1)).toBe('#000000');
    const dark = darken('#1d4e89', 0.25);
    expect(contrastRatio(dark, '#ffffff')).toBeGreaterThan(contrastRatio('#1d4e89', '#ffffff'));
  });
});
