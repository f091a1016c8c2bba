import type { Session, Team } from './session.schema';

/** The parts of an assessment that two tabs can both change, one entry at a time. */
export type EditedPart = 'answers' | 'notes' | 'actionPlan' | 'processorReviews';

/** One entry both tabs changed, each in its own way; `undefined` means that tab removed it. */
export interface EditConflict {
  readonly part: EditedPart;
  /** A question id, or a vendor review's id. */
  readonly key: string;
  readonly mine: unknown;
  readonly theirs: unknown;
}

export interface ConcurrentMerge {
  /** Every change of both tabs; where they collide it holds this tab's value until resolved. */
  readonly merged: Session;
  readonly theirs: Session;
  readonly conflicts: readonly EditConflict[];
}

/**
 * Combines this tab's copy with the one another tab saved, given the copy both started from
 * (a three-way merge). Each answer, note, owner entry and vendor review is one unit: a unit
 * changed on one side only takes that change, so edits to different questions never undo each
 * other; a unit changed on both sides to different values is a conflict for the person to
 * settle. Where this tab is in the wizard stays its own.
 */
export function mergeConcurrentEdits(
  base: Session,
  mine: Session,
  theirs: Session,
): ConcurrentMerge {
  const conflicts: EditConflict[] = [];
  const keyed = <T>(
    part: EditedPart,
    b: Record<string, T>,
    m: Record<string, T>,
    t: Record<string, T>,
  ) => {
    const result = mergeKeyed(b, m, t);
    for (const key of result.conflicting)
      conflicts.push({ part, key, mine: m[key], theirs: t[key] });
    return result.merged;
  };
  const answers = keyed('answers', base.answers, mine.answers, theirs.answers);
  const reviews = keyed(
    'processorReviews',
    byId(base.processorReviews),
    byId(mine.processorReviews),
    byId(theirs.processorReviews),
  );
  const { team: _mine, ...rest } = mine;
  const team = mergeTeam(base.team ?? {}, mine.team ?? {}, theirs.team ?? {});
  const merged: Session = {
    ...rest,
    answers,
    notes: keyed('notes', base.notes, mine.notes, theirs.notes),
    actionPlan: keyed('actionPlan', base.actionPlan, mine.actionPlan, theirs.actionPlan),
    processorReviews: inOrder(theirs.processorReviews, mine.processorReviews, reviews),
    parked: mergeList(base.parked, mine.parked, theirs.parked),
    overriddenExits: mergeList(base.overriddenExits, mine.overriddenExits, theirs.overriddenExits),
    completedAt: completion(base, mine, theirs, answers),
    // Left out when empty, as a saved session leaves it out: the copies compare by their keys.
    ...(team && { team }),
  };
  return { merged, theirs, conflicts };
}

/** The merge with every conflict settled one way: this tab's values, or the other tab's. */
export function settleConflicts(merge: ConcurrentMerge, keep: 'mine' | 'theirs'): Session {
  if (keep === 'mine' || merge.conflicts.length === 0) return merge.merged;
  const take = <T>(part: EditedPart, merged: Record<string, T>, theirs: Record<string, T>) => {
    const result = { ...merged };
    for (const c of merge.conflicts) {
      if (c.part !== part) continue;
      if (c.key in theirs) result[c.key] = theirs[c.key]!;
      else delete result[c.key];
    }
    return result;
  };
  const { merged, theirs } = merge;
  const answers = take('answers', merged.answers, theirs.answers);
  const reviews = take(
    'processorReviews',
    byId(merged.processorReviews),
    byId(theirs.processorReviews),
  );
  return {
    ...merged,
    answers,
    notes: take('notes', merged.notes, theirs.notes),
    actionPlan: take('actionPlan', merged.actionPlan, theirs.actionPlan),
    processorReviews: inOrder(theirs.processorReviews, merged.processorReviews, reviews),
    completedAt: sameValue(answers, theirs.answers) ? theirs.completedAt : null,
  };
}

/** Whether two copies hold the same work, wherever each tab is in the wizard and whenever saved. */
export function sameWork(a: Session, b: Session): boolean {
  const { location: _la, updatedAt: _ua, ...workA } = a;
  const { location: _lb, updatedAt: _ub, ...workB } = b;
  return sameValue(workA, workB);
}

/**
 * Who assessed and who took part, field by field: a field changed in one tab only takes that
 * change; changed in both, this tab's (the person is typing it here).
 */
function mergeTeam(base: Team, mine: Team, theirs: Team): Team | undefined {
  const team: { assessedBy?: string; participants?: string } = {};
  for (const field of ['assessedBy', 'participants'] as const) {
    const value = mine[field] === base[field] ? theirs[field] : mine[field];
    if (value !== undefined) team[field] = value;
  }
  return Object.keys(team).length > 0 ? team : undefined;
}

function mergeKeyed<T>(
  base: Record<string, T>,
  mine: Record<string, T>,
  theirs: Record<string, T>,
): { merged: Record<string, T>; conflicting: string[] } {
  const merged: Record<string, T> = {};
  const conflicting: string[] = [];
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  for (const key of keys) {
    const b = own(base, key);
    const m = own(mine, key);
    const t = own(theirs, key);
    let value: T | undefined;
    if (sameValue(m, t) || sameValue(t, b)) value = m;
    else if (sameValue(m, b)) value = t;
    else {
      conflicting.push(key);
      value = m;
    }
    if (value !== undefined) merged[key] = value;
  }
  return { merged, conflicting };
}

/** A list used as a set (parked questions, overridden exits): each side's additions and removals. */
function mergeList(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
): string[] {
  const removed = new Set([
    ...base.filter((id) => !mine.includes(id)),
    ...base.filter((id) => !theirs.includes(id)),
  ]);
  return [...theirs, ...mine.filter((id) => !theirs.includes(id))].filter((id) => !removed.has(id));
}

/**
 * A completion stamp stands for the answers it was given on: it survives only when the merged
 * answers are exactly those of the side it comes from.
 */
function completion(
  base: Session,
  mine: Session,
  theirs: Session,
  answers: Session['answers'],
): string | null {
  const fromMine =
    !sameValue(mine.completedAt, base.completedAt) ||
    sameValue(mine.completedAt, theirs.completedAt);
  const side = fromMine ? mine : theirs;
  return side.completedAt !== null && sameValue(answers, side.answers) ? side.completedAt : null;
}

type Review = Session['processorReviews'][number];

function byId(reviews: readonly Review[]): Record<string, Review> {
  return Object.fromEntries(reviews.map((r) => [r.id, r]));
}

/** Reviews in the order the other tab shows them, then this tab's new ones. */
function inOrder(
  theirs: readonly Review[],
  mine: readonly Review[],
  merged: Record<string, Review>,
): Review[] {
  const ids = [...new Set([...theirs.map((r) => r.id), ...mine.map((r) => r.id)])];
  return ids.flatMap((id) => (merged[id] ? [merged[id]] : []));
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Structural equality of saved JSON values (strings, numbers, lists, plain objects). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every(
      (k) =>
        Object.hasOwn(b, k) &&
        sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
