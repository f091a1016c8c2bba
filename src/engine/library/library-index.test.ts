import { describe, expect, it } from 'vitest';
import {
  LibraryIndexSchema,
  MAX_ASSESSMENTS,
  readLibraryIndex,
  storedFacts,
  type AssessmentMeta,
  type StoredAssessments,
  type StoredFacts,
} from './library-index';

const NOW = '2026-11-29T10:00:00.000Z';

function meta(id: string, fields: Partial<AssessmentMeta> = {}): AssessmentMeta {
  return {
    id,
    name: `Assessment ${id}`,
    questionnaireId: 'gdpr-readiness',
    createdAt: '2026-01-05T08:00:00.000Z',
    lastExportedAt: null,
    basedOn: null,
    ...fields,
  };
}

const shop = meta('shop', { name: 'Web shop 2026', lastExportedAt: '2026-02-01T12:00:00.000Z' });
const shopAgain = meta('shop-2', { name: 'Web shop, again', basedOn: 'shop' });
const clinic = meta('clinic', { name: 'Clinic' });

function indexText(assessments: unknown, fields: Record<string, unknown> = {}): string {
  return JSON.stringify({
    type: 'gdpr-readiness-library',
    version: 1,
    activeId: 'shop-2',
    assessments,
    ...fields,
  });
}

/** Saved sessions by id; `facts` counts its reads, which an intact index must not need. */
function stored(facts: Record<string, StoredFacts> = {}) {
  const reads: string[] = [];
  const assessments: StoredAssessments = {
    ids: () => Object.keys(facts),
    facts: (id) => {
      reads.push(id);
      return facts[id] ?? { questionnaireId: null, savedAt: null };
    },
  };
  return { assessments, reads };
}

const none = { questionnaireId: null, savedAt: null };

function read(raw: string, facts: Record<string, StoredFacts> = {}) {
  const reading = readLibraryIndex(raw, stored(facts).assessments, NOW);
  // Whatever was read, what is written back must be an intact index.
  expect(LibraryIndexSchema.safeParse(reading.index).success).toBe(true);
  return reading;
}

describe('readLibraryIndex: an intact index', () => {
  it('comes back as it was, without reading any saved session', () => {
    const { assessments, reads } = stored({ shop: none, 'orphan-key': none });
    const raw = indexText([shop, shopAgain, clinic]);
    expect(readLibraryIndex(raw, assessments, NOW)).toEqual({
      index: JSON.parse(raw) as unknown,
      repair: null,
    });
    expect(reads).toEqual([]);
  });
});

describe('readLibraryIndex: one damaged field', () => {
  it('loses only that field when one createdAt is not a date', () => {
    const { index, repair } = read(
      indexText([shop, { ...shopAgain, createdAt: 'last Tuesday' }, clinic]),
    );
    expect(index.assessments).toEqual([shop, { ...shopAgain, createdAt: NOW }, clinic]);
    expect(index.activeId).toBe('shop-2');
    expect(repair).toMatchObject({ createdDates: 1, names: 0, exportDates: 0, readopted: 0 });
  });

  it('takes a lost createdAt and questionnaire from the saved session', () => {
    const { index, repair } = read(indexText([{ ...clinic, createdAt: 42, questionnaireId: '' }]), {
      clinic: { questionnaireId: 'avg-check', savedAt: '2026-03-03T09:00:00.000Z' },
    });
    expect(index.assessments).toEqual([
      { ...clinic, createdAt: '2026-03-03T09:00:00.000Z', questionnaireId: 'avg-check' },
    ]);
    expect(repair).toMatchObject({ createdDates: 1, questionnaires: 1 });
  });

  it('falls back per field: no name, never exported, based on nothing', () => {
    const { index, repair } = read(
      indexText([
        { ...shop, name: ['Web', 'shop'], lastExportedAt: 'yesterday' },
        { ...shopAgain, basedOn: { id: 'shop' } },
        { ...clinic, name: undefined },
      ]),
    );
    expect(index.assessments).toEqual([
      { ...shop, name: '', lastExportedAt: null },
      { ...shopAgain, basedOn: null },
      { ...clinic, name: '' },
    ]);
    expect(repair).toMatchObject({ names: 2, exportDates: 1, basedOn: 1, entries: 0 });
  });

  it('keeps the first 200 characters of a name that is too long', () => {
    const long = 'Ł'.repeat(250);
    const { index, repair } = read(indexText([{ ...clinic, name: long }]));
    expect(index.assessments[0]?.name).toBe('Ł'.repeat(200));
    expect(repair).toMatchObject({ names: 1 });
  });

  it('drops an unknown extra key, in an entry or the envelope, and nothing else', () => {
    const { index, repair } = read(
      indexText([{ ...shop, colour: 'red' }, shopAgain], { sortedBy: 'name' }),
    );
    expect(index).toEqual(JSON.parse(indexText([shop, shopAgain])));
    expect(repair).toEqual({
      unreadable: false,
      names: 0,
      createdDates: 0,
      exportDates: 0,
      basedOn: 0,
      questionnaires: 0,
      entries: 0,
      duplicates: 0,
      readopted: 0,
      active: false,
    });
  });

  it('repairs a wrong type or version in the envelope and keeps every entry', () => {
    const { index, repair } = read(indexText([shop, clinic], { type: 'library', version: '1' }));
    expect(index.assessments).toEqual([shop, clinic]);
    expect(repair).not.toBeNull();
  });

  it('keeps an active id that points nowhere, and replaces one that is not an id', () => {
    expect(
      read(indexText([shop, clinic], { activeId: 'gone', note: 'extra' })).index.activeId,
    ).toBe('gone');
    const { index, repair } = read(indexText([shop, clinic], { activeId: 7 }));
    expect(index.activeId).toBe('shop');
    expect(repair).toMatchObject({ active: true });
  });
});

