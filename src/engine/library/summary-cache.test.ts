import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../../tests/helpers/memory-store';
import { makeSession } from '../../../tests/helpers/saved-session';
import type { Session } from '../session/session.schema';
import { Library } from './library';
import { summaryKey } from './library-keys';
import { SummaryCache, type Summarizer } from './summary-cache';

const session = (organisation: string) =>
  makeSession({ answers: { 'organisation-name': organisation } });

/** A summarizer that counts its calls: the organisation's name, or null. */
function counting(version = 'v1'): Summarizer<{ organisation: string | null }> & { calls: number } {
  return {
    version,
    calls: 0,
    summarize(raw) {
      this.calls += 1;
      const parsed = raw === null ? null : (JSON.parse(raw) as Session);
      const name = parsed?.answers['organisation-name'];
      return { organisation: typeof name === 'string' ? name : null };
    },
    parse: (value) =>
      typeof value === 'object' &&
      value !== null &&
      'organisation' in value &&
      (typeof value.organisation === 'string' || value.organisation === null)
        ? { organisation: value.organisation }
        : null,
  };
}

function setup(version = 'v1') {
  const store = new MemoryStore();
  let n = 0;
  const library = new Library(store, { newId: () => `id-${++n}` });
  const summarizer = counting(version);
  const cache = new SummaryCache(library, store, summarizer);
  const id = library.create('gdpr-readiness', { session: session('Bakkerij Jansen') }).id;
  return { store, library, summarizer, cache, id };
}

describe('SummaryCache', () => {
  it('makes a missing summary once, writes it back and reads it from then on', () => {
    const { store, summarizer, cache, id } = setup();
    expect(store.getItem(summaryKey(id))).toBeNull();
    expect(cache.get(id)).toEqual({ organisation: 'Bakkerij Jansen' });
    expect(summarizer.calls).toBe(1);
    expect(JSON.parse(store.getItem(summaryKey(id))!)).toMatchObject({
      version: 'v1',
      revision: 0,
      summary: { organisation: 'Bakkerij Jansen' },
    });
    expect(cache.get(id)).toEqual({ organisation: 'Bakkerij Jansen' });
    expect(cache.get(id)).toEqual({ organisation: 'Bakkerij Jansen' });
    expect(summarizer.calls).toBe(1);
  });

  it('makes it again when the assessment was saved since (another revision)', () => {
    const { library, summarizer, cache, id } = setup();
    cache.get(id);
    expect(library.save(id, session('Jansen & Zn'), 0).kind).toBe('saved');
    expect(cache.get(id)).toEqual({ organisation: 'Jansen & Zn' });
    expect(summarizer.calls).toBe(2);
    expect(cache.get(id)).toEqual({ organisation: 'Jansen & Zn' });
    expect(summarizer.calls).toBe(2);
  });

  it('makes it again when the stored text changed without a revision (moved aside)', () => {
    const { library, summarizer, cache, id } = setup();
    cache.get(id);
    library.setAside(id, library.read(id)!);
    expect(cache.get(id)).toEqual({ organisation: null });
    expect(summarizer.calls).toBe(2);
  });

  it('makes it again when it is unreadable, of another shape or from another version', () => {
    const { store, library, summarizer, cache, id } = setup();
    store.setItem(summaryKey(id), 'not json');
    cache.get(id);
    expect(summarizer.calls).toBe(1);
    const entry = JSON.parse(store.getItem(summaryKey(id))!) as Record<string, unknown>;
    store.setItem(summaryKey(id), JSON.stringify({ ...entry, summary: { score: 3 } }));
    cache.get(id);
    expect(summarizer.calls).toBe(2);

    const newer = counting('v2');
    expect(new SummaryCache(library, store, newer).get(id)).toEqual({
      organisation: 'Bakkerij Jansen',
    });
    expect(newer.calls).toBe(1);
    expect(JSON.parse(store.getItem(summaryKey(id))!)).toMatchObject({ version: 'v2' });
  });

  it('refreshes after a save and takes summaries made elsewhere for the stored copy', () => {
    const { summarizer, cache, id } = setup();
    cache.refresh(id);
    cache.refresh(id);
    expect(summarizer.calls).toBe(2);
    cache.put(id, { organisation: 'From the worker' });
    expect(cache.get(id)).toEqual({ organisation: 'From the worker' });
    expect(summarizer.calls).toBe(2);
  });

  it('still answers when the browser refuses to store the summary', () => {
    const { store, summarizer, cache, id } = setup();
    store.refuse = () => true;
    expect(cache.get(id)).toEqual({ organisation: 'Bakkerij Jansen' });
    expect(cache.get(id)).toEqual({ organisation: 'Bakkerij Jansen' });
    expect(summarizer.calls).toBe(2);
  });

  it('goes with the assessment when it is removed', () => {
    const { store, library, cache, id } = setup();
    cache.get(id);
    library.remove(id);
    expect(store.getItem(summaryKey(id))).toBeNull();
  });
});
