import type { ActionPlanEntry, ProcessorReview, Team } from './session.schema';

// The edits a person makes to an assessment besides its answers, as pure functions over the
// parts of the wizard's context they change. Each returns the part unchanged (the same object)
// when the edit changes nothing, so that saving can compare parts by identity.

type ActionPlan = Readonly<Record<string, ActionPlanEntry>>;
type Notes = Readonly<Record<string, string>>;

/** Gives a gap's action an owner and due date; blank values clear them, and both blank drop the entry. */
export function setActionEntry(
  plan: ActionPlan,
  questionId: string,
  ownerName: string | null,
  dueDate: string | null,
): ActionPlan {
  const entry = { ownerName: ownerName || null, dueDate: dueDate || null };
  const current = Object.hasOwn(plan, questionId) ? plan[questionId] : undefined;
  if (entry.ownerName === null && entry.dueDate === null)
    return current ? without(plan, questionId) : plan;
  if (current?.ownerName === entry.ownerName && current.dueDate === entry.dueDate) return plan;
  return { ...plan, [questionId]: entry };
}

/**
 * Sets who assessed or who took part, as typed; a field of only white space is left out, so an
 * assessment nobody named stays without a team.
 */
export function setTeam(team: Team, changes: Team): Team {
  const next: { assessedBy?: string; participants?: string } = { ...team };
  for (const field of ['assessedBy', 'participants'] as const) {
    if (!(field in changes)) continue;
    const value = changes[field];
    if (value === undefined || value.trim() === '') delete next[field];
    else next[field] = value;
  }
  return next.assessedBy === team.assessedBy && next.participants === team.participants
    ? team
    : next;
}

/** Keeps a question's note as typed; a note of only white space removes it. */
export function setNote(notes: Notes, questionId: string, text: string): Notes {
  const current = Object.hasOwn(notes, questionId) ? notes[questionId] : undefined;
  if (text.trim() === '') return current === undefined ? notes : without(notes, questionId);
  return current === text ? notes : { ...notes, [questionId]: text };
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** Parks a question at the end of the list (the newest last), or takes it off the list. */
export function setParked(
  parked: readonly string[],
  questionId: string,
  park: boolean,
): readonly string[] {
  const others = parked.filter((id) => id !== questionId);
  if (park) return parked.at(-1) === questionId ? parked : [...others, questionId];
  return others.length === parked.length ? parked : others;
}

/** Starts a vendor's review with nothing checked; an id already in use changes nothing. */
export function addProcessorReview(
  reviews: readonly ProcessorReview[],
  id: string,
  vendor: string,
): readonly ProcessorReview[] {
  if (reviews.some((r) => r.id === id)) return reviews;
  return [...reviews, { id, vendor, checked: [] }];
}

/** Renames a vendor or replaces its checked items (each kept once). */
export function updateProcessorReview(
  reviews: readonly ProcessorReview[],
  id: string,
  change: { readonly vendor?: string; readonly checked?: readonly string[] },
): readonly ProcessorReview[] {
  return reviews.map((r) =>
    r.id === id
      ? {
          ...r,
          vendor: change.vendor ?? r.vendor,
          checked: change.checked ? [...new Set(change.checked)] : r.checked,
        }
      : r,
  );
}

export function removeProcessorReview(
  reviews: readonly ProcessorReview[],
  id: string,
): readonly ProcessorReview[] {
  return reviews.filter((r) => r.id !== id);
}
