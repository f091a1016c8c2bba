import { COLOR } from '../kit/pdf-styles';
import { drawTable } from '../kit/pdf-table';
import type { DrawChapter } from './chapter';

/**
 * The workshop's notes and parked questions, one row per question: its section and text, then
 * "Parked" where it was set aside and the note's paragraphs (a merged assessment's start with
 * each participant's name). Drawn only when the notes were given (`workshopNotes`).
 */
export const drawWorkshopNotes: DrawChapter = (w, { options, numbers }, texts) => {
  const notes = options.workshopNotes ?? [];
  if (notes.length === 0) return;
  const { t } = texts;
  w.chapter('notes', t('report:notes.title'));
  w.paragraph(t('report:notes.intro'), { color: COLOR.muted, after: 4 });
  drawTable(
    w,
    notes,
    [
      {
        id: 'question',
        header: t('report:notes.question'),
        width: 72,
        cell: (note) => ({
          text: t(`questions.${note.questionId}.label`),
          note: {
            text: texts.section(note.sectionId, numbers.get(note.sectionId)),
            color: COLOR.muted,
          },
        }),
      },
      {
        id: 'note',
        header: t('report:notes.note'),
        cell: (note) => ({
          runs: [
            ...(note.parked ? [{ text: t('report:notes.parked'), bold: true }] : []),
            ...note.paragraphs.map((text) => ({ text })),
          ],
        }),
      },
    ],
    { continued: t('report:notes.continued') },
  );
};
