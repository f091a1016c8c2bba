import { COLOR } from '../kit/pdf-styles';
import { drawTable } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

/**
 * The processor agreements chapter, drawn when there is something to say:
 * vendors were checked on the DPA guide (one row per vendor, with how many
 * required elements were found and which are missing with their articles), or
 * the answers say processors are used (then it points to the guide instead).
 */
export const drawProcessorAgreements: DrawChapter = (w, { model, dpaUrl }, texts) => {
  const { t } = texts;
  const { vendors, elements, usesProcessors } = model.processors;
  if (vendors.length === 0 && !usesProcessors) return;
  w.chapter('processors', t('report:processors.title'));
  if (vendors.length === 0) {
    w.paragraph(t('report:processors.none'), { after: 4 });
  } else {
    w.paragraph(t('report:processors.intro'), { color: COLOR.muted, after: 4 });
    const articles = new Map(elements.map((e) => [e.id, e.articles]));
    const complete = t('report:processors.complete');
    drawTable(
      w,
      vendors,
      [
        {
          id: 'vendor',
          header: t('report:processors.columns.vendor'),
          width: 46,
          bold: true,
          cell: (vendor) => vendor.vendor ?? t('report:processors.unnamed'),
        },
        {
          id: 'covered',
          header: t('report:processors.columns.covered'),
          width: 30,
          cell: (vendor) =>
            t('report:processors.covered', {
              covered: vendor.covered.length,
              total: elements.length,
            }),
        },
        {
          id: 'missing',
          header: t('report:processors.columns.missing'),
          refs: true,
          cell: (vendor) =>
            vendor.complete
              ? { note: { text: complete, color: COLOR.green } }
              : vendor.missing
                  .map(
                    (id) =>
                      `${t(`report:processors.items.${id}`)} (${texts.cite(articles.get(id) ?? [])})`,
                  )
                  .join('\n'),
        },
      ],
      { continued: t('report:processors.title') },
    );
    if (vendors.some((v) => !v.complete)) w.paragraph(t('report:processors.advice'), { after: 4 });
  }
  w.paragraph(t('report:processors.guide'), { color: COLOR.muted, after: 0.5 });
  w.appPage(dpaUrl, t('report:pages.dpa'), { after: 4 });
};