describe('readLibraryIndex: damaged entries', () => {
  it('drops an entry without a usable id, and finds its assessment again by its key', () => {
    const { index, repair } = read(
      indexText([shop, { ...clinic, id: '' }, 'not an entry', null, shopAgain]),
      {
        shop: none,
        clinic: { questionnaireId: 'gdpr-readiness', savedAt: '2026-04-01T10:00:00.000Z' },
      },
    );
    expect(index.assessments).toEqual([
      shop,
      shopAgain,
      meta('clinic', { name: '', createdAt: '2026-04-01T10:00:00.000Z' }),
    ]);
    expect(repair).toMatchObject({ entries: 3, readopted: 1 });
  });

  it('keeps the first of two entries with the same id', () => {
    const { index, repair } = read(indexText([shop, { ...shop, name: 'Copy' }, clinic]));
    expect(index.assessments).toEqual([shop, clinic]);
    expect(repair).toMatchObject({ duplicates: 1, entries: 0 });
  });

  it('repairs an intact-looking index that lists one id twice', () => {
    expect(read(indexText([shop, shop])).index.assessments).toEqual([shop]);
  });

  it('does not adopt a key whose id could not be an id', () => {
    const { index } = read(indexText([shop, 7]), { ['x'.repeat(101)]: none });
    expect(index.assessments).toEqual([shop]);
  });
});

describe('readLibraryIndex: nothing readable', () => {
  it.each([
    ['JSON that does not parse', '{"type":"gdpr-readiness-library", "assessments": [{"id"'],
    ['JSON that is not an object', '"library"'],
    ['assessments that are not a list', indexText({ shop })],
  ])('rebuilds from the saved assessments after %s', (_, raw) => {
    const { index, repair } = read(raw, {
      shop: { questionnaireId: 'gdpr-readiness', savedAt: '2026-05-05T05:00:00.000Z' },
      clinic: none,
    });
    expect(index.assessments).toEqual([
      meta('shop', { name: '', createdAt: '2026-05-05T05:00:00.000Z' }),
      meta('clinic', { name: '', questionnaireId: 'unknown', createdAt: NOW }),
    ]);
    expect(repair).toMatchObject({ unreadable: true, readopted: 2, active: false });
  });
});

describe('readLibraryIndex: a large index', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => meta(`a-${i}`));

  it('repairs one field among 1,000 entries and keeps the other 999 as they were', () => {
    const entries: unknown[] = many(MAX_ASSESSMENTS);
    entries[500] = { ...meta('a-500'), createdAt: 'soon' };
    const { index, repair } = read(indexText(entries));
    expect(index.assessments).toHaveLength(MAX_ASSESSMENTS);
    expect(index.assessments[500]).toEqual(meta('a-500', { createdAt: NOW }));
    expect(index.assessments[999]).toEqual(meta('a-999'));
    expect(repair).toMatchObject({ createdDates: 1, entries: 0 });
  });

  it('keeps the first 1,000 of 2,000 entries and adopts no key beyond the limit', () => {
    const { index, repair } = read(indexText(many(2000)), { 'a-1500': none, extra: none });
    expect(index.assessments).toHaveLength(MAX_ASSESSMENTS);
    expect(index.assessments.at(-1)?.id).toBe('a-999');
    expect(repair).toMatchObject({ entries: 1000, readopted: 0 });
  });
});

describe('storedFacts', () => {
  it('reads the questionnaire and last save of a session, and nothing from anything else', () => {
    expect(
      storedFacts(
        JSON.stringify({ questionnaireId: 'gdpr-readiness', updatedAt: '2026-01-10T09:00:00Z' }),
      ),
    ).toEqual({ questionnaireId: 'gdpr-readiness', savedAt: '2026-01-10T09:00:00Z' });
    for (const raw of [null, 'not json', '[]', '{"questionnaireId":3,"updatedAt":"today"}'])
      expect(storedFacts(raw)).toEqual(none);
  });
});
