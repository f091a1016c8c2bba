import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookup, questionnaire, textFile } from '../../../tests/helpers/transfer';
import { assessmentName, typedSession, typedText } from '../../../tests/helpers/typed-text';
import { mergeSessions, resolveMerge } from '../merge/merge-sessions';
import type { Session } from '../session/session.schema';
import { parseImport } from './parse-import';
import { EXPORT_SCHEMA_PATH, serializeExport } from './serialize-export';

/**
 * Whatever a person types, the app exports, imports and merges unchanged:
 * generated assessments with markup-like text, script links, `%PDF-`, bidi
 * controls, zero-width characters, lone surrogates and emoji in every free
 * text (name, organisation, notes, owners, vendors) survive export → import →
 * export byte for byte.
 */

const now = new Date('2026-02-01T12:00:00Z');
const createdAt = '2026-01-10T09:00:00.000Z';
const schemaUrl = `https://gdpr-check.example${EXPORT_SCHEMA_PATH}`;

type Entry = { name: string; createdAt: string; session: Session };
const exportText = (entries: readonly Entry[]) => serializeExport(entries, { now, schemaUrl });

/** The file read back and written again, as the app does on the next export. */
function reexport(text: string): { entries: Entry[]; text: string } {
  const result = parseImport(textFile(text), lookup);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  const entries = result.assessments.map(({ name, createdAt: at, session }) => ({
    name,
    createdAt: at,
    session,
  }));
  return { entries, text: exportText(entries) };
}

describe('export → import → export (property)', () => {
  it('gives the same file, byte for byte, for 1,000 generated assessments', () => {
    fc.assert(
      fc.property(assessmentName, typedSession, (name, session) => {
        const first = exportText([{ name, createdAt, session }]);
        const again = reexport(first);
        expect(again.entries).toEqual([{ name, createdAt, session }]);
        expect(again.text).toBe(first);
        // The bytes too: lone surrogates are written as \u escapes, so the file is valid UTF-8.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(textFile(first).bytes)).toBe(first);
      }),
      { numRuns: 1000 },
    );
    // A thousand round trips take a few seconds alone; with other work on both cores they have
    // taken more than the default 30 s.
  }, 300_000);

  it('reads a bare saved session back unchanged', () => {
    fc.assert(
      fc.property(typedSession, (session) => {
        const result = parseImport(textFile(JSON.stringify(session)), lookup);
        expect(result.ok && result.assessments[0]?.session).toEqual(session);
      }),
      { numRuns: 300 },
    );
  });
});

/** Two participants of one workshop: the same answers, their own owners, notes and vendors. */
const workshop = fc
  .record({
    names: fc.uniqueArray(typedText(60), { minLength: 2, maxLength: 2 }),
    first: typedSession,
    second: typedSession,
    owner: fc.tuple(typedText(200), typedText(200)),
  })
  .map(({ names, first, second, owner }) => {
    const [a = '', b = ''] = names;
    const plan = (ownerName: string) => ({ 'privacy-notice': { ownerName, dueDate: null } });
    return {
      owners: owner,
      participants: [
        { name: a, session: { ...first, actionPlan: plan(owner[0]) } },
        {
          name: b,
          session: { ...second, answers: first.answers, actionPlan: plan(owner[1]) },
        },
      ],
    };
  });

describe('merge → export → import (property)', () => {
  it('keeps typed names, owners and vendors exactly as typed, and exports them unchanged', () => {
    fc.assert(
      fc.property(workshop, ({ participants, owners }) => {
        const [a, b] = participants;
        const result = mergeSessions(questionnaire, participants);
        if (!result.ok) throw new Error(result.problem);
        const { merge } = result;
        expect(merge.conflicts).toEqual([]);

        // Different owners are a conflict whose variants are the owners as typed; take the second.
        const [ownerA, ownerB] = owners;
        const blank = (owner: string) => owner.trim() === '';
        // Only two typed owners that differ beyond surrounding spaces disagree.
        const disagree = !blank(ownerA) && !blank(ownerB) && ownerA.trim() !== ownerB.trim();
        const conflict = merge.planConflicts.find((c) => c.field === 'ownerName');
        expect(conflict?.variants.map((v) => v.value)).toEqual(
          disagree ? [ownerA, ownerB] : undefined,
        );
        const merged = resolveMerge(
          questionnaire,
          merge,
          { actionPlan: disagree ? { 'privacy-notice': { ownerName: ownerB } } : {} },
          now,
        );

        expect(merged.answers['organisation-name']).toBe(a!.session.answers['organisation-name']);
        const owner = disagree || blank(ownerA) ? (blank(ownerB) ? undefined : ownerB) : ownerA;
        expect(merged.actionPlan['privacy-notice']?.ownerName).toBe(owner);
        // A vendor reviewed by both keeps the first participant's name for it, as typed.
        for (const review of merged.processorReviews) {
          const first = [a!, b!]
            .flatMap((p) => p.session.processorReviews)
            .find((r) => r.id === review.id);
          expect(review.vendor).toBe(first?.vendor);
        }
        for (const [id, note] of Object.entries(merged.notes))
          for (const p of [a!, b!]) {
            const own = p.session.notes[id]?.trim();
            if (own && note.length < 20000) expect(note).toContain(`${p.name}: ${own}`);
          }

        const first = exportText([
          { name: a!.name.trim() || 'Workshop', createdAt, session: merged },
        ]);
        const again = reexport(first);
        expect(again.entries[0]?.session).toEqual(merged);
        expect(again.text).toBe(first);
      }),
      { numRuns: 500 },
    );
  });
});
