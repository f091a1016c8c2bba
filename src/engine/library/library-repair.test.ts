import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../tests/helpers/memory-store';
import { Library } from './library';
import { INDEX_KEY, assessmentKey } from './library-keys';

const NOW = '2026-11-29T10:00:00.000Z';

/** Three named assessments: one exported, one re-assessment of it, the latter open. */
function seeded() {
  const store = new MemoryStore();
  let n = 0;
  const lib = new Library(store, { now: () => new Date(NOW), newId: () => `id-${++n}` });
  const shop = lib.create('gdpr-readiness', { name: 'Web shop 2025' });
  lib.markExported([shop.id]);
  lib.create('gdpr-readiness', { name: 'Web shop 2026', basedOn: shop.id, activate: true });
  lib.create('gdpr-readiness', { name: 'Clinic' });
  const intact = store.getItem(INDEX_KEY)!;
  return { store, lib, intact, fresh: () => new Library(store, { now: () => new Date(NOW) }) };
}

/** The stored index with one entry's createdAt replaced by something that is not a date. */
function damage(intact: string, createdAt: unknown): string {
  const index = JSON.parse(intact) as { assessments: Record<string, unknown>[] };
  index.assessments[2] = { ...index.assessments[2], createdAt };
  return JSON.stringify(index);
}

describe('Library: a damaged index', () => {
  it('keeps every name, export date, link and the active one, and sets the damage aside', () => {
    const { store, intact, fresh } = seeded();
    const damaged = damage(intact, 'last week');
    store.setItem(INDEX_KEY, damaged);
    const lib = fresh();
    expect(lib.list().map((a) => [a.name, a.lastExportedAt, a.basedOn])).toEqual([
      ['Web shop 2025', NOW, null],
      ['Web shop 2026', null, 'id-1'],
      ['Clinic', null, null],
    ]);
    expect(lib.activeId()).toBe('id-2');
    const key = `gdpr-readiness:unreadable:library:${NOW}`;
    expect(store.getItem(key)).toBe(damaged);
    expect(lib.repairs()).toMatchObject([
      { key, raw: damaged, lost: { createdDates: 1, names: 0 } },
    ]);
    // The repaired index is written back: a reload reads it as intact, with nothing to report.
    expect(fresh().repairs()).toEqual([]);
    lib.dismissRepairs();
    expect(lib.repairs()).toEqual([]);
  });

  it('keeps both copies when the index is damaged twice', () => {
    const { store, intact, fresh } = seeded();
    store.setItem(INDEX_KEY, damage(intact, 'last week'));
    const lib = fresh();
    lib.list();
    store.setItem(INDEX_KEY, damage(intact, 'last month'));
    expect(lib.repairs().map((r) => r.key)).toEqual([
      `gdpr-readiness:unreadable:library:${NOW}`,
      `gdpr-readiness:unreadable:library:${NOW}:2`,
    ]);
    expect(store.getItem(`gdpr-readiness:unreadable:library:${NOW}`)).toContain('last week');
    expect(store.getItem(`gdpr-readiness:unreadable:library:${NOW}:2`)).toContain('last month');
  });

  it('adopts an assessment whose entry lost its id, with what its session says', () => {
    const { store, lib, intact, fresh } = seeded();
    const clinic = lib.list()[2]!;
    store.setItem(
      assessmentKey(clinic.id),
      JSON.stringify({ questionnaireId: 'gdpr-readiness', updatedAt: '2026-06-01T00:00:00.000Z' }),
    );
    const index = JSON.parse(intact) as { assessments: Record<string, unknown>[] };
    index.assessments[2] = { ...index.assessments[2], id: null };
    store.setItem(INDEX_KEY, JSON.stringify(index));
    const repaired = fresh();
    expect(repaired.get(clinic.id)).toEqual({
      ...clinic,
      name: '',
      createdAt: '2026-06-01T00:00:00.000Z',
    });
    expect(repaired.repairs()[0]?.lost).toMatchObject({ entries: 1, readopted: 1 });
  });

  it('leaves the damaged text in place when the browser refuses to set it aside', () => {
    const { store, intact, fresh } = seeded();
    const damaged = damage(intact, 'last week');
    store.setItem(INDEX_KEY, damaged);
    store.refuse = (key) => key.includes(':unreadable:');
    const lib = fresh();
    expect(lib.list().map((a) => a.name)).toEqual(['Web shop 2025', 'Web shop 2026', 'Clinic']);
    expect(store.getItem(INDEX_KEY)).toBe(damaged);
    lib.list();
    expect(lib.repairs()).toMatchObject([{ key: null, raw: damaged }]);
    // Once there is room, the copy is made and the repair reported once, with its key.
    store.refuse = () => false;
    expect(lib.repairs()).toMatchObject([
      { key: `gdpr-readiness:unreadable:library:${NOW}`, raw: damaged },
    ]);
    expect(lib.repairs()).toHaveLength(1);
    expect(store.getItem(INDEX_KEY)).not.toBe(damaged);
  });

  it('does not bring back an assessment another tab is removing from an intact index', () => {
    const { store, lib, fresh } = seeded();
    store.setItem(assessmentKey('half-removed'), '{}');
    expect(fresh().list()).toHaveLength(3);
    expect(lib.repairs()).toEqual([]);
  });
});

describe('Library.keepBeforeUpgrade', () => {
  it('keeps each distinct stored text under its own timestamped key', () => {
    const { store, lib } = seeded();
    const first = lib.keepBeforeUpgrade('id-1', '{"answers":{"old":"yes"}}');
    expect(first).toBe(`gdpr-readiness:before-upgrade:id-1:${NOW}`);
    expect(lib.keepBeforeUpgrade('id-1', '{"answers":{"old":"yes"}}')).toBe(first);
    expect(lib.keepBeforeUpgrade('id-1', '{"answers":{"old":"no"}}')).toBe(`${first}:2`);
    expect(store.getItem(first)).toBe('{"answers":{"old":"yes"}}');
  });
});
