import type { Session } from '../session/session.schema';
import { cleanName } from './assessment-name';
import {
  INDEX_TYPE,
  MAX_ASSESSMENTS,
  MAX_NAME,
  readLibraryIndex,
  storedFacts,
  type AssessmentMeta,
  type IndexRepairCounts,
  type LibraryIndex,
} from './library-index';

import {
  ASSESSMENT_PREFIX,
  INDEX_KEY,
  LEGACY_PREFIX,
  assessmentKey,
  beforeUpgradePrefix,
  revisionKey,
  summaryKey,
  unreadablePrefix,
} from './library-keys';

export { AssessmentMetaSchema, MAX_NAME, type AssessmentMeta } from './library-index';

/** The part of `localStorage` the library needs; a Map-backed one serves the tests. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  /** May throw when the browser refuses (quota, private mode). */
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  keys(): readonly string[];
}

const LIBRARY_ASIDE = unreadablePrefix('library');

/** An assessment taken out of the library, kept so the removal can be undone. */
export interface RemovedAssessment {
  readonly meta: AssessmentMeta;
  readonly raw: string | null;
  readonly wasActive: boolean;
  /** The revision it had; a restore continues after it, so open tabs see a newer copy. */
  readonly revision: number;
}

/** What became of a save made over a revision read earlier. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly revision: number }
  /** Another tab saved since: nothing was written; read the stored copy and merge. */
  | { readonly kind: 'stale'; readonly revision: number }
  /** The assessment is no longer in the library (deleted in another tab): nothing was written. */
  | { readonly kind: 'removed' }
  /** The browser refused to store it (full or blocked): the stored copy is unchanged. */
  | { readonly kind: 'refused' };

export interface LibraryOptions {
  readonly now?: () => Date;
  readonly newId?: () => string;
}

/** A damaged index that was repaired, kept until the person has been told. */
export interface IndexRepair {
  /** Where the damaged text was set aside; null when the browser refused to store it. */
  readonly key: string | null;
  /** The damaged text, to hand back as a download. */
  readonly raw: string;
  readonly lost: IndexRepairCounts;
}

/** Thrown when the browser refuses to store; nothing was changed then. */
export class StorageRefusedError extends Error {
  constructor(cause: unknown) {
    super('The browser refused to store the data', { cause });
    this.name = 'StorageRefusedError';
  }
}

/** A library change that was stored, or refused by the browser (then nothing changed). */
export type Stored<T> =
  { readonly kind: 'stored'; readonly value: T } | { readonly kind: 'refused' };

/**
 * Runs a library change and says whether the browser stored it: the one place that tells a full
 * or blocked storage apart from a fault, which still throws.
 */
export function whenStored<T>(change: () => T): Stored<T> {
  try {
    return { kind: 'stored', value: change() };
  } catch (error) {
    if (error instanceof StorageRefusedError) return { kind: 'refused' };
    throw error;
  }
}

/**
 * Many assessments kept in a key-value store (the browser's localStorage): an
 * index of names and dates, and each assessment's saved session under its own
 * key, so one damaged assessment never takes the others with it.
 *
 * Every method reads the store afresh, so two tabs do not undo each other's
 * work with a stale copy. Writes that the browser refuses throw
 * {@link StorageRefusedError} before anything is half-done where it matters.
 */
export class Library {
  readonly #store: KeyValueStore;
  readonly #now: () => Date;
  readonly #newId: () => string;
  #repairs: IndexRepair[] = [];
  /** The last intact index read, with its text: a list reads it several times per render. */
  #lastRead: { readonly raw: string; readonly index: LibraryIndex } | null = null;

  constructor(store: KeyValueStore, options: LibraryOptions = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? (() => crypto.randomUUID());
  }

