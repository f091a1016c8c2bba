import { describe, expect, it } from 'vitest';
import { changedSinceExport } from './export-freshness';

const saved = (updatedAt: string | null, started = true) => ({ updatedAt, started });

describe('changedSinceExport', () => {
  it('counts a started assessment that was never exported', () => {
    expect(changedSinceExport(null, saved('2026-03-01T10:00:00.000Z'))).toBe(true);
  });

  it('counts a save after the last export, and not one before or at it', () => {
    const exported = '2026-03-01T10:00:00.000Z';
    expect(changedSinceExport(exported, saved('2026-03-01T10:00:00.001Z'))).toBe(true);
    expect(changedSinceExport(exported, saved('2026-03-01T09:59:59.999Z'))).toBe(false);
    expect(changedSinceExport(exported, saved(exported))).toBe(false);
  });

  it('orders times by instant whether or not they carry milliseconds', () => {
    expect(changedSinceExport('2026-03-01T10:00:00Z', saved('2026-03-01T10:00:00.500Z'))).toBe(
      true,
    );
    expect(changedSinceExport('2026-03-01T10:00:00.500Z', saved('2026-03-01T10:00:00Z'))).toBe(
      false,
    );
  });

  it('has nothing to back up for an untouched or unreadable assessment', () => {
    expect(changedSinceExport(null, saved('2026-03-01T10:00:00.000Z', false))).toBe(false);
    expect(changedSinceExport(null, saved(null))).toBe(false);
  });
});
