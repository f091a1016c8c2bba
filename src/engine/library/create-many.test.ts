import { describe, expect, it } from 'vitest';
import { SESSION_TYPE, SESSION_VERSION, type Session } from '../session/session.schema';
import {
  INDEX_KEY,
  Library,
  StorageRefusedError,
  assessmentKey,
  type KeyValueStore,
} from './library';

/** A store that can refuse from the nth write on, and counts writes per key. */
function memoryStore() {
  const data = new Map<string, string>();
  const writes = new Map<string, number>();
  let refuseAfter = Infinity;
  const store: KeyValueStore = {
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      if (refuseAfter-- <= 0) throw new Error('QuotaExceededError');
      writes.set(key, (writes.get(key) ?? 0) + 1);
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  };
  return { store, data, writes, refuseAfter: (n: number) => (refuseAfter = n) };
}

function session(organisation: string): Session {
  return {
    type: SESSION_TYPE,
    version: SESSION_VERSION,
    questionnaireId: 'gdpr-readiness',
    questionnaireVersion: '1.0.0',
    answers: { 'organisation-name': organisation },
    location: { screen: 'intro' },
    overriddenExits: [],
    completedAt: null,
    updatedAt: '2026-12-01T09:00:00.000Z',
    actionPlan: {},
    notes: {},
    parked: [],
    processorReviews: [],
  };
}

const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    questionnaireId: 'gdpr-readiness',
    name: `Client ${i + 1}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    session: session(`Client ${i + 1}`),
  }));

function setup() {
  const memory = memoryStore();
  let n = 0;
  const library = new Library(memory.store, {
    now: () => new Date('2026-11-29T10:00:00.000Z'),
    newId: () => `id-${++n}`,
  });
  return { ...memory, library };
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
      const { library, data, refuseAfter } = setup();
      library.create('gdpr-readiness', { name: 'Kept', session: session('Kept') });
      const before = new Map(data);
      refuseAfter(refuseAt);
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
