import { answerRow, skippedSection } from '../../report-content';
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
      w.paragraph(skippedSection(section.sectionId, texts), { color: COLOR.muted, after: 3 });
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
            const { question, skipReason } = answerRow(row, texts);
            return skipReason === null
              ? question
              : { text: question, note: { text: skipReason, color: COLOR.faint } };
          },
        },
        {
          id: 'answer',
          header: t('report:answers.answer'),
          cell: (row) => {
            const { answer, quiet } = answerRow(row, texts);
            return quiet ? { text: answer, color: COLOR.faint } : answer;
          },
        },
      ],
      { continued: t('report:answers.continued', { section: title }), fontSize: 7.8 },
    );
  }
};
