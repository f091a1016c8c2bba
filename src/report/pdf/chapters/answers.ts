import { COLOR } from '../kit/pdf-styles';
import { drawTable } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

/**
 * Every answer given, a table per section: a question not asked says so, with
 * why where the questionnaire tells; a skipped section gives its reason.
 */
export const drawAnswers: DrawChapter = (w, { model, numbers }, texts) => {
  const { t } = texts;
  w.chapter('answers', t('report:answers.title'));
  w.paragraph(t('report:answers.intro'), { color: COLOR.muted, after: 4 });
  for (const section of model.answers) {
    const title = texts.section(section.sectionId, numbers.get(section.sectionId));
    w.heading(title);
    if (!section.shown) {
      const reason = texts.optional(`sections.${section.sectionId}.skipReason`);
      w.paragraph(
        reason === null
          ? t('report:answers.skippedGeneric')
          : t('report:answers.skipped', { reason }),
        { color: COLOR.muted, after: 3 },
      );
      continue;
    }
    drawTable(
      w,
      section.questions,
      [
        {
          id: 'question',
          header: t('report:answers.question'),
          width: 112,
          cell: (row) => {
            const label = t(`questions.${row.questionId}.label`);
            const reason = row.shown
              ? null
              : texts.optional(`questions.${row.questionId}.skipReason`);
            return reason === null
              ? label
              : { text: label, note: { text: reason, color: COLOR.faint } };
          },
        },
        {
          id: 'answer',
          header: t('report:answers.answer'),
          cell: (row) => {
            if (!row.shown) return { text: t('report:answers.notAsked'), color: COLOR.faint };
            return row.value === undefined
              ? t('report:answers.notAnswered')
              : texts.answer(row.questionId, row.value, row.itemNames);
          },
        },
      ],
      { continued: t('report:answers.continued', { section: title }), fontSize: 7.8 },
    );
  }
};
