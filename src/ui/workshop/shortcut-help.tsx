import { useTranslation } from 'react-i18next';
import { SHORTCUTS } from '@/engine/workshop/shortcuts';
import { useModalDialog } from '../components/use-modal-dialog';

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useModalDialog(open);
  return (
    <dialog
      ref={ref}
      className="dialog shortcut-help"
      aria-labelledby="shortcut-help-title"
      onClose={onClose}
    >
      <h2 id="shortcut-help-title">{t('workshop.help.title')}</h2>
      <p>{t('workshop.help.intro')}</p>
      <dl className="shortcut-list">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.id}>
            <dt>
              {shortcut.keys.map((key, index) =>
                key === '…' ? <span key={index}> … </span> : <kbd key={index}>{key}</kbd>,
              )}
            </dt>
            <dd>{t(`workshop.help.keys.${shortcut.id}` as 'workshop.help.keys.pick')}</dd>
          </div>
        ))}
      </dl>
      <div className="dialog-actions">
        <button type="button" className="button primary" onClick={onClose}>
          {t('workshop.help.close')}
        </button>
      </div>
    </dialog>
  );
}
