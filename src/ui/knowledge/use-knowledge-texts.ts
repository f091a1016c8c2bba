import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import dpaEn from '@/knowledge/locales/dpa.en.json';
import dpaNl from '@/knowledge/locales/dpa.nl.json';
import faqEn from '@/knowledge/locales/faq.en.json';
import faqNl from '@/knowledge/locales/faq.nl.json';
import glossaryEn from '@/knowledge/locales/glossary.en.json';
import glossaryNl from '@/knowledge/locales/glossary.nl.json';

const bundles = {
  faq: { en: faqEn, nl: faqNl },
  glossary: { en: glossaryEn, nl: glossaryNl },
  dpa: { en: dpaEn, nl: dpaNl },
} as const;
export type KnowledgeNamespace = keyof typeof bundles;

/** Registers a knowledge namespace's texts with i18next, once; they stay out of the first load. */
export function registerKnowledge(i18n: I18n, ns: KnowledgeNamespace): void {
  if (i18n.hasResourceBundle('en', ns)) return;
  i18n.addResourceBundle('en', ns, bundles[ns].en);
  i18n.addResourceBundle('nl', ns, bundles[ns].nl);
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
