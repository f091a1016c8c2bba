import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE, type Language } from '@/i18n/languages';
import { filesByLanguage } from '@/i18n/locale-files';

const files = import.meta.glob<Readonly<Record<string, unknown>>>('/src/knowledge/locales/*.json', {
  eager: true,
  import: 'default',
});
const NAMESPACES = ['faq', 'glossary', 'dpa'] as const;
export type KnowledgeNamespace = (typeof NAMESPACES)[number];

const bundles = Object.fromEntries(
  NAMESPACES.map((ns) => [
    ns,
    filesByLanguage(files, (language) => `/src/knowledge/locales/${ns}.${language}.json`),
  ]),
) as Record<KnowledgeNamespace, Record<Language, Readonly<Record<string, unknown>>>>;

/** Registers a knowledge namespace's texts with i18next, once; they stay out of the first load. */
export function registerKnowledge(i18n: I18n, ns: KnowledgeNamespace): void {
  if (i18n.hasResourceBundle(SOURCE_LANGUAGE, ns)) return;
  for (const [language, texts] of Object.entries(bundles[ns]))
    i18n.addResourceBundle(language, ns, texts);
}

/** A knowledge text in `lng`; keys come from the content's ids, so they are looked up untyped. */
export function knowledgeText(
  i18n: I18n,
  ns: KnowledgeNamespace,
  lng: string,
  key: string,
  params?: Record<string, unknown>,
): string {
  registerKnowledge(i18n, ns);
  const untyped = i18n.t.bind(i18n) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => string;
  return untyped(key, { ...params, ns, lng });
}

/** Texts of a knowledge page, registered on first use so they stay out of the first load. */
export function useKnowledgeTexts(
  ns: KnowledgeNamespace,
): (key: string, params?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  return (key, params) => knowledgeText(i18n, ns, i18n.language, key, params);
}
