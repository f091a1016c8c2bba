import { describe, expect, it } from 'vitest';
import { MemoryStore, refuseAfter } from '../../../tests/helpers/memory-store';
import { makeSession } from '../../../tests/helpers/saved-session';
import { Library, StorageRefusedError } from './library';
import { INDEX_KEY, assessmentKey } from './library-keys';

const session = (organisation: string) =>
  makeSession({ answers: { 'organisation-name': organisation } });

const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    questionnaireId: 'gdpr-readiness',
    name: `Client ${i + 1}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    session: session(`Client ${i + 1}`),
  }));

function setup() {
  const store = new MemoryStore();
  let n = 0;
  const library = new Library(store, {
    now: () => new Date('2026-11-29T10:00:00.000Z'),
    newId: () => `id-${++n}`,
  });
  return { store, data: store.data, writes: store.writes, library };
}

describe('Library.createMany', () => {
  it('stores every session, then writes the index once', () => {
    const { library, writes } = setup();
    const kept = library.create('gdpr-readiness', { name: 'Kept', activate: true });
    writes.clear();
    const added = library.createMany(items(50));
    expect(added.map((m) => m.name)).toEqual(items(50).map((i) => i.name));
    expect(writes.get(INDEX_KEY)).toBe(1);
    expect(library.list().map((m) => m.id)).toEqual([kept.id, ...added.map((m) => m.id)]);
    expect(library.activeId()).toBe(kept.id);
    expect(JSON.parse(library.read(added[49]!.id)!)).toEqual(session('Client 50'));
    expect(added[0]).toMatchObject({ createdAt: '2026-01-01T00:00:00.000Z', basedOn: null });
  });

  it('leaves the library as it was when the browser refuses a session or the index', () => {
    for (const refuseAt of [0, 3, 10]) {
      const { library, data, store } = setup();
      library.create('gdpr-readiness', { name: 'Kept', session: session('Kept') });
      const before = new Map(data);
      store.refuse = refuseAfter(refuseAt);
      expect(() => library.createMany(items(10))).toThrow(StorageRefusedError);
      expect(data).toEqual(before);
      expect(library.list().map((m) => m.name)).toEqual(['Kept']);
    }
  });

  it('refuses a batch that would pass the library limit, storing nothing', () => {
    const { library, data } = setup();
    expect(() => library.createMany(items(1001))).toThrow(StorageRefusedError);
    expect([...data.keys()].filter((k) => k.startsWith(assessmentKey('')))).toEqual([]);
  });
});
