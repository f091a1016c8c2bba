import { absoluteLink } from '../../../engine/config/config-links';
import { DEPLOYER_LINK_KINDS } from '../../../engine/config/deployment-config';
import { embeddedParts } from '../embedded-session';
import { helpLinks } from '../../report-content';
import type { ReportTexts } from '../report-texts';
import type { RenderPdfOptions } from '../pdf-options';
import type { DrawChapter, ReportWriter } from './chapter';

/**
 * The closing chapter: that the report is not legal advice, how it was made,
 * where its data stays, what the file stores, links to the FAQ, the DPA guide
 * and the law, and the deployer's contact details and documents.
 */
export const drawAbout: DrawChapter = (w, { model, options, faqUrl, dpaUrl }, texts) => {
  const { t } = texts;
  w.chapter('about', t('report:about.title'));
  for (const part of ['notAdvice', 'method', 'privacy'] as const) {
    w.heading(t(`report:about.${part}Title`), 14);
    w.paragraph(t(`report:about.${part}`), { after: 4 });
  }
  w.paragraph(texts.embedded(embeddedParts(options.embeddedAnswers)), { bold: true, after: 4 });
  w.heading(t('report:about.linksTitle'), 20);
  const appUrls = { faq: faqUrl, dpa: dpaUrl };
  for (const link of helpLinks(texts, model.nationalLaws)) {
    w.paragraph(link.label, { bold: true, after: 0.3 });
    if ('page' in link)
      w.appPage(appUrls[link.page], t(`report:pages.${link.page}`), { after: 2.5 });
    else w.appPage(link.url, link.url, { after: 2.5 });
  }
  drawDeployerContact(w, texts, options);
};

/** The deployer's contact details and documents on the closing page. */
function drawDeployerContact(w: ReportWriter, { t }: ReportTexts, options: RenderPdfOptions): void {
  const { name, contact, links = {} } = options.branding ?? {};
  // A path on the app's site is a link only where the PDF may link to the app (`appUrl`).
  const link = (target: string) => absoluteLink(target, options.appUrl);
  const label = (key: 'email' | 'phone' | 'website', value: string) =>
    `${t(`common:deployment.contact.${key}`)}: ${value}`;
  const details: { text: string; url?: string }[] = [];
  if (contact?.name) details.push({ text: contact.name });
  if (contact?.email)
    details.push({ text: label('email', contact.email), url: `mailto:${contact.email}` });
  if (contact?.phone) details.push({ text: label('phone', contact.phone) });
  if (contact?.url)
    details.push({ text: label('website', contact.url), url: link(contact.url) ?? undefined });
  const documents = DEPLOYER_LINK_KINDS.filter((kind) => links[kind]);
  if (details.length === 0 && documents.length === 0) return;
  w.heading(name ?? t('report:about.contactTitle'), 20);
  for (const { text, url } of details) w.paragraph(text, { url, after: 0.8 });
  w.y += 1.7;
  for (const kind of documents) {
    const target = links[kind] ?? '';
    w.paragraph(t(`common:deployment.links.${kind}`), { bold: true, after: 0.3 });
    w.appPage(link(target), t('report:pages.onSite', { path: target }), { after: 2.5 });
  }
}
