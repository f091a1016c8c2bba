import { useTranslation } from 'react-i18next';
import type { WorkshopNote } from '@/report/workshop-notes';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import './deliverable.css';

export function WorkshopNotesPanel({ notes }: { notes: readonly WorkshopNote[] }) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  if (notes.length === 0) return null;
  return (
    <section className="panel workshop-notes" aria-labelledby="workshop-notes-heading">
      <h2 id="workshop-notes-heading">{t('workshopNotes.title')}</h2>
      <p className="hint">{t('workshopNotes.intro')}</p>
      <ul className="workshop-notes-list">
        {notes.map((note) => (
          <li key={note.questionId} className="workshop-note">
            <p className="workshop-note-section">{qt.text(`sections.${note.sectionId}.title`)}</p>
            <p className="workshop-note-question">
              <strong>{qt.text(`questions.${note.questionId}.label`)}</strong>
              {note.parked && (
                <span className="workshop-note-parked">{t('workshopNotes.parked')}</span>
              )}
            </p>
            {note.paragraphs.length === 0 ? (
              <p className="hint">{t('workshopNotes.noNote')}</p>
            ) : (
              note.paragraphs.map((paragraph, i) => (
                <p key={i} className="workshop-note-text">
                  {paragraph}
                </p>
              ))
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
