import { describe, expect, it } from 'vitest';
import type { Session } from '../session/session.schema';
import { Library, StorageRefusedError, whenStored } from './library';
import { INDEX_KEY, assessmentKey } from './library-keys';
import { MemoryStore } from '../../../tests/helpers/memory-store';
import { makeSession } from '../../../tests/helpers/saved-session';

function session(
  answers: Session['answers'] = { 'organisation-name': 'Bakkerij Jansen' },
): Session {
  return makeSession({
    answers,
    location: { screen: 'review' },
    completedAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    actionPlan: { 'privacy-owner': { ownerName: 'Ana', dueDate: '2026-03-01' } },
    notes: { 'privacy-owner': 'Ask HR' },
    parked: ['privacy-owner'],
  });
}

function library(store = new MemoryStore()) {
  let n = 0;
  const lib = new Library(store, {
    now: () => new Date('2026-11-29T10:00:00.000Z'),
    newId: () => `id-${++n}`,
  });
  return { lib, store };
}

const parse = (raw: string) => JSON.parse(raw) as Session;

describe('Library', () => {
  it('starts empty and creates assessments that can be made active', () => {
    const { lib } = library();
    expect(lib.list()).toEqual([]);
    expect(lib.activeId()).toBeNull();
    const a = lib.create('gdpr-readiness', { name: 'Shop 2026' });
    const b = lib.create('gdpr-readiness', { activate: true });
    expect(lib.list().map((m) => m.id)).toEqual([a.id, b.id]);
    expect(lib.activeId()).toBe(b.id);
    lib.setActive(a.id);
    expect(lib.activeId()).toBe(a.id);
    lib.setActive('no-such-id');
    expect(lib.activeId()).toBe(a.id);
  });

  it('saves and reads an assessment, and refuses saves for an assessment no longer listed', () => {
    const { lib, store } = library();
    const a = lib.create('gdpr-readiness');
    expect(lib.save(a.id, session(), 0)).toEqual({ kind: 'saved', revision: 1 });
    expect(parse(lib.read(a.id)!).answers).toEqual({ 'organisation-name': 'Bakkerij Jansen' });
    expect(lib.save('removed-elsewhere', session(), 0)).toEqual({ kind: 'removed' });
    expect(store.getItem(assessmentKey('removed-elsewhere'))).toBeNull();
  });

  it('never saves over a revision newer than the one the caller read (another tab saved)', () => {
    const { lib } = library();
    const a = lib.create('gdpr-readiness');
    expect(lib.save(a.id, session(), 0)).toEqual({ kind: 'saved', revision: 1 });
    const stale = { ...session(), answers: { 'organisation-name': 'Stale' } };
    expect(lib.save(a.id, stale, 0)).toEqual({ kind: 'stale', revision: 1 });
    expect(parse(lib.read(a.id)!).answers).toEqual({ 'organisation-name': 'Bakkerij Jansen' });
    expect(lib.save(a.id, stale, 1)).toEqual({ kind: 'saved', revision: 2 });
  });

  it('restores a removed assessment at a newer revision, so a tab holding the old one merges', () => {
    const { lib } = library();
    const a = lib.create('gdpr-readiness');
    lib.save(a.id, session(), 0);
    const removed = lib.remove(a.id)!;
    expect(lib.revision(a.id)).toBe(0);
    lib.restore(removed);
    expect(lib.revision(a.id)).toBe(2);
    expect(lib.save(a.id, session(), 1)).toEqual({ kind: 'stale', revision: 2 });
  });

  it.each([
    ['the revision', ':revision:'],
    ['the answers', ':assessment:'],
  ])(
    'says "refused" and leaves the stored copy as it was when the browser refuses %s',
    (_, part) => {
      const { lib, store } = library();
      const a = lib.create('gdpr-readiness');
      lib.save(a.id, session(), 0);
      const before = lib.read(a.id);
      store.refuse = (key) => key.includes(part);
      expect(lib.save(a.id, { ...session(), answers: { 'organisation-name': 'X' } }, 1)).toEqual({
        kind: 'refused',
      });
      expect(lib.read(a.id)).toBe(before);
      expect(lib.revision(a.id)).toBe(1);
    },
  );

  it('renames, trimming and capping the name', () => {
    const { lib } = library();
    const a = lib.create('gdpr-readiness');
    lib.rename(a.id, `  ${'x'.repeat(300)} `);
    expect(lib.get(a.id)?.name).toHaveLength(200);
  });

  it('duplicates as a re-assessment: same answers and owners, not completed, opening at the intro', () => {
    const { lib } = library();
    const a = lib.create('gdpr-readiness', { session: session() });
    const copy = lib.duplicate(a.id, 'Shop 2027', parse)!;
    expect(copy).toMatchObject({ name: 'Shop 2027', basedOn: a.id });
    expect(lib.activeId()).toBe(copy.id);
    const copied = parse(lib.read(copy.id)!);
    expect(copied.answers).toEqual(session().answers);
    expect(copied.actionPlan).toEqual(session().actionPlan);
    expect(copied.notes).toEqual(session().notes);
    expect(copied).toMatchObject({ completedAt: null, location: { screen: 'intro' }, parked: [] });
    expect(parse(lib.read(a.id)!).completedAt).toBe('2026-01-10T09:00:00.000Z');
    expect(lib.duplicate('no-such-id', 'x', parse)).toBeUndefined();
  });

  it('removes an assessment and puts it back exactly on undo', () => {
    const { lib } = library();
    const a = lib.create('gdpr-readiness', { session: session(), activate: true });
    const b = lib.create('gdpr-readiness');
    const removed = lib.remove(a.id)!;
    expect(lib.list().map((m) => m.id)).toEqual([b.id]);
    expect(lib.read(a.id)).toBeNull();
    expect(lib.activeId()).toBe(b.id);
    lib.restore(removed);
    expect(lib.get(a.id)).toEqual(removed.meta);
    expect(parse(lib.read(a.id)!)).toEqual(session());
    expect(lib.activeId()).toBe(a.id);
    lib.restore(removed);
    expect(lib.list()).toHaveLength(2);
  });

  it('records when assessments were last exported', () => {
    const { lib } = library();
    const a = lib.create('gdpr-readiness');
    const b = lib.create('gdpr-readiness');
    lib.markExported([a.id]);
    expect(lib.get(a.id)?.lastExportedAt).toBe('2026-11-29T10:00:00.000Z');
    expect(lib.get(b.id)?.lastExportedAt).toBeNull();
  });

  it('rebuilds an unreadable index from the assessments still stored', () => {
    const { lib, store } = library();
    const a = lib.create('gdpr-readiness', { session: session() });
    store.setItem(INDEX_KEY, '{"broken');
    expect(lib.list().map((m) => m.id)).toEqual([a.id]);
    expect(lib.list()[0]?.questionnaireId).toBe('gdpr-readiness');
    expect(JSON.parse(store.getItem(INDEX_KEY)!)).toMatchObject({ type: 'gdpr-readiness-library' });
  });

  it('adopts the single saved assessment of the version before the library', () => {
    const store = new MemoryStore();
    const raw = JSON.stringify(session());
    store.setItem('gdpr-readiness:session:gdpr-readiness', raw);
    const { lib } = library(store);
    const [meta] = lib.list();
    expect(meta).toMatchObject({ questionnaireId: 'gdpr-readiness', name: '' });
    expect(lib.read(meta!.id)).toBe(raw);
    expect(lib.activeId()).toBe(meta!.id);
    expect(store.getItem('gdpr-readiness:session:gdpr-readiness')).toBeNull();
  });

  it('moves unreadable data aside instead of losing it', () => {
    const { lib, store } = library();
    const a = lib.create('gdpr-readiness');
    store.setItem(assessmentKey(a.id), 'not json');
    const first = lib.setAside(a.id, 'not json');
    expect(lib.read(a.id)).toBeNull();
    expect(first).toBe(`gdpr-readiness:unreadable:${a.id}:2026-11-29T10:00:00.000Z`);
    expect(store.getItem(first)).toBe('not json');
    // A second copy in the same millisecond gets its own key; the same text is kept once.
    const second = lib.setAside(a.id, 'still not json');
    expect(second).toBe(`${first}:2`);
    expect(store.getItem(first)).toBe('not json');
    expect(lib.setAside(a.id, 'not json')).toBe(first);
  });

  it('throws StorageRefusedError when the browser refuses, leaving the library as it was', () => {
    const { lib, store } = library();
    const a = lib.create('gdpr-readiness', { name: 'Kept' });
    const before = new Map(store.data);
    store.refuse = () => true;
    expect(() => lib.create('gdpr-readiness', { session: session() })).toThrow(StorageRefusedError);
    expect(() => lib.rename(a.id, 'Lost')).toThrow(StorageRefusedError);
    expect(store.data).toEqual(before);
  });

  it('tells a stored change from a refused one with whenStored, and lets other faults through', () => {
    const { lib, store } = library();
    const created = whenStored(() => lib.create('gdpr-readiness', { name: 'Stored' }).name);
    expect(created).toEqual({ kind: 'stored', value: 'Stored' });
    store.refuse = () => true;
    expect(whenStored(() => lib.create('gdpr-readiness'))).toEqual({ kind: 'refused' });
    expect(lib.list().map((a) => a.name)).toEqual(['Stored']);
    expect(() =>
      whenStored(() => {
        throw new TypeError('a bug, not a full storage');
      }),
    ).toThrow(TypeError);
  });
});
