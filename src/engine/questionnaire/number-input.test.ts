import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumberForInput, parseNumberInput, type NumberInputOptions } from './number-input';

const decimal: NumberInputOptions = { integer: false };
const whole: NumberInputOptions = { integer: true };

const NBSP = '\u00a0';
const NARROW_NBSP = '\u202f';

describe('number input (nl)', () => {
  const read = (text: string, options = decimal) => parseNumberInput(text, 'nl', options);

  it('reads points between thousands and a comma before decimals', () => {
    expect(read('1.234.567,89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read('2.400')).toEqual({ ok: true, value: 2400 });
    expect(read('0,75')).toEqual({ ok: true, value: 0.75 });
    expect(read(',5')).toEqual({ ok: true, value: 0.5 });
    expect(read('1234567,89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read('007')).toEqual({ ok: true, value: 7 });
  });

  it('takes spaces, non-breaking and narrow non-breaking spaces as thousands separators', () => {
    expect(read('1 234 567,89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read(`12${NBSP}500`)).toEqual({ ok: true, value: 12500 });
    expect(read(`3${NARROW_NBSP}000${NARROW_NBSP}000`)).toEqual({ ok: true, value: 3000000 });
    expect(read('  48  ')).toEqual({ ok: true, value: 48 });
  });

  it('allows a sign and a euro sign or EUR on either side', () => {
    expect(read('-12,5')).toEqual({ ok: true, value: -12.5 });
    expect(read('+ 3')).toEqual({ ok: true, value: 3 });
    expect(read('\u22127')).toEqual({ ok: true, value: -7 });
    expect(read('€ 1.234.567,89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read('€-5')).toEqual({ ok: true, value: -5 });
    expect(read('-€ 5')).toEqual({ ok: true, value: -5 });
    expect(read('2.500 EUR')).toEqual({ ok: true, value: 2500 });
    expect(read('40 euro')).toEqual({ ok: true, value: 40 });
    expect(read('-0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses thousands groups that are not three digits', () => {
    expect(read('1.23.456')).toEqual({ ok: false, problem: 'bad-grouping' });
    expect(read('12 34')).toEqual({ ok: false, problem: 'bad-grouping' });
    expect(read('1.2345.678')).toEqual({ ok: false, problem: 'bad-grouping' });
  });

  it('refuses the English way of writing, saying what it would mean', () => {
    expect(read('1.5')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [1.5] });
    expect(read('1,234.5')).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [1234.5],
    });
    expect(read('1,234,567')).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [1234567],
    });
    expect(read('0.500')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [0.5] });
  });

  it('refuses a comma before three digits that English reads as thousands', () => {
    expect(read('250,000')).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [250, 250000],
    });
    expect(read('1,000', whole)).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [1, 1000],
    });
    expect(read('0,125')).toEqual({ ok: true, value: 0.125 });
    expect(read('1.250,000')).toEqual({ ok: true, value: 1250 });
  });

  it('refuses separators in an order no language writes', () => {
    expect(read('1,234.5,6')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [] });
    expect(read('1,2,3')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [] });
    expect(read('12,')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [] });
  });

  it('refuses decimals in a field for whole numbers, but not a zero fraction', () => {
    expect(read('2,5', whole)).toEqual({ ok: false, problem: 'not-integer' });
    expect(read('1.234,5', whole)).toEqual({ ok: false, problem: 'not-integer' });
    expect(read('2,0', whole)).toEqual({ ok: true, value: 2 });
    expect(read('1.500', whole)).toEqual({ ok: true, value: 1500 });
    expect(read('1.5', whole)).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [] });
  });

  it('refuses text and empty input', () => {
    expect(read('')).toEqual({ ok: false, problem: 'empty' });
    expect(read(`  ${NBSP}`)).toEqual({ ok: false, problem: 'empty' });
    expect(read('ongeveer twintig')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(read('1e5')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(read('€')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(read('--5')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(read('€ 5 EUR')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(read('9'.repeat(400))).toEqual({ ok: false, problem: 'not-a-number' });
  });
});

describe('number input (en)', () => {
  const read = (text: string, options = decimal) => parseNumberInput(text, 'en', options);

  it('reads commas between thousands and a point before decimals', () => {
    expect(read('1,234,567.89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read('2,400')).toEqual({ ok: true, value: 2400 });
    expect(read('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(read('.5')).toEqual({ ok: true, value: 0.5 });
    expect(read('0.125')).toEqual({ ok: true, value: 0.125 });
  });

  it('takes spaces, non-breaking and narrow non-breaking spaces as thousands separators', () => {
    expect(read('1 234 567.89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read(`12${NBSP}500`)).toEqual({ ok: true, value: 12500 });
    expect(read(`3${NARROW_NBSP}000`)).toEqual({ ok: true, value: 3000 });
    expect(read('1 234,567')).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [1234.567],
    });
    expect(read('1 234,567,890')).toEqual({ ok: false, problem: 'bad-grouping' });
  });

  it('allows a sign and a euro sign or EUR on either side', () => {
    expect(read('-1,000')).toEqual({ ok: true, value: -1000 });
    expect(read('+2.25')).toEqual({ ok: true, value: 2.25 });
    expect(read('€1,234,567.89')).toEqual({ ok: true, value: 1234567.89 });
    expect(read('EUR 40')).toEqual({ ok: true, value: 40 });
    expect(read('40€')).toEqual({ ok: true, value: 40 });
  });

  it('refuses thousands groups that are not three digits', () => {
    expect(read('1,23,456')).toEqual({ ok: false, problem: 'bad-grouping' });
    expect(read('12 34')).toEqual({ ok: false, problem: 'bad-grouping' });
  });

  it('refuses the Dutch way of writing, saying what it would mean', () => {
    expect(read('1,5')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [1.5] });
    expect(read('1.234.567,89')).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [1234567.89],
    });
    expect(read('1.000.000', whole)).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [1000000],
    });
  });

  it('refuses a point before three digits that Dutch reads as thousands', () => {
    expect(read('2.500')).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [2.5, 2500],
    });
    expect(read('2.500', whole)).toEqual({
      ok: false,
      problem: 'ambiguous-separator',
      readings: [2500],
    });
  });

  it('refuses separators in an order no language writes', () => {
    expect(read('1,234.5,6')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [] });
    expect(read('1..5')).toEqual({ ok: false, problem: 'ambiguous-separator', readings: [] });
  });

  it('refuses decimals in a field for whole numbers', () => {
    expect(read('2.5', whole)).toEqual({ ok: false, problem: 'not-integer' });
    expect(read('2.0', whole)).toEqual({ ok: true, value: 2 });
    expect(read('1,500', whole)).toEqual({ ok: true, value: 1500 });
  });

  it('refuses text and empty input', () => {
    expect(read(' ')).toEqual({ ok: false, problem: 'empty' });
    expect(read('about twenty')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(read('0x10')).toEqual({ ok: false, problem: 'not-a-number' });
  });
});

