import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../tests/helpers/memory-store';
import { makeSession } from '../../../tests/helpers/saved-session';
import { SessionSchema, type Session } from '../session/session.schema';
import { AssessmentSync } from './assessment-sync';
import { Library } from './library';

const session = (answers: Session['answers'], changes: Partial<Session> = {}) =>
  makeSession({ questionnaireVersion: '1.1.0', answers, ...changes });

const read = (raw: string) => {
  const parsed = SessionSchema.safeParse(JSON.parse(raw));
  return parsed.success ? parsed.data : null;
};

/** An assessment with a first save, and a tab opened on it as the app opens one. */
function setUp() {
  const store = new MemoryStore();
  const library = new Library(store);
  const { id } = library.create('gdpr-readiness');
  library.save(id, session({ 'organisation-name': 'Kapsalon Knip' }), 0);
  const openTab = () => new AssessmentSync(new Library(store), id, read, read(library.read(id)!));
  return { store, library, id, openTab };
}

const stored = (library: Library, id: string) => read(library.read(id)!)!;

describe('AssessmentSync: two tabs on one assessment', () => {
  it('merges a stale tab’s edit with the newer one instead of overwriting it', () => {
    const { library, id, openTab } = setUp();
    const a = openTab();
    const b = openTab();
    expect(a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 3 }))).toEqual({
      kind: 'saved',
    });
    const outcome = b.save(session({ 'organisation-name': 'Kapsalon Knip', 'has-website': 'yes' }));
    expect(outcome.kind).toBe('updated');
    expect(stored(library, id).answers).toEqual({
      'organisation-name': 'Kapsalon Knip',
      employees: 3,
      'has-website': 'yes',
    });
  });

  it('follows the other tab’s saves when it has nothing unsaved', () => {
    const { id, openTab, library } = setUp();
    const a = openTab();
    const b = openTab();
    a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 3 }));
    const outcome = b.external();
    expect(outcome).toMatchObject({ kind: 'updated', session: { answers: { employees: 3 } } });
    expect(b.external()).toEqual({ kind: 'unchanged' });
    // Following is not saving: the revision stays where tab A left it.
    expect(library.revision(id)).toBe(2);
  });

  it('asks when both changed the same answer, saves nothing until then, and keeps the choice', () => {
    const { library, id, openTab } = setUp();
    const a = openTab();
    const b = openTab();
    a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 3 }));
    const outcome = b.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 5 }));
    expect(outcome).toEqual({
      kind: 'conflict',
      conflicts: [{ part: 'answers', key: 'employees', mine: 5, theirs: 3 }],
    });
    expect(stored(library, id).answers.employees).toBe(3);
    // An edit made while the choice is open is not lost when the person chooses.
    b.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 5, 'has-website': 'no' }));
    expect(stored(library, id).answers).not.toHaveProperty('has-website');
    const settled = b.resolve('theirs');
    expect(settled).toMatchObject({ kind: 'updated', session: { answers: { employees: 3 } } });
    expect(stored(library, id).answers).toEqual({
      'organisation-name': 'Kapsalon Knip',
      employees: 3,
      'has-website': 'no',
    });
  });

  it('keeps this tab’s value when the person chooses to', () => {
    const { library, id, openTab } = setUp();
    const a = openTab();
    const b = openTab();
    a.save(session({ 'organisation-name': 'Salon A' }));
    b.save(session({ 'organisation-name': 'Salon B' }));
    expect(b.resolve('mine')).toEqual({ kind: 'saved' });
    expect(stored(library, id).answers['organisation-name']).toBe('Salon B');
    expect(a.external()).toMatchObject({ kind: 'updated' });
  });

  it('reports a deletion in another tab, keeps the work, and puts it back with it', () => {
    const { library, id, openTab } = setUp();
    const a = openTab();
    library.remove(id);
    expect(a.external()).toEqual({ kind: 'removed' });
    expect(a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 2 }))).toEqual({
      kind: 'removed',
    });
    expect(library.read(id)).toBeNull();
    expect(a.restoreRemoved()).toEqual({ kind: 'saved' });
    expect(library.get(id)).toBeDefined();
    expect(stored(library, id).answers.employees).toBe(2);
    expect(a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 4 }))).toEqual({
      kind: 'saved',
    });
  });

  it('says so when the browser refuses, and saves the same work once it allows again', () => {
    const { store, library, id, openTab } = setUp();
    const a = openTab();
    store.refuse = () => true;
    const work = session({ 'organisation-name': 'Kapsalon Knip', employees: 2 });
    expect(a.save(work)).toEqual({ kind: 'failed' });
    store.refuse = () => false;
    expect(a.save(work)).toEqual({ kind: 'saved' });
    expect(stored(library, id).answers.employees).toBe(2);
  });

  it('writes nothing when only the time of the save differs', () => {
    const { library, id, openTab } = setUp();
    const a = openTab();
    const before = library.revision(id);
    const same = session(
      { 'organisation-name': 'Kapsalon Knip' },
      { updatedAt: '2026-12-05T12:00:00.000Z' },
    );
    expect(a.save(same)).toEqual({ kind: 'unchanged' });
    expect(library.revision(id)).toBe(before);
  });

  it('tells the app the revision of every save that reached the store, and of no other', () => {
    const { store, library, id, openTab } = setUp();
    const saved: number[] = [];
    const a = new AssessmentSync(new Library(store), id, read, stored(library, id), {
      afterSave: (revision) => saved.push(revision),
    });
    const b = openTab();
    b.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 3 }));
    expect(a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 2 })).kind).toBe(
      'conflict',
    );
    store.refuse = () => true;
    expect(a.resolve('mine')).toEqual({ kind: 'failed' });
    store.refuse = () => false;
    expect(a.save(session({ 'organisation-name': 'Kapsalon Knip', employees: 2 })).kind).toBe(
      'saved',
    );
    library.remove(id);
    expect(a.restoreRemoved()).toEqual({ kind: 'saved' });
    expect(saved).toEqual([3, 4]);
    expect(library.revision(id)).toBe(4);
  });
});
