import type { ChangedAnswer } from './answer-changes';

/**
 * The notes to set so that each answer a changed question could not carry over stays in that
 * question's note, below what the person wrote: the notice about it can be dismissed, the note
 * lasts until they edit it. Only notes that change are returned; a note that already holds the
 * line (the same save restored again) is left alone.
 *
 * @example
 * earlierAnswerNotes({}, [{ question: 'security-measures', before: 'partly', kept: null }],
 *   () => 'Earlier answer: “Partly”')
 * // { 'security-measures': 'Earlier answer: “Partly”' }
 */
export function earlierAnswerNotes(
  notes: Readonly<Record<string, string>>,
  changed: readonly ChangedAnswer[],
  line: (change: ChangedAnswer) => string,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const change of changed) {
    if (change.kept !== null) continue;
    const text = line(change);
    const note = Object.hasOwn(notes, change.question) ? notes[change.question]! : '';
    if (!note.includes(text)) result[change.question] = note === '' ? text : `${note}\n${text}`;
  }
  return result;
}
