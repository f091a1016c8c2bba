import {
  defaultDeploymentConfig,
  type DeploymentConfig,
  type DeploymentConfigResult,
} from '@/engine/config/deployment-config';
import type { ConfigResponse } from '@/engine/config/read-deployment-config';
import { SHIPPED_QUESTIONNAIRES } from './shipped-questionnaires';

/** Served from the app's own origin; a deployer edits `public/config.json` (or `dist/config.json`). */
export const CONFIG_URL = '/config.json';

const TIMEOUT_SECONDS = 5;

/**
 * Fetches and reads the deployment configuration; never throws. The reader,
 * which brings in zod, is loaded while the file is on its way: the first
 * screens need zod anyway, so the first load stays as it was.
 */
export async function loadDeploymentConfig(): Promise<DeploymentConfigResult> {
  try {
    const [response, { readDeploymentConfig }] = await Promise.all([
      fetchConfig(),
      import('@/engine/config/read-deployment-config'),
    ]);
    return readDeploymentConfig(response, SHIPPED_QUESTIONNAIRES);
  } catch (error) {
    return {
      outcome: 'unreadable',
      issues: [{ path: '$', message: `config.json could not be read: ${String(error)}` }],
      config: defaultDeploymentConfig(),
    };
  }
}

async function fetchConfig(): Promise<ConfigResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_SECONDS * 1000);
  try {
    // Revalidated on every load, so that an edit to config.json shows after a reload.
    const response = await fetch(CONFIG_URL, { cache: 'no-cache', signal: controller.signal });
    return { kind: 'response', status: response.status, text: await response.text() };
  } catch (error) {
    const message = controller.signal.aborted
      ? `no answer within ${TIMEOUT_SECONDS} seconds`
      : error instanceof Error
        ? error.message
        : String(error);
    return { kind: 'failed', message };
  } finally {
    clearTimeout(timer);
  }
}

/** Puts the deployment's colours into the stylesheet's custom properties (CSSOM, allowed by the CSP). */
export function applyTheme(theme: DeploymentConfig['theme']): void {
  if (!theme) return;
  const root = document.documentElement;
  root.style.setProperty('--color-primary', theme.primary);
  root.style.setProperty('--color-primary-dark', theme.primaryDark);
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', theme.primary);
}

/**
 * On the first visit config.json is fetched before the service worker controls
 * the page, so it is not in the worker's cache yet: fetch it once more through
 * the worker when it takes over, so that the app finds it offline.
 */
export function keepConfigForOffline(): void {
  const worker = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  if (!worker || worker.controller) return;
  worker.addEventListener(
    'controllerchange',
    () => void fetch(CONFIG_URL, { cache: 'no-cache' }).catch(() => undefined),
    { once: true },
  );
}
