import { describe, expect, it } from 'vitest';
import { prepareFonts } from './pdf-fonts';

describe('prepareFonts', () => {
  it('turns every byte into the character of the same code, across slices', () => {
    // Every byte value, 0x80–0x9f included, over more than a few slices of the conversion.
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    const { regular, bold } = prepareFonts({ regular: bytes, bold: bytes.subarray(3, 9) });
    expect(regular).toHaveLength(bytes.length);
    expect(Array.from(regular, (c) => c.charCodeAt(0))).toEqual(Array.from(bytes));
    expect(Array.from(bold, (c) => c.charCodeAt(0))).toEqual([21, 28, 35, 42, 49, 56]);
  });
});
