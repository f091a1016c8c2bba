import {
  defaultDeploymentConfig,
  type DeploymentConfig,
  type DeploymentConfigResult,
} from '@/engine/config/deployment-config';
import type { ConfigResponse } from '@/engine/config/read-deployment-config';
import { shippedConfig } from 'virtual:shipped-config';
import { SHIPPED_QUESTIONNAIRES } from './questionnaire-source';
import { sha256 } from './sha256';

/** Served from the app's own origin; a deployer edits `public/config.json` (or `dist/config.json`). */
export const CONFIG_URL = '/config.json';

const TIMEOUT_SECONDS = 5;

/**
 * Fetches and reads the deployment configuration; never throws. The file as shipped was read
 * when the app was built: only a file the deployer changed loads the reader, and zod with it.
 */
export async function loadDeploymentConfig(): Promise<DeploymentConfigResult> {
  try {
    const response = await fetchConfig();
    if (response.kind === 'response' && response.status === 200) {
      const hash = await sha256(response.bytes);
      if (hash === shippedConfig.sha256) return shippedConfig.result;
    }
    const { readDeploymentConfig } = await import('@/engine/config/read-deployment-config');
    return readDeploymentConfig(response, SHIPPED_QUESTIONNAIRES);
  } catch (error) {
    return {
      outcome: 'unreadable',
      issues: [{ path: '$', message: `config.json could not be read: ${String(error)}` }],
      config: defaultDeploymentConfig(),
    };
  }
}

async function fetchConfig(): Promise<ConfigResponse & { readonly bytes?: ArrayBuffer }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_SECONDS * 1000);
  try {
    // Revalidated on every load, so that an edit to config.json shows after a reload.
    const response = await fetch(CONFIG_URL, { cache: 'no-cache', signal: controller.signal });
    const bytes = await response.arrayBuffer();
    return {
      kind: 'response',
      status: response.status,
      text: new TextDecoder().decode(bytes),
      bytes,
    };
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