describe('number input in both languages', () => {
  const typed = fc
    .array(fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', '-'), {
      minLength: 1,
      maxLength: 12,
    })
    .map((chars) => chars.join(''));

  it('never reads one text as two different numbers', () => {
    fc.assert(
      fc.property(typed, fc.boolean(), (text, integer) => {
        const en = parseNumberInput(text, 'en', { integer });
        const nl = parseNumberInput(text, 'nl', { integer });
        if (en.ok && nl.ok) expect(en.value).toBe(nl.value);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads back every number it writes for a field', () => {
    const numbers = fc.oneof(
      fc.integer({ min: -1e12, max: 1e13 }),
      // Fields hold amounts and counts: nothing smaller than a ten-thousandth.
      fc
        .double({ min: -1e9, max: 1e13, noNaN: true, noDefaultInfinity: true })
        .filter((v) => v === 0 || Math.abs(v) >= 1e-4),
      fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1000),
    );
    fc.assert(
      fc.property(numbers, fc.constantFrom('en', 'nl' as const), (value, language) => {
        const back = parseNumberInput(formatNumberForInput(value, language), language, decimal);
        expect(back).toEqual({ ok: true, value: value === 0 ? 0 : value });
      }),
      { numRuns: 3000 },
    );
  });

  it('writes saved answers the way the language does', () => {
    expect(formatNumberForInput(1234567.89, 'nl')).toBe('1.234.567,89');
    expect(formatNumberForInput(1234567.89, 'en')).toBe('1,234,567.89');
    expect(formatNumberForInput(42, 'nl')).toBe('42');
    expect(formatNumberForInput(1.125, 'en')).toBe('1.1250');
    expect(formatNumberForInput(1.125, 'nl')).toBe('1,1250');
    expect(formatNumberForInput(1234.125, 'nl')).toBe('1.234,125');
  });
});
