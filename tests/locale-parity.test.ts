import { describe, expect, it } from 'vitest';
import { placeholderNames, readLocales, translationProblems } from './helpers/locale-parity';

const en = {
  title: 'Readiness check',
  count: 'You answered {{n, number}} of {{total}} questions',
  saved: 'Saved on {{date, datetime}}',
  raw: 'Open {{- link}}',
  nested: 'See $t(help.more)',
  help: { more: 'more help' },
};
const nl = {
  title: 'Gereedheidscheck',
  count: '{{n, number}} van {{total}} vragen beantwoord',
  saved: 'Bewaard op {{date, datetime}}',
  raw: 'Open {{- link}} nu',
  nested: 'Zie $t(help.more)',
  help: { more: 'meer hulp' },
};
const nlWith = (change: Record<string, unknown>) => ({ en, nl: { ...nl, ...change } });

describe('placeholderNames', () => {
  it('reads plain, formatted and unescaped placeholders and nesting, each name once', () => {
    expect(
      placeholderNames(
        '{{a}} {{ b , number }} {{c, datetime(short)}} {{- d}} {{a}} $t(x.y, {"n": 1})',
      ),
    ).toEqual(['$t(x.y)', 'a', 'b', 'c', 'd']);
  });
});

describe('translationProblems', () => {
  it('finds nothing in a complete translation', () => {
    expect(translationProblems({ en, nl })).toEqual([]);
  });

  it('finds a missing key and an extra key', () => {
    const { title: _, ...rest } = nl;
    expect(translationProblems({ en, nl: { ...rest, subtitle: 'Extra' } })).toEqual([
      'nl: "title" is missing',
      'nl: "subtitle" is not in English',
    ]);
  });

  it('finds a missing formatted placeholder, and one that English does not have', () => {
    expect(translationProblems(nlWith({ count: '{{total}} vragen, {{x}} beantwoord' }))).toEqual([
      'nl: "count" lacks {{n}}',
      'nl: "count" adds {{x}}, unknown in English',
    ]);
    expect(translationProblems(nlWith({ saved: 'Bewaard' }))).toEqual([
      'nl: "saved" lacks {{date}}',
    ]);
  });

  it('finds a missing unescaped placeholder and a missing nested text', () => {
    expect(translationProblems(nlWith({ raw: 'Openen', nested: 'Zie verder' }))).toEqual([
      'nl: "raw" lacks {{link}}',
      'nl: "nested" lacks $t(help.more)',
    ]);
  });

  it('finds an empty text, in English too, and a value that is not a text', () => {
    expect(
      translationProblems({ en: { ...en, help: { more: ' ' } }, nl: nlWith({ title: '' }).nl }),
    ).toEqual(['en: "help.more" is empty', 'nl: "title" is empty']);
    expect(translationProblems(nlWith({ title: 5 }))).toEqual([
      'nl: "title" is not a text',
      'nl: "title" is missing',
    ]);
  });

  it('finds a text left in English', () => {
    expect(translationProblems(nlWith({ title: 'Readiness check' }))).toEqual([
      'nl: "title" is still the English text "Readiness check"',
    ]);
  });

  it('allows a copy on the allow-list, and one without words to translate', () => {
    const same = {
      name: 'Acme',
      tier: 'Art. 83(4)',
      code: 'HR',
      number: '#',
      pair: '{{a}} ({{b}})',
    };
    const locales = { en: { ...en, ...same }, nl: { ...nl, ...same } };
    expect(translationProblems(locales, { nl: ['Acme'] })).toEqual([]);
    expect(translationProblems(locales, {})).toEqual([
      'nl: "name" is still the English text "Acme"',
    ]);
  });

  it("follows each language's plural forms", () => {
    const plural = {
      items_one: 'One item',
      items_other: '{{count}} items',
    };
    expect(
      translationProblems({
        en: plural,
        nl: { items_one: 'Eén ding', items_other: '{{count}} dingen' },
      }),
    ).toEqual([]);
    expect(
      translationProblems({ en: plural, nl: { items_one: 'Eén ding', items_other: 'dingen' } }),
    ).toEqual(['nl: "items_other" lacks {{count}}']);
    // Polish needs a "few" and a "many" form; Japanese has only "other".
    expect(
      translationProblems({
        en: plural,
        pl: {
          items_one: 'Jedna rzecz',
          items_few: '{{count}} rzeczy',
          items_other: '{{count}} rzeczy',
        },
      }),
    ).toEqual(['pl: "items_many" is missing']);
    expect(translationProblems({ en: plural, ja: { items_other: '{{count}} 件' } })).toEqual([]);
    expect(
      translationProblems({ en: plural, ja: { items_one: '1 件', items_other: '{{count}} 件' } }),
    ).toEqual(['ja: "items_one" is a plural form the language does not have']);
  });

  it('checks every language present, not only Dutch', () => {
    expect(translationProblems({ en, nl, de: { ...nl, title: '' } })).toEqual([
      'de: "title" is empty',
    ]);
  });
});

describe('readLocales', () => {
  it('reads every language of a family, and only that family', () => {
    const app = readLocales('src/i18n/locales');
    const report = readLocales('src/i18n/locales', 'report.');
    expect(Object.keys(app)).toContain('en');
    expect(Object.keys(report).sort()).toEqual(Object.keys(app).sort());
    expect(app.en).not.toEqual(report.en);
  });
});
