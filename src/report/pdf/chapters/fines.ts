import { FINE_FACTORS, casesById } from '../../fine-exposure';
import { ceilingHeadline } from '../../report-content';
import { COLOR, PAGE, PT, WIDTH } from '../kit/pdf-styles';
import { drawTable } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

const FINE_SIZE = 7.8;

/**
 * The fine exposure: the two tiers with their caps and how many gaps fall under
 * each, the basis of the caps, the ceiling in a panel, the factors a
 * supervisory authority weighs, and real cases like the gaps found.
 */
export const drawFines: DrawChapter = (w, { model }, texts) => {
  const { doc } = w;
  const { t } = texts;
  const { fines } = model;
  w.chapter('fines', t('report:fines.title'));
  w.paragraph(t('report:fines.intro'), { color: COLOR.muted, after: 4 });

  // Without an undertaking's turnover percentage only the fixed amounts apply.
  const fixedOnly = fines.basis === 'not-undertaking' || fines.basis === 'public-body-fixed-caps';
  const tiers = ['art83-4', 'art83-5'] as const;
  drawTable(
    w,
    tiers,
    [
      {
        id: 'tier',
        header: t('report:fines.tierColumn'),
        width: 20,
        bold: true,
        refs: true,
        cell: (tier) => texts.tier(tier),
      },
      {
        id: 'provisions',
        header: t('report:fines.provisionsColumn'),
        cell: (tier) => t(`report:fines.provisions.${tier}`),
      },
      {
        id: 'cap',
        header: t('report:fines.capColumn'),
        width: 42,
        cell: (tier) => {
          const cap = fines.tiers[tier].cap;
          if (cap === null) return t('report:fines.capNationalLaw');
          // Under national law (public bodies) the fixed amounts and percentages do not apply.
          const rule = t(`report:fines.${fixedOnly ? 'ruleFixed' : 'rule'}.${tier}`);
          return { text: texts.amount(cap), note: { text: rule, color: COLOR.muted } };
        },
      },
      {
        id: 'gaps',
        header: t('report:fines.gapsColumn'),
        width: 18,
        align: 'right',
        cell: (tier) => String(fines.tiers[tier].gaps),
      },
    ],
    { fontSize: FINE_SIZE },
  );

  w.heading(t('report:fines.basisTitle'), 12);
  w.paragraph(
    t(`report:fines.basis.${fines.basis}`, {
      turnover: fines.turnover === null ? '' : texts.amount(fines.turnover),
    }),
    { after: fines.assumptions.length > 0 ? 1.5 : 4, refs: true },
  );
  fines.assumptions.forEach((a, i) =>
    w.paragraph(t(`report:fines.assumptions.${a}`), {
      after: i === fines.assumptions.length - 1 ? 4 : 1.5,
      refs: true,
    }),
  );

  // The ceiling, set off in a panel
  const headline = ceilingHeadline(fines, texts);
  const headlineLines = w.split(headline, WIDTH - 10, { size: 10, bold: true });
  const noteLines = w.split(t('report:fines.ceilingNote'), WIDTH - 10, { size: 8.5 });
  const height =
    7 +
    w.lineHeight(8) +
    headlineLines.length * w.lineHeight(10) +
    noteLines.length * w.lineHeight(8.5);
  w.panel(
    height,
    w.accent,
    (top) => {
      w.y = top + 2;
      const inside = { indent: 5, width: WIDTH - 10, refs: true };
      w.paragraph(t('report:fines.ceilingTitle').toUpperCase(), {
        indent: 5,
        size: 8,
        bold: true,
        color: COLOR.muted,
        after: 0.5,
      });
      w.paragraph(headline, { ...inside, size: 10, bold: true, after: 0.5 });
      w.paragraph(t('report:fines.ceilingNote'), {
        ...inside,
        size: 8.5,
        color: COLOR.muted,
        after: 0,
      });
    },
    4,
  );

  w.heading(t('report:fines.factorsTitle'), 24);
  w.paragraph(t('report:fines.factorsIntro'), { after: 1.5, refs: true });
  FINE_FACTORS.forEach((factor, i) => {
    w.ensure(w.lineHeight(8.5));
    w.style({ size: 8.5, color: COLOR.muted });
    doc.text(`(${String.fromCharCode(97 + i)})`, PAGE.left + 2, w.y + 8.5 * PT * 0.8);
    w.paragraph(t(`report:fines.factors.${factor}`), {
      indent: 9,
      size: 8.5,
      after: 0.8,
      refs: true,
    });
  });
  w.y += 3;

  const cases = casesById(fines.examples);
  if (cases.length === 0) return;
  w.heading(t('report:fines.casesTitle'), 34);
  w.paragraph(t('report:fines.casesIntro'), { color: COLOR.muted, after: 2 });
  drawTable(
    w,
    cases,
    [
      {
        id: 'organisation',
        header: t('report:fines.casesColumns.organisation'),
        width: 30,
        bold: true,
        cell: (c) => c.organisation,
      },
      {
        id: 'authority',
        header: t('report:fines.casesColumns.authority'),
        width: 28,
        cell: (c) => `${c.authority} (${c.country})\n${texts.isoDate(c.date)}`,
      },
      {
        id: 'amount',
        header: t('report:fines.casesColumns.amount'),
        width: 28,
        align: 'right',
        cell: (c) => texts.amount(c.amountEur),
      },
      {
        id: 'reason',
        header: t('report:fines.casesColumns.reason'),
        refs: true,
        cell: (c) => ({
          text: t(`report:fines.cases.${c.reason}`),
          note: { text: texts.cite(c.articles), color: COLOR.muted },
        }),
      },
    ],
    { fontSize: FINE_SIZE },
  );
};
