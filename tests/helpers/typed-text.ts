import fc from 'fast-check';
import type { Session } from '@/engine/session/session.schema';
import { questionnaire, webshop } from './transfer';

/**
 * Generated assessments full of text a person can type, paste or be sent:
 * what looks like markup, script links or a PDF header, bidi controls,
 * zero-width characters, lone surrogates (a text input can hold them, as can
 * any JavaScript string), emoji and other letters. Shared by the round-trip
 * tests of export, import, merge and the report PDF.
 */

/** Awkward pieces a text is built from, besides random ones. */
export const AWKWARD = [
  '<',
  '>',
  '<b>',
  '</div>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%PDF-',
  '%PDF-1.7\n',
  '<jspdf:metadata>',
  '</jspdf:metadata>',
  '&amp;',
  '&lt;',
  '&#x42;',
  '"',
  "'",
  '\\',
  '\\u0041',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u007f',
  // Bidi controls: overrides, embeddings, isolates, marks.
  '\u202e',
  '\u202d',
  '\u202a',
  '\u2066',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  // Zero-width and invisible characters, separators.
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u2029',
  // Lone surrogates.
  '\ud800',
  '\udfff',
  '\ud83d',
  '😀',
  '👩‍👩‍👧',
  '🇳🇱',
  'Łódź',
  'Dvořák',
  '日本語',
  'مرحبا',
  'e\u0301',
  '[{',
  '}]',
  ' ',
  '\u00a0',
] as const;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...AWKWARD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** A text of at most `max` UTF-16 units (cutting one may leave a lone surrogate, as the app may). */
export function typedText(max: number): fc.Arbitrary<string> {
  return fc
    .array(piece, { minLength: 1, maxLength: 8 })
    .map((parts) => parts.join('').slice(0, max));
}

/** An assessment name as the app keeps it: trimmed, not empty, at most 200 units. */
export const assessmentName = typedText(200)
  .map((name) => name.trim())
  .filter((name) => name !== '');

const questionIds = questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
const checklist = [
  'documented-instructions',
  'confidentiality',
  'security-measures',
  'sub-processors',
];

/** The web shop's finished assessment with generated text in every field a person types. */
export const typedSession: fc.Arbitrary<Session> = fc
  .record({
    organisation: typedText(120).filter((name) => name.trim() !== ''),
    notes: fc.dictionary(fc.constantFrom(...questionIds), typedText(2000), { maxKeys: 4 }),
    owners: fc.dictionary(
      fc.constantFrom(...questionIds),
      fc.record({
        ownerName: fc.option(typedText(200), { nil: null }),
        dueDate: fc.option(fc.constantFrom('2026-03-01', '2027-12-31'), { nil: null }),
      }),
      { maxKeys: 5 },
    ),
    vendors: fc.array(fc.record({ vendor: typedText(200), checked: fc.subarray(checklist) }), {
      maxLength: 3,
    }),
  })
  .map(({ organisation, notes, owners, vendors }) => ({
    ...webshop,
    answers: { ...webshop.answers, 'organisation-name': organisation },
    actionPlan: owners,
    notes,
    processorReviews: vendors.map((v, i) => ({ id: `r${i + 1}`, ...v })),
  }));