  /**
   * The index: rebuilt when missing, from the assessments still stored and from a save made
   * before the library existed; repaired field by field when damaged (see {@link #repair}).
   */
  #index(): LibraryIndex {
    const raw = this.#store.getItem(INDEX_KEY);
    if (raw === null) return this.#rebuild();
    // The same text gives the same index; reading it again costs a parse and a check per entry.
    if (this.#lastRead?.raw === raw) return this.#lastRead.index;
    const reading = readLibraryIndex(
      raw,
      {
        ids: () =>
          this.#store
            .keys()
            .filter((key) => key.startsWith(ASSESSMENT_PREFIX))
            .map((key) => key.slice(ASSESSMENT_PREFIX.length)),
        facts: (id) => storedFacts(this.read(id)),
      },
      this.#now().toISOString(),
    );
    if (reading.repair) this.#repair(raw, reading.index, reading.repair);
    else this.#lastRead = { raw, index: reading.index };
    return reading.index;
  }

  /**
   * Sets the damaged text aside, then writes the repaired index over it. When the browser
   * refuses to set it aside the damaged text stays where it is, and the repair is used from
   * memory only; the person can still download it from the notice.
   */
  #repair(raw: string, index: LibraryIndex, lost: IndexRepairCounts): void {
    let key: string | null = null;
    whenStored(() => {
      key = this.#keepAside(LIBRARY_ASIDE, raw);
      this.#write(index);
    });
    // Each read of a text that could not be replaced repairs it again; tell the person once.
    const known = this.#repairs.find((r) => r.raw === raw);
    if (!known) this.#repairs.push({ key, raw, lost });
    else if (known.key === null && key !== null)
      this.#repairs = this.#repairs.map((r) => (r === known ? { ...r, key } : r));
  }

  /**
   * Stores `raw` under `prefix:<ISO time>` (with `:2`, `:3`… when that time is taken), never
   * over an earlier copy; a text already kept under the prefix is not stored twice.
   */
  #keepAside(prefix: string, raw: string): string {
    const kept = this.#store
      .keys()
      .find((key) => key.startsWith(`${prefix}:`) && this.#store.getItem(key) === raw);
    if (kept) return kept;
    const stamped = `${prefix}:${this.#now().toISOString()}`;
    let key = stamped;
    for (let n = 2; this.#store.getItem(key) !== null; n++) key = `${stamped}:${n}`;
    this.#set(key, raw);
    return key;
  }

  /** Damaged indexes repaired since this library was made, until {@link dismissRepairs}. */
  repairs(): readonly IndexRepair[] {
    // A missing index the browser refused to rebuild is no damage to report.
    whenStored(() => this.#index());
    return this.#repairs;
  }

  dismissRepairs(): void {
    this.#repairs = [];
  }

  #rebuild(): LibraryIndex {
    const at = this.#now().toISOString();
    const assessments: AssessmentMeta[] = [];
    for (const key of this.#store.keys()) {
      if (!key.startsWith(ASSESSMENT_PREFIX)) continue;
      const id = key.slice(ASSESSMENT_PREFIX.length);
      assessments.push(newMeta(id, '', questionnaireOf(this.#store.getItem(key)), at));
    }
    for (const key of this.#store.keys()) {
      if (!key.startsWith(LEGACY_PREFIX)) continue;
      const raw = this.#store.getItem(key);
      if (raw === null) continue;
      const id = this.#newId();
      this.#store.setItem(assessmentKey(id), raw);
      this.#store.removeItem(key);
      assessments.push(newMeta(id, '', key.slice(LEGACY_PREFIX.length), at));
    }
    const index: LibraryIndex = {
      type: INDEX_TYPE,
      version: 1,
      activeId: assessments[0]?.id ?? null,
      assessments,
    };
    this.#write(index);
    return index;
  }

  #write(index: LibraryIndex): void {
    try {
      this.#store.setItem(INDEX_KEY, JSON.stringify(index));
    } catch (error) {
      throw new StorageRefusedError(error);
    }
  }

  #set(key: string, value: string): void {
    try {
      this.#store.setItem(key, value);
    } catch (error) {
      throw new StorageRefusedError(error);
    }
  }

  /** Whether the browser stored it; a quota or privacy-mode refusal is an answer, not a fault. */
  #trySet(key: string, value: string): boolean {
    try {
      this.#store.setItem(key, value);
      return true;
    } catch {
      return false;
    }
  }

  list(): readonly AssessmentMeta[] {
    return this.#index().assessments;
  }

  get(id: string): AssessmentMeta | undefined {
    return this.list().find((a) => a.id === id);
  }

  /** The assessment the wizard works on; null only when the library is empty. */
  activeId(): string | null {
    const index = this.#index();
    if (index.activeId && index.assessments.some((a) => a.id === index.activeId))
      return index.activeId;
    return index.assessments[0]?.id ?? null;
  }

  setActive(id: string): void {
    const index = this.#index();
    if (!index.assessments.some((a) => a.id === id)) return;
    this.#write({ ...index, activeId: id });
  }

  /** The stored text of an assessment's session, or null when none is saved yet. */
  read(id: string): string | null {
    return this.#store.getItem(assessmentKey(id));
  }

  /** The assessment's revision: 0 before its first save through {@link save}. */
  revision(id: string): number {
    const value = Number(this.#store.getItem(revisionKey(id)));
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  }

  /**
   * Saves an assessment's progress if the stored copy is still the revision `base` the caller
   * last read; otherwise writes nothing and says why. Autosave runs on every answer, so a full
   * store is an expected outcome here, not an exception.
   */
  save(id: string, session: Session, base: number): SaveOutcome {
    if (!this.get(id)) return { kind: 'removed' };
    const current = this.revision(id);
    if (current !== base) return { kind: 'stale', revision: current };
    const previous = this.read(id);
    if (!this.#trySet(assessmentKey(id), JSON.stringify(session))) return { kind: 'refused' };
    if (!this.#trySet(revisionKey(id), String(current + 1))) {
      if (previous === null) this.#store.removeItem(assessmentKey(id));
      else this.#store.setItem(assessmentKey(id), previous);
      return { kind: 'refused' };
    }
    return { kind: 'saved', revision: current + 1 };
  }

  /**
   * Moves unreadable data aside so a fresh start cannot overwrite it; returns the key it is
   * kept under. Every copy gets its own key.
   */
  setAside(id: string, raw: string): string {
    const key = this.#keepAside(unreadablePrefix(id), raw);
    this.#store.removeItem(assessmentKey(id));
    return key;
  }

  /**
   * Keeps a copy of an assessment's stored text before a save drops the answers a changed
   * questionnaire no longer fits; returns the key it is kept under.
   */
  keepBeforeUpgrade(id: string, raw: string): string {
    return this.#keepAside(beforeUpgradePrefix(id), raw);
  }

  /**
   * Adds an assessment, optionally with a session to start from; it becomes
   * the active one when `activate` is set. Never replaces an existing one.
   */
  create(
    questionnaireId: string,
    options: {
      name?: string;
      session?: Session;
      createdAt?: string;
      basedOn?: string;
      activate?: boolean;
    } = {},
  ): AssessmentMeta {
    const index = this.#index();
    if (index.assessments.length >= MAX_ASSESSMENTS)
      throw new StorageRefusedError(new Error('too many assessments'));
    const meta: AssessmentMeta = {
      ...newMeta(
        this.#newId(),
        (options.name ?? '').slice(0, MAX_NAME),
        questionnaireId,
        options.createdAt ?? this.#now().toISOString(),
      ),
      basedOn: options.basedOn ?? null,
    };
    if (options.session) this.#set(assessmentKey(meta.id), JSON.stringify(options.session));
    try {
      this.#write({
        ...index,
        activeId: options.activate ? meta.id : index.activeId,
        assessments: [...index.assessments, meta],
      });
    } catch (error) {
      this.#store.removeItem(assessmentKey(meta.id));
      throw error;
    }
    return meta;
  }

  /**
   * Adds many assessments at once (an import): writes every session, then the index once, so 200
   * assessments cost one index write instead of 200. All or nothing: when the browser refuses
   * any write, the sessions already written are taken out again and the index is left as it was.
   */
  createMany(
    items: readonly {
      questionnaireId: string;
      name?: string;
      session?: Session;
      createdAt?: string;
      /** For an assessment read from an export file: when that file was made. */
      lastExportedAt?: string;
    }[],
  ): AssessmentMeta[] {
    const index = this.#index();
    if (index.assessments.length + items.length > MAX_ASSESSMENTS)
      throw new StorageRefusedError(new Error('too many assessments'));
    const metas = items.map((item) => ({
      ...newMeta(
        this.#newId(),
        (item.name ?? '').slice(0, MAX_NAME),
        item.questionnaireId,
        item.createdAt ?? this.#now().toISOString(),
      ),
      lastExportedAt: item.lastExportedAt ?? null,
    }));
    const written: string[] = [];
    try {
      items.forEach((item, i) => {
        if (!item.session) return;
        const key = assessmentKey(metas[i]!.id);
        this.#set(key, JSON.stringify(item.session));
        written.push(key);
      });
      this.#write({ ...index, assessments: [...index.assessments, ...metas] });
    } catch (error) {
      for (const key of written) this.#store.removeItem(key);
      throw error;
    }
    return metas;
  }

  rename(id: string, name: string): void {
    const index = this.#index();
    this.#write({
      ...index,
      assessments: index.assessments.map((a) =>
        a.id === id ? { ...a, name: cleanName(name) } : a,
      ),
    });
  }

  /**
   * A re-assessment: a new assessment starting from another's answers, owners,
   * notes and vendor reviews, not yet completed and opening at the intro.
   * Returns undefined when the source has no readable session.
   */
  duplicate(
    id: string,
    name: string,
    parse: (raw: string) => Session | null,
  ): AssessmentMeta | undefined {
    const source = this.get(id);
    const raw = this.read(id);
    const session = raw === null ? null : parse(raw);
    if (!source || !session) return undefined;
    const now = this.#now().toISOString();
    return this.create(source.questionnaireId, {
      name,
      basedOn: id,
      activate: true,
      session: {
        ...session,
        location: { screen: 'intro' },
        completedAt: null,
        updatedAt: now,
        parked: [],
      },
    });
  }

  /** Takes an assessment out; keep the result to undo. */
  remove(id: string): RemovedAssessment | undefined {
    const index = this.#index();
    const meta = index.assessments.find((a) => a.id === id);
    if (!meta) return undefined;
    const raw = this.read(id);
    const revision = this.revision(id);
    const rest = index.assessments.filter((a) => a.id !== id);
    const wasActive = this.activeId() === id;
    this.#write({
      ...index,
      activeId: wasActive ? (rest[0]?.id ?? null) : index.activeId,
      assessments: rest,
    });
    this.#store.removeItem(assessmentKey(id));
    this.#store.removeItem(revisionKey(id));
    this.#store.removeItem(summaryKey(id));
    return { meta, raw, wasActive, revision };
  }

  /** Puts a removed assessment back where it was: same id, data and, if it was, active. */
  restore(removed: RemovedAssessment): void {
    const index = this.#index();
    if (index.assessments.some((a) => a.id === removed.meta.id)) return;
    if (removed.raw !== null) this.#set(assessmentKey(removed.meta.id), removed.raw);
    this.#set(revisionKey(removed.meta.id), String(removed.revision + 1));
    this.#write({
      ...index,
      activeId: removed.wasActive ? removed.meta.id : index.activeId,
      assessments: [...index.assessments, removed.meta],
    });
  }

  markExported(ids: readonly string[]): void {
    const index = this.#index();
    const at = this.#now().toISOString();
    this.#write({
      ...index,
      assessments: index.assessments.map((a) =>
        ids.includes(a.id) ? { ...a, lastExportedAt: at } : a,
      ),
    });
  }
}

function newMeta(id: string, name: string, questionnaireId: string, at: string): AssessmentMeta {
  return { id, name, questionnaireId, createdAt: at, lastExportedAt: null, basedOn: null };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** The questionnaire a stored session names; a guess is fine for an index being rebuilt. */
function questionnaireOf(raw: string | null): string {
  const data = raw === null ? undefined : safeJson(raw);
  const id =
    typeof data === 'object' && data !== null && 'questionnaireId' in data
      ? data.questionnaireId
      : null;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? id : 'unknown';
}
