import { describe, expect, it } from 'vitest';
import { cleanName } from './assessment-name';
import { MAX_NAME } from './library-index';

describe('cleanName', () => {
  it('drops the spaces around a name and keeps those inside it', () => {
    expect(cleanName('  Smith <Partners>  B.V. ')).toBe('Smith <Partners>  B.V.');
  });

  it('leaves no name when only spaces were typed', () => {
    expect(cleanName('')).toBe('');
    expect(cleanName(' \t\n ')).toBe('');
  });

  it('cuts a name to the longest the index keeps', () => {
    expect(cleanName('x'.repeat(MAX_NAME + 5))).toHaveLength(MAX_NAME);
    expect(cleanName(` ${'y'.repeat(MAX_NAME)} `)).toBe('y'.repeat(MAX_NAME));
  });
});
