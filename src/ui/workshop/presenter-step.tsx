import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateStep } from '@/engine/questionnaire/answer-validation';
import type { Section } from '@/engine/questionnaire/questionnaire.schema';
import { previousStep } from '@/engine/questionnaire/steps';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import {
  cursorPosition,
  moveCursor,
  parkedToRevisit,
  settleCursor,
  visibleQuestionsOf,
  type ParkedQuestion,
} from '@/engine/workshop/question-cursor';
import { useDocumentTitle } from '../components/use-document-title';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { PresenterQuestion } from './presenter-question';
import { loadCursor, saveCursor } from './workshop-storage';

export function PresenterStep() {
  const stepId = WizardContext.useSelector((s) => s.context.stepId);
  const section = WizardContext.useSelector((s) =>
    s.context.questionnaire.sections.find((x) => x.id === stepId),
  );
  if (!section) return null;
  return <PresenterSection key={section.id} section={section} />;
}

function PresenterSection({ section }: { section: Section }) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const parked = WizardContext.useSelector((s) => s.context.parked);
  const [wanted, setWanted] = useState<string | null>(() => loadCursor(section.id));
  const [invalidShown, setInvalidShown] = useState<string | null>(null);
  const [revisit, setRevisit] = useState<readonly ParkedQuestion[] | null>(null);
  const title = qt.text(`sections.${section.id}.title`);
  useDocumentTitle(`${t('nav.workshop')}: ${title}`);

  const current = settleCursor(questionnaire, answers, section.id, wanted);
  useEffect(() => {
    if (current) saveCursor({ stepId: section.id, questionId: current });
  }, [section.id, current]);

  const visibility = useMemo(
    () => computeVisibility(questionnaire, answers),
    [questionnaire, answers],
  );
  const question = section.questions.find((q) => q.id === current);
  if (!current || !question) return null;

  if (revisit) {
    return (
      <ParkedRevisit
        list={revisit}
        onBack={() => setRevisit(null)}
        onDone={() => actor.send({ type: 'step.next' })}
      />
    );
  }

  const position = cursorPosition(questionnaire, answers, section.id, current);
  const isLastQuestion =
    moveCursor(questionnaire, answers, section.id, current, 1).kind !== 'question';
  const isLastStep = visibility.steps.at(-1) === section.id;
  const toRevisit = parkedToRevisit(questionnaire, answers, parked);
  const nextLabel = !isLastQuestion
    ? t('workshop.question.next')
    : !isLastStep
      ? t('workshop.question.nextSection')
      : toRevisit.length > 0
        ? t('workshop.question.toParked')
        : t('workshop.question.toReview');

  const goNext = () => {
    const latest = actor.getSnapshot().context;
    const move = moveCursor(questionnaire, latest.answers, section.id, current, 1);
    if (move.kind === 'question') {
      setInvalidShown(null);
      setWanted(move.questionId);
      return;
    }
    const errors = validateStep(
      questionnaire,
      section.id,
      latest.answers,
      computeVisibility(questionnaire, latest.answers),
    );
    const firstInvalid = visibleQuestionsOf(questionnaire, latest.answers, section.id).find(
      (q) => errors[q.id],
    );
    if (firstInvalid) {
      setInvalidShown(firstInvalid.id);
      setWanted(firstInvalid.id);
      return;
    }
    const parkedNow = parkedToRevisit(questionnaire, latest.answers, latest.parked);
    if (isLastStep && parkedNow.length > 0) {
      setRevisit(parkedNow);
      return;
    }
    actor.send({ type: 'step.next' });
  };

  const goPrevious = () => {
    setInvalidShown(null);
    const move = moveCursor(questionnaire, answers, section.id, current, -1);
    if (move.kind === 'question') {
      setWanted(move.questionId);
      return;
    }
    const previous = previousStep(questionnaire, answers, section.id);
    const last = previous ? visibleQuestionsOf(questionnaire, answers, previous).at(-1) : null;
    if (previous && last) saveCursor({ stepId: previous, questionId: last.id });
    actor.send({ type: 'step.back' });
  };

  return (
    <section className="presenter" aria-label={title}>
      <OverallProgress answered={position.answered} total={position.overallTotal} />
      <PresenterQuestion
        key={question.id}
        question={question}
        position={t('workshop.question.position', {
          current: position.index,
          total: position.total,
          section: title,
        })}
        nextLabel={nextLabel}
        onNext={goNext}
        onPrevious={goPrevious}
        validateOnOpen={invalidShown === question.id}
      />
    </section>
  );
}

function OverallProgress({ answered, total }: { answered: number; total: number }) {
  const { t } = useTranslation();
  return (
    <div className="presenter-progress">
      <p id="presenter-progress-text">{t('workshop.question.overall', { answered, total })}</p>
      <progress max={total} value={answered} aria-labelledby="presenter-progress-text" />
    </div>
  );
}

function ParkedRevisit({
  list,
  onBack,
  onDone,
}: {
  list: readonly ParkedQuestion[];
  onBack: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const parked = WizardContext.useSelector((s) => s.context.parked);
  const [index, setIndex] = useState(0);
  const item = list[index];
  const question = questionnaire.sections
    .flatMap((s) => s.questions)
    .find((q) => q.id === item?.questionId);
  useDocumentTitle(t('workshop.parked.title'));
  if (!item || !question) return null;

  const isLast = index === list.length - 1;
  const advance = () => (isLast ? onDone() : setIndex(index + 1));
  return (
    <section className="presenter" aria-label={t('workshop.parked.title')}>
      <div className="presenter-banner">
        <p>
          <strong>{t('workshop.parked.title')}</strong>{' '}
          {t('workshop.parked.intro', { count: list.length })}
        </p>
      </div>
      <PresenterQuestion
        key={question.id}
        question={question}
        position={t('workshop.parked.position', {
          current: index + 1,
          total: list.length,
          section: qt.text(`sections.${item.stepId}.title`),
        })}
        nextLabel={isLast ? t('workshop.question.toReview') : t('workshop.question.next')}
        onNext={advance}
        onPrevious={() => (index === 0 ? onBack() : setIndex(index - 1))}
        extraAction={
          parked.includes(question.id)
            ? {
                label: t('workshop.parked.resolve'),
                onValid: () => {
                  actor.send({ type: 'question.park', questionId: question.id, parked: false });
                  advance();
                },
              }
            : undefined
        }
      />
    </section>
  );
}
