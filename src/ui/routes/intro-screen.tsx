import { selectAnsweredCount } from '@/engine/wizard/wizard.selectors';
import { ExamplePicker } from '../components/example-picker';
import { RestartButton } from '../components/restart-button';
import { useExamples } from '../wizard/examples-context';
import { WizardContext } from '../wizard/wizard-context';
import { IntroView } from './intro-view';

export function IntroScreen() {
  const actor = WizardContext.useActorRef();
  const questionnaireId = WizardContext.useSelector((s) => s.context.questionnaire.id);
  const answered = WizardContext.useSelector(selectAnsweredCount);
  const examples = useExamples();
  return (
    <IntroView
      questionnaireId={questionnaireId}
      answered={answered}
      onStart={() => actor.send({ type: 'assessment.start' })}
      restart={answered > 0 && <RestartButton />}
      examples={<ExamplePicker hasAnswers={answered > 0} />}
      estimates={examples}
    />
  );
}
