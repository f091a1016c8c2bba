import { describe, expect, it } from 'vitest';
import { isRecord } from './is-record';

describe('isRecord', () => {
  it('accepts objects parsed from JSON', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"a":1}'))).toBe(true);
  });

  it.each([null, [], 'text', 3, true, undefined])('refuses %j', (value) => {
    expect(isRecord(value)).toBe(false);
  });
});
