import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { cachedTexts } from './cached-texts';

function instance() {
  const i18n = i18next.createInstance();
  void i18n.init({
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    resources: {
      en: {
        q: {
          questions: { staff: { label: 'Staff', options: { few: 'A handful' } } },
          options: { few: 'Few', many: 'Many' },
        },
      },
      nl: { q: { questions: { staff: { label: 'Personeel' } }, options: { many: 'Veel' } } },
    },
  });
  return i18n;
}

describe('cachedTexts', () => {
  it('resolves keys as i18next does, with the fallback language and per-question option wording', () => {
    const texts = cachedTexts(instance(), 'q');
    expect(texts.text('questions.staff.label')).toBe('Staff');
    expect(texts.option('staff', 'few')).toBe('A handful');
    expect(texts.option('staff', 'many')).toBe('Many');
    expect(texts.has('questions.staff.hint')).toBe(false);
    expect(texts.text('questions.staff.hint')).toBe('questions.staff.hint');
  });

  it('hands out the same lookups until the language changes, then the new language', async () => {
    const i18n = instance();
    const before = cachedTexts(i18n, 'q');
    expect(before.text('questions.staff.label')).toBe('Staff');
    expect(cachedTexts(i18n, 'q')).toBe(before);
    await i18n.changeLanguage('nl');
    const after = cachedTexts(i18n, 'q');
    expect(after).not.toBe(before);
    expect(after.text('questions.staff.label')).toBe('Personeel');
    // Dutch has no wording of its own for this option: the English one is the fallback.
    expect(after.option('staff', 'few')).toBe('A handful');
    expect(after.option('staff', 'many')).toBe('Veel');
  });

  it('sees texts added after a key was first looked up', () => {
    const i18n = instance();
    expect(cachedTexts(i18n, 'q').has('questions.staff.hint')).toBe(false);
    i18n.addResourceBundle('en', 'q', { questions: { staff: { hint: 'Count everyone' } } }, true);
    const texts = cachedTexts(i18n, 'q');
    expect(texts.has('questions.staff.hint')).toBe(true);
    expect(texts.text('questions.staff.hint')).toBe('Count everyone');
  });
});
