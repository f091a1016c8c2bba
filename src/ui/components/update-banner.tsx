/// <reference types="vite-plugin-pwa/vanillajs" />
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Activate = () => void;
type Listener = (activate: Activate) => void;

const listeners = new Set<Listener>();
let waiting: Activate | null = null;
let registering = false;

const reload = () => window.location.reload();

/**
 * Runs `task` once the first screen is shown (its heading is on the page) and the browser is
 * idle: the service worker's downloads for offline use must not compete with that screen.
 */
function afterFirstScreen(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? window.requestIdleCallback(task, { timeout: 2000 })
      : setTimeout(task, 0);
  const shown = () => document.querySelector('main h1') !== null;
  if (shown()) return void idle();
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    idle();
  });
  observer.observe(document.body, { childList: true, subtree: true });
}

/**
 * Registers the service worker once per page, however often the banner mounts, and tells every
 * listener when a new version is waiting. The registration code is its own chunk.
 */
function watchForUpdates(listener: Listener): () => void {
  listeners.add(listener);
  if (waiting) listener(waiting);
  if (!registering) {
    registering = true;
    afterFirstScreen(
      () =>
        void import('virtual:pwa-register')
          .then(({ registerSW }) => {
            const skipWaiting = registerSW({
              onNeedRefresh: () => {
                // Once the new worker controls this tab (the person agreed here or in another tab),
                // the old version's files are gone: reload. Adding the same function twice is a no-op.
                navigator.serviceWorker.addEventListener('controllerchange', reload, {
                  once: true,
                });
                waiting = () => void skipWaiting();
                for (const notify of listeners) notify(waiting);
              },
              // workbox-window reloads only a tab that had a worker when it opened, so not the first
              // visit; the listener above reloads every tab.
              onNeedReload: () => undefined,
            });
          })
          .catch(() => undefined),
    );
  }
  return () => listeners.delete(listener);
}

export function UpdateBanner() {
  const { t } = useTranslation();
  const [activate, setActivate] = useState<Activate | null>(null);
  useEffect(() => watchForUpdates((next) => setActivate(() => next)), []);
  if (!activate) return null;
  return (
    <div role="status" className="notice update-banner">
      <p>{t('update.ready')}</p>
      <button type="button" className="button primary" onClick={activate}>
        {t('update.reload')}
      </button>
    </div>
  );
}
