import { useEffect } from 'react';
import { toFieldValue, type FieldValue } from '@/engine/answers/field-value';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { useInterfaceLanguage } from '../components/use-interface-language';
import { WizardContext } from './wizard-context';

/**
 * Shows answers another tab changed in a form that is open here: a form keeps its own field
 * values once mounted, so without this it would go on showing (and later resend) the old ones.
 */
export function useSyncedFields(
  questions: readonly Question[],
  setValue: (questionId: string, value: FieldValue) => void,
): void {
  const actor = WizardContext.useActorRef();
  const language = useInterfaceLanguage();
  useEffect(() => {
    const subscription = actor.on('answers.synced', ({ changed }) => {
      for (const question of questions) {
        if (!Object.hasOwn(changed, question.id)) continue;
        setValue(question.id, toFieldValue(question, changed[question.id] ?? undefined, language));
      }
    });
    return () => subscription.unsubscribe();
  }, [actor, questions, setValue, language]);
}
