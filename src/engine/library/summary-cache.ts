import { type KeyValueStore, type Library } from './library';
import { summaryKey } from './library-keys';

/**
 * How to make and read back what a list shows of one assessment. Given by the app: scoring lives
 * in src/report, which the engine does not import.
 */
export interface Summarizer<T> {
  /**
   * Changes whenever the summary's shape or its scoring changes (a new app or questionnaire
   * version): summaries stamped with another version are made again.
   */
  readonly version: string;
  /** The summary of an assessment's stored session text (null when none is saved yet). */
  summarize(raw: string | null): T;
  /** A stored summary of this version's shape, or null when it is not one. */
  parse(value: unknown): T | null;
}

/**
 * What a summary was made from: the assessment's revision, and the length of its stored text,
 * which catches the few writes that do not count a revision (an assessment created with a
 * session, damaged data moved aside).
 */
interface Stamp {
  readonly version: string;
  readonly revision: number;
  readonly length: number;
}

/**
 * A summary per assessment kept beside its session, so a list of hundreds of assessments opens
 * without scoring every one of them again. A summary is used only while its stamp matches the
 * stored assessment; a missing, stale or unreadable one is made again once and written back.
 * Writing is best effort: when the browser refuses, the summary is still returned.
 */
export class SummaryCache<T> {
  readonly #library: Library;
  readonly #store: KeyValueStore;
  readonly #summarizer: Summarizer<T>;

  constructor(library: Library, store: KeyValueStore, summarizer: Summarizer<T>) {
    this.#library = library;
    this.#store = store;
    this.#summarizer = summarizer;
  }

  /** The assessment's summary: the stored one when it is current, else made now and stored. */
  get(id: string): T {
    const raw = this.#library.read(id);
    const stamp = this.#stamp(id, raw);
    return this.#cached(id, stamp) ?? this.#make(id, raw, stamp);
  }

  /** Makes the summary again now (after a save), whatever is stored. */
  refresh(id: string): T {
    const raw = this.#library.read(id);
    return this.#make(id, raw, this.#stamp(id, raw));
  }

  /** Stores a summary made elsewhere (in a worker) of the assessment as it is stored now. */
  put(id: string, summary: T): void {
    this.#write(id, summary, this.#stamp(id, this.#library.read(id)));
  }

  #stamp(id: string, raw: string | null): Stamp {
    return {
      version: this.#summarizer.version,
      revision: this.#library.revision(id),
      length: raw === null ? -1 : raw.length,
    };
  }

  #cached(id: string, stamp: Stamp): T | null {
    const text = this.#store.getItem(summaryKey(id));
    if (text === null) return null;
    let stored: unknown;
    try {
      stored = JSON.parse(text);
    } catch {
      return null;
    }
    if (typeof stored !== 'object' || stored === null) return null;
    const entry = stored as Partial<Stamp> & { summary?: unknown };
    if (
      entry.version !== stamp.version ||
      entry.revision !== stamp.revision ||
      entry.length !== stamp.length
    )
      return null;
    return this.#summarizer.parse(entry.summary);
  }

  #make(id: string, raw: string | null, stamp: Stamp): T {
    const summary = this.#summarizer.summarize(raw);
    this.#write(id, summary, stamp);
    return summary;
  }

  #write(id: string, summary: T, stamp: Stamp): void {
    try {
      this.#store.setItem(summaryKey(id), JSON.stringify({ ...stamp, summary }));
    } catch {
      // Only a shortcut: without it the list scores this assessment again next time.
    }
  }
}
