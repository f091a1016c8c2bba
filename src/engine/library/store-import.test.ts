import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../tests/helpers/memory-store';
import { makeSession } from '../../../tests/helpers/saved-session';
import type { ImportResult } from '../transfer/parse-import';
import { changedSinceExport } from './export-freshness';
import { Library } from './library';
import { storeImport } from './store-import';

const session = makeSession({
  answers: { 'organisation-name': 'Acme' },
  updatedAt: '2026-01-20T08:00:00.000Z',
});

const fromFile = (source: 'export' | 'session' | 'pdf'): ImportResult => ({
  ok: true,
  source,
  assessments: [
    {
      name: 'Acme',
      createdAt: '2026-01-10T09:00:00.000Z',
      session,
      dropped: [],
      toCorrect: [],
      ...(source === 'export' ? { exportedAt: '2026-02-01T12:00:00.000Z' } : {}),
    },
  ],
});

function library() {
  let n = 0;
  return new Library(new MemoryStore(), {
    now: () => new Date('2026-12-05T10:00:00.000Z'),
    newId: () => `id-${++n}`,
  });
}

describe('storeImport', () => {
  it('names an imported assessment apart from the one it was copied from', () => {
    const lib = library();
    const outcome = storeImport(
      lib,
      fromFile('session'),
      () => false,
      (a) => `${a.name} (imported 5 Dec 2026)`,
    );
    expect(outcome.kind).toBe('added');
    expect(lib.list().map((m) => m.name)).toEqual(['Acme (imported 5 Dec 2026)']);
  });

  it('counts an assessment read from an export file as exported when that file was made', () => {
    const lib = library();
    storeImport(lib, fromFile('export'), () => false);
    const [meta] = lib.list();
    expect(meta?.lastExportedAt).toBe('2026-02-01T12:00:00.000Z');
    // Saved before the file was made: nothing in it is missing from a backup.
    expect(
      changedSinceExport(meta!.lastExportedAt, { updatedAt: session.updatedAt, started: true }),
    ).toBe(false);
  });

  it('leaves a saved session or a PDF unexported: no export file holds it', () => {
    for (const source of ['session', 'pdf'] as const) {
      const lib = library();
      storeImport(lib, fromFile(source), () => false);
      expect(lib.list()[0]?.lastExportedAt).toBeNull();
    }
  });

  it('stores nothing while the file clashes with an assessment already here', () => {
    const lib = library();
    const outcome = storeImport(lib, fromFile('export'), () => true);
    expect(outcome.kind).toBe('clash');
    expect(lib.list()).toEqual([]);
  });
});
