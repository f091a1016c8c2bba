import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup, webshop } from '../../../tests/helpers/transfer';
import { SessionSchema } from '../session/session.schema';
import { IMPORT_PROBLEM_CODES } from './import-problem';
import { parseImport, type ImportFile } from './parse-import';
import { serializeExport } from './serialize-export';

/**
 * Whatever a person (or an attacker) hands the import, it answers with a
 * problem or with sessions that pass SessionSchema, and never throws.
 */

const encode = (text: string) => new TextEncoder().encode(text);
const validExport = JSON.parse(
  serializeExport([{ name: 'Acme', createdAt: '2026-01-10T09:00:00.000Z', session: webshop }], {
    now: new Date('2026-02-01T12:00:00Z'),
  }),
) as unknown;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside a JSON document. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : typeof value === 'object' && value !== null
      ? Object.entries(value)
      : [];
  return [prefix, ...children.flatMap(([key, child]) => paths(child, [...prefix, key]))];
}

type Mutation =
  { kind: 'replace'; with: Json } | { kind: 'delete' } | { kind: 'add'; key: string; with: Json };

/** A copy of `doc` with one change at `path`. */
function mutate(doc: unknown, path: (string | number)[], mutation: Mutation): unknown {
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  if (path.length === 0) return mutation.kind === 'replace' ? mutation.with : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'replace') parent[last] = mutation.with;
  else if (mutation.kind === 'delete') delete parent[last];
  else {
    const target = parent[last];
    if (typeof target === 'object' && target !== null && !Array.isArray(target))
      (target as Record<string, unknown>)[mutation.key] = mutation.with;
    else parent[last] = { [mutation.key]: mutation.with };
  }
  return copy;
}

/** Texts that look like markup, script links or a PDF header: to the import they are plain text. */
const MARKUP = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</div>',
  '<!-- x',
  'javascript:alert(1)',
  'java\nscript:x',
  'data:text/html,<b>',
  '<svg onload=x',
  '%PDF-1.7',
  '</jspdf:metadata>',
];

/** Sets a text somewhere a person could type it: a name, an answer, a note, a vendor or an owner. */
function withText(text: string, where: number): unknown {
  const places: (string | number)[][] = [
    ['assessments', 0, 'name'],
    ['assessments', 0, 'session', 'answers', 'organisation-name'],
    ['assessments', 0, 'session', 'notes', 'privacy-notice'],
    ['assessments', 0, 'session', 'processorReviews', 0, 'vendor'],
    ['assessments', 0, 'session', 'actionPlan', 'privacy-notice', 'ownerName'],
  ];
  return mutate(validExport, places[where % places.length]!, { kind: 'replace', with: text });
}

const file = (bytes: Uint8Array, name = 'import.json'): ImportFile => ({ name, bytes });

const jsonValue = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<Json>;

const inputs: fc.Arbitrary<ImportFile> = fc.oneof(
  // Random bytes, and random bytes dressed up as a PDF or as a PDF with a metadata element.
  fc.uint8Array({ maxLength: 2000 }).map((bytes) => file(bytes)),
  fc
    .uint8Array({ maxLength: 500 })
    .map((bytes) => file(Uint8Array.from([...encode('%PDF-1.7\n'), ...bytes]), 'x.pdf')),
  fc
    .string({ unit: 'binary', maxLength: 300 })
    .map((inner) => file(encode(`%PDF-1.7\n<jspdf:metadata>${inner}</jspdf:metadata>`), 'x.pdf')),
  // Random text and random JSON.
  fc.string({ unit: 'binary', maxLength: 500 }).map((text) => file(encode(text))),
  jsonValue.map((value) => file(encode(JSON.stringify(value)))),
  // A valid export with one random change: a value replaced, a field removed or one added.
  fc
    .tuple(
      fc.constantFrom(...paths(validExport)),
      fc.oneof(
        jsonValue.map((value): Mutation => ({ kind: 'replace', with: value })),
        fc.constant<Mutation>({ kind: 'delete' }),
        fc
          .tuple(fc.string({ maxLength: 20 }), jsonValue)
          .map(([key, value]): Mutation => ({ kind: 'add', key, with: value })),
      ),
    )
    .map(([path, mutation]) => file(encode(JSON.stringify(mutate(validExport, path, mutation))))),
  // A valid export cut short.
  fc.nat().map((n) => {
    const text = JSON.stringify(validExport);
    return file(encode(text.slice(0, n % text.length)));
  }),
  // Deep nesting, well-formed or not, bare or inside a note.
  fc
    .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('[', '{"a":'), fc.boolean())
    .map(([depth, open, inside]) => {
      const close = open === '[' ? ']' : '}';
      const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
      const text = inside
        ? JSON.stringify(validExport).replace('"Discuss with the web agency."', nested)
        : nested;
      return file(encode(text));
    }),
  // Huge strings where a person types text.
  fc
    .tuple(fc.integer({ min: 1_000, max: 300_000 }), fc.nat())
    .map(([length, where]) => file(encode(JSON.stringify(withText('x'.repeat(length), where))))),
  // Markup where a person types text, alone or inside ordinary words.
  fc
    .tuple(fc.constantFrom(...MARKUP), fc.string({ maxLength: 20 }), fc.nat())
    .map(([markup, words, where]) =>
      file(encode(JSON.stringify(withText(`${words}${markup}${words}`, where)))),
    ),
);

describe('parseImport on generated bad input', () => {
  it('never throws and never returns a session that fails SessionSchema', () => {
    const codes = new Set<string>(IMPORT_PROBLEM_CODES);
    let accepted = 0;
    fc.assert(
      fc.property(inputs, (input) => {
        const result = parseImport(input, lookup);
        if (!result.ok) {
          expect(codes.has(result.problem.code)).toBe(true);
          return;
        }
        accepted += 1;
        expect(result.assessments.length).toBeGreaterThan(0);
        for (const a of result.assessments)
          expect(SessionSchema.safeParse(a.session).success).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // Some mutations are harmless (a changed note, an added answer): both outcomes are exercised.
    expect(accepted).toBeGreaterThan(0);
  });

  it('takes every markup sample wherever a person types text, as it is', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARKUP), fc.nat(), (markup, where) => {
        const data = withText(markup, where);
        const result = parseImport(file(encode(JSON.stringify(data))), lookup);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const [assessment] = result.assessments;
        const read = JSON.parse(
          serializeExport(
            [
              {
                name: assessment!.name,
                createdAt: assessment!.createdAt,
                session: assessment!.session,
              },
            ],
            {
              now: new Date('2026-02-01T12:00:00Z'),
            },
          ),
        ) as unknown;
        expect(read).toEqual(data);
      }),
      { numRuns: 200 },
    );
  });
});
