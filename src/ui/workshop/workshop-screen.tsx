import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useWorkflowTexts } from '../wizard/use-workflow-texts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { commandFor, type KeyTarget } from '@/engine/workshop/shortcuts';
import { selectLocation } from '@/engine/wizard/wizard.selectors';
import { WizardScreen } from '../routes/wizard-screen';
import { hrefFor } from '../wizard/paths';
import { WizardContext } from '../wizard/wizard-context';
import { PresenterStep } from './presenter-step';
import { ShortcutHelp } from './shortcut-help';
import { TimerPanel } from './timer-panel';
import { WorkshopIntro } from './workshop-intro';
import { WorkshopShellContext, type CommandHandler, type WorkshopShell } from './workshop-context';
import { loadShortcutsOn, saveShortcutsOn } from './workshop-storage';
import './workshop.css';

const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);

function keyTarget(element: EventTarget | null): KeyTarget {
  if (!(element instanceof HTMLElement)) return 'other';
  if (element.isContentEditable) return 'textField';
  if (element instanceof HTMLInputElement) {
    if (element.type === 'radio') return 'radio';
    if (element.type === 'checkbox') return 'checkbox';
    return BUTTON_INPUTS.has(element.type) ? 'button' : 'textField';
  }
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)
    return 'textField';
  if (element.closest('button, a[href], summary')) return 'button';
  return 'other';
}

/** The presenter view: the same assessment and wizard, shown for a projector. */
export function WorkshopScreen() {
  useWorkflowTexts();
  const { t } = useTranslation();
  const state = WizardContext.useSelector((s) => s.value);
  const stepId = WizardContext.useSelector((s) => s.context.stepId);
  const parkedCount = WizardContext.useSelector((s) => s.context.parked.length);
  const location = WizardContext.useSelector(selectLocation);
  const [shortcutsOn, setShortcutsOn] = useState(loadShortcutsOn);
  const [helpOpen, setHelpOpen] = useState(false);
  const handler = useRef<CommandHandler | null>(null);

  const register = useCallback((next: CommandHandler) => {
    handler.current = next;
    return () => {
      if (handler.current === next) handler.current = null;
    };
  }, []);
  const shell = useMemo<WorkshopShell>(() => ({ register, shortcutsOn }), [register, shortcutsOn]);

  useEffect(() => {
    if (!shortcutsOn) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = commandFor({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        target: keyTarget(event.target),
        helpOpen,
      });
      if (!command) return;
      if (command.type === 'help.open' || command.type === 'help.close') {
        setHelpOpen(command.type === 'help.open');
        event.preventDefault();
        return;
      }
      if (handler.current?.(command)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shortcutsOn, helpOpen]);

  return (
    <WorkshopShellContext.Provider value={shell}>
      <div className="workshop" data-shortcuts={shortcutsOn ? 'on' : 'off'}>
        <div className="workshop-bar" role="group" aria-label={t('workshop.toolbar.label')}>
          <Link to={hrefFor(location, 'wizard')}>{t('workshop.toolbar.leave')}</Link>
          <label className="toggle">
            <input
              type="checkbox"
              checked={shortcutsOn}
              onChange={(e) => {
                setShortcutsOn(e.target.checked);
                saveShortcutsOn(e.target.checked);
              }}
            />
            <span>{t('workshop.toolbar.shortcutsOn')}</span>
          </label>
          <button
            type="button"
            className="link-button"
            aria-keyshortcuts={shortcutsOn ? '?' : undefined}
            onClick={() => setHelpOpen(true)}
          >
            {t('workshop.toolbar.help')}
          </button>
          {parkedCount > 0 && (
            <span className="workshop-parked">
              {t('workshop.toolbar.parked', { count: parkedCount })}
            </span>
          )}
          {state === 'answering' && stepId && <TimerPanel key={stepId} stepId={stepId} />}
        </div>
        {state === 'intro' ? (
          <WorkshopIntro />
        ) : state === 'answering' ? (
          <PresenterStep />
        ) : (
          <div className="workshop-large">
            <WizardScreen />
          </div>
        )}
        <ShortcutHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
      </div>
    </WorkshopShellContext.Provider>
  );
}
