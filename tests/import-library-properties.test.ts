import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Library, type KeyValueStore } from '@/engine/library/library';
import { storeImport } from '@/engine/library/store-import';
import { SessionSchema } from '@/engine/session/session.schema';
import { parseImport, type ImportFile } from '@/engine/transfer/parse-import';
import { serializeExport } from '@/engine/transfer/serialize-export';
import { lookup, textFile, webshop } from './helpers/transfer';

/** What the import control does once the worker has read the file: parse, then store. */
const importIntoLibrary = (library: Library, file: ImportFile, isClash: () => boolean) =>
  storeImport(library, parseImport(file, lookup), isClash);

/** A library with one assessment already in it, over a store the test can read. */
function filledLibrary() {
  const data = new Map<string, string>();
  const store: KeyValueStore = {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  };
  const library = new Library(store);
  library.create(webshop.questionnaireId, { name: 'Existing', session: webshop, activate: true });
  return { library, data };
}

const validExport = serializeExport([
  { name: 'Shop', createdAt: webshop.updatedAt, session: webshop },
]);
const validValue = JSON.parse(validExport) as Record<string, unknown>;

/** Paths into the valid export that a mutation can hit. */
const paths: (readonly (string | number)[])[] = [
  ['type'],
  ['version'],
  ['exportedAt'],
  ['assessments'],
  ['assessments', 0],
  ['assessments', 0, 'name'],
  ['assessments', 0, 'createdAt'],
  ['assessments', 0, 'session'],
  ['assessments', 0, 'session', 'version'],
  ['assessments', 0, 'session', 'questionnaireId'],
  ['assessments', 0, 'session', 'answers'],
  ['assessments', 0, 'session', 'location'],
  ['assessments', 0, 'session', 'actionPlan'],
  ['assessments', 0, 'session', 'notes'],
  ['assessments', 0, 'session', 'processorReviews'],
];

function setAt(root: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

/** Files that must all be refused. */
const badFile = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ name: 'random.bin', bytes })),
  fc.jsonValue().map((value) => textFile(JSON.stringify(value))),
  fc.string().map((text) => textFile(text)),
  fc
    .tuple(
      fc.constantFrom(...paths),
      fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer())),
    )
    .map(([path, value]) => textFile(JSON.stringify(setAt(validValue, path, value)))),
  fc
    .integer({ min: 65, max: 3000 })
    .map((depth) => textFile(`${'['.repeat(depth)}${']'.repeat(depth)}`)),
  fc
    .integer({ min: 1, max: validExport.length - 2 })
    .map((cut) => textFile(validExport.slice(0, cut))),
  fc.constant(textFile(`${validExport}${' '.repeat(5 * 1024 * 1024)}`)),
);

describe('importing into the library (property)', () => {
  it('refuses 1,200 generated bad files without throwing and without changing anything stored', () => {
    const { library, data } = filledLibrary();
    const before = new Map(data);
    let refused = 0;
    fc.assert(
      fc.property(badFile, (file) => {
        const outcome = importIntoLibrary(library, file, () => false);
        expect(outcome.kind).toBe('refused');
        expect(data).toEqual(before);
        refused++;
      }),
      { numRuns: 1200, seed: 20261129 },
    );
    expect(refused).toBeGreaterThanOrEqual(1000);
  });

  it('adds a good file as a new assessment and leaves the existing one as it was', () => {
    const { library, data } = filledLibrary();
    const before = new Map(data);
    const outcome = importIntoLibrary(library, textFile(validExport), () => false);
    expect(outcome.kind).toBe('added');
    for (const [key, value] of before)
      if (key !== 'gdpr-readiness:library') expect(data.get(key)).toBe(value);
    expect(library.list()).toHaveLength(2);
    const added = library.list()[1]!;
    expect(SessionSchema.parse(JSON.parse(library.read(added.id)!)).answers).toEqual(
      webshop.answers,
    );
  });

  it('adds a file whose texts look like markup, keeping every text as it was', () => {
    const name = 'Smith <Partners> B.V.';
    const note = 'see <https://intranet/policy> or <script>alert(1)</script>';
    const file = setAt(
      setAt(validValue, ['assessments', 0, 'name'], name),
      ['assessments', 0, 'session', 'notes'],
      { 'privacy-notice': note },
    );
    const { library } = filledLibrary();
    const outcome = importIntoLibrary(library, textFile(JSON.stringify(file)), () => false);
    expect(outcome.kind).toBe('added');
    const added = library.list()[1]!;
    expect(added.name).toBe(name);
    expect(SessionSchema.parse(JSON.parse(library.read(added.id)!)).notes).toEqual({
      'privacy-notice': note,
    });
  });

  it('stores nothing when the file clashes with an assessment already here, until asked', () => {
    const { library, data } = filledLibrary();
    const before = new Map(data);
    const outcome = importIntoLibrary(library, textFile(validExport), () => true);
    expect(outcome.kind).toBe('clash');
    expect(data).toEqual(before);
  });
});
