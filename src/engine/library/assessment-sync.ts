import {
  mergeConcurrentEdits,
  sameWork,
  settleConflicts,
  type ConcurrentMerge,
  type EditConflict,
} from '../session/concurrent-edits';
import type { Session } from '../session/session.schema';
import { whenStored, type AssessmentMeta, type Library } from './library';

/** What the tab has to show after a save or a change seen in another tab. */
export type SyncOutcome =
  | { readonly kind: 'saved' | 'unchanged' | 'removed' | 'failed' }
  /** The stored work now differs from what the tab shows: show this (another tab's changes merged in). */
  | { readonly kind: 'updated'; readonly session: Session }
  /** Both tabs changed the same entries: nothing is saved until the person chooses. */
  | { readonly kind: 'conflict'; readonly conflicts: readonly EditConflict[] };

/** How the open assessment stands against its stored copy, as the person is told. */
export type SyncStatus =
  | { readonly kind: 'saved' }
  /** The browser refused to store (or there is no storage at all): the work lives only in this tab. */
  | { readonly kind: 'failed' }
  /** Deleted in another tab: kept in this tab until put back. */
  | { readonly kind: 'removed' }
  /** Both tabs changed the same entries; nothing is saved until the person chooses. */
  | { readonly kind: 'conflict'; readonly conflicts: readonly EditConflict[] };

export interface AssessmentSyncOptions {
  /**
   * Called after each save that reached the store, with the revision written: the app keeps the
   * library's summary of the assessment current from here (the engine does not score).
   */
  readonly afterSave?: (revision: number) => void;
}

/** A stale copy is merged and saved again; more rounds than this means a tab that never stops. */
const MAX_ROUNDS = 5;

/**
 * Keeps one open assessment and its stored copy in step while other tabs may work on it too.
 * Every save is made over the revision this tab last read; when another tab saved in between,
 * the two are merged entry by entry (see {@link mergeConcurrentEdits}) and only entries both
 * changed are put to the person. Nothing is written while such a choice is open, and an
 * assessment deleted elsewhere is kept in memory so it can be put back.
 */
export class AssessmentSync {
  readonly #library: Library;
  readonly #id: string;
  readonly #read: (raw: string) => Session | null;
  readonly #afterSave: (revision: number) => void;
  #meta: AssessmentMeta | undefined;
  /** The stored copy this tab last read or wrote, and its revision. */
  #base: Session | null;
  #revision: number;
  /** What this tab shows now. */
  #mine: Session | null;
  /** A conflict waiting for the person: the copies it was found between. */
  #pending: { base: Session; theirs: Session; merge: ConcurrentMerge; revision: number } | null =
    null;

  constructor(
    library: Library,
    id: string,
    read: (raw: string) => Session | null,
    opened: Session | null,
    options: AssessmentSyncOptions = {},
  ) {
    this.#library = library;
    this.#afterSave = options.afterSave ?? (() => undefined);
    this.#id = id;
    this.#read = read;
    this.#meta = library.get(id);
    this.#base = opened;
    this.#mine = opened;
    this.#revision = library.revision(id);
  }

  /** Saves what the tab shows, merging in what another tab saved since this one last read. */
  save(mine: Session): SyncOutcome {
    this.#mine = mine;
    if (this.#pending) return { kind: 'conflict', conflicts: this.#pending.merge.conflicts };
    const base = this.#base;
    if (base && sameWork(mine, base) && sameValue(mine.location, base.location))
      return { kind: 'unchanged' };
    return this.#write(mine, mine);
  }

  /** Called when another tab changed the library: follows its saves, and notices a deletion. */
  external(): SyncOutcome {
    const meta = this.#library.get(this.#id);
    if (!meta) return { kind: 'removed' };
    this.#meta = meta;
    const revision = this.#library.revision(this.#id);
    if (revision === this.#revision || this.#pending) return { kind: 'unchanged' };
    const raw = this.#library.read(this.#id);
    const theirs = raw === null ? null : this.#read(raw);
    if (!theirs) return { kind: 'unchanged' };
    const mine = this.#mine;
    if (mine && this.#base && !sameWork(mine, this.#base)) return this.#write(mine, mine);
    this.#base = theirs;
    this.#revision = revision;
    if (mine && sameWork(theirs, mine)) return { kind: 'unchanged' };
    return { kind: 'updated', session: { ...theirs, location: mine?.location ?? theirs.location } };
  }

  /** Settles an open conflict the way the person chose, and saves the result. */
  resolve(keep: 'mine' | 'theirs'): SyncOutcome {
    const pending = this.#pending;
    if (!pending) return { kind: 'unchanged' };
    this.#pending = null;
    const shown = this.#mine ?? pending.merge.merged;
    // Merged again with what the tab shows now: edits made while the choice was open count too.
    const settled = settleConflicts(
      mergeConcurrentEdits(pending.base, shown, pending.theirs),
      keep,
    );
    this.#base = pending.theirs;
    this.#revision = pending.revision;
    this.#mine = settled;
    return this.#write(settled, shown);
  }

  /** Puts an assessment deleted in another tab back, with the work this tab still holds. */
  restoreRemoved(): SyncOutcome {
    const meta = this.#meta;
    const mine = this.#mine;
    if (!meta || !mine) return { kind: 'failed' };
    const restored = whenStored(() =>
      this.#library.restore({
        meta,
        raw: JSON.stringify(mine),
        wasActive: false,
        revision: this.#revision,
      }),
    );
    if (restored.kind === 'refused') return { kind: 'failed' };
    this.#base = mine;
    this.#revision = this.#library.revision(this.#id);
    this.#afterSave(this.#revision);
    return { kind: 'saved' };
  }

  /**
   * Writes `session` over the revision last read; when another tab saved since, merges with its
   * copy and tries again. `shown` is what the tab shows, to tell whether it must be updated.
   */
  #write(session: Session, shown: Session): SyncOutcome {
    let next = session;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const outcome = this.#library.save(this.#id, next, this.#revision);
      if (outcome.kind === 'refused') return { kind: 'failed' };
      if (outcome.kind === 'removed') return outcome;
      if (outcome.kind === 'saved') {
        this.#base = next;
        this.#mine = next;
        this.#revision = outcome.revision;
        this.#afterSave(outcome.revision);
        return sameWork(next, shown) ? { kind: 'saved' } : { kind: 'updated', session: next };
      }
      const raw = this.#library.read(this.#id);
      const theirs = raw === null ? null : this.#read(raw);
      const revision = this.#library.revision(this.#id);
      if (!theirs) {
        // Nothing readable to merge with: keep the unreadable text aside, then save this copy.
        if (raw !== null) this.#setAside(raw);
        this.#revision = revision;
        continue;
      }
      const base = this.#base ?? blank(next);
      const merge = mergeConcurrentEdits(base, next, theirs);
      if (merge.conflicts.length > 0) {
        this.#pending = { base, theirs, merge, revision };
        return { kind: 'conflict', conflicts: merge.conflicts };
      }
      next = merge.merged;
      this.#base = theirs;
      this.#revision = revision;
    }
    return { kind: 'failed' };
  }

  #setAside(raw: string): void {
    try {
      this.#library.setAside(this.#id, raw);
    } catch {
      // Saving this tab's copy over it is still better than losing both.
    }
  }
}

/** The empty assessment a tab started from when nothing was stored yet. */
function blank(like: Session): Session {
  const { team: _team, ...rest } = like;
  return {
    ...rest,
    answers: {},
    overriddenExits: [],
    completedAt: null,
    actionPlan: {},
    notes: {},
    parked: [],
    processorReviews: [],
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
