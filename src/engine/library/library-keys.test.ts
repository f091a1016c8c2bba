import { describe, expect, it } from 'vitest';
import {
  assessmentKey,
  holdsWork,
  INDEX_KEY,
  revisionKey,
  summaryKey,
  unreadablePrefix,
} from './library-keys';

describe('holdsWork', () => {
  it('is false for an empty store and for settings alone', () => {
    expect(holdsWork([])).toBe(false);
    expect(holdsWork(['gdpr-readiness:language', 'some-other-site:library'])).toBe(false);
  });

  it('is false for a revision or summary left without its assessment', () => {
    expect(holdsWork([revisionKey('a1'), summaryKey('a1')])).toBe(false);
  });

  it('is true for the index, an assessment, a pre-library save, or data set aside', () => {
    expect(holdsWork([INDEX_KEY])).toBe(true);
    expect(holdsWork([assessmentKey('a1')])).toBe(true);
    expect(holdsWork(['gdpr-readiness:session:gdpr-readiness'])).toBe(true);
    expect(holdsWork([`${unreadablePrefix('library')}:2026-12-06T10:00:00Z`])).toBe(true);
    expect(holdsWork(['gdpr-readiness:before-upgrade:a1:2026-12-06T10:00:00Z'])).toBe(true);
  });
});
