import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import {
  defaultDeploymentConfig,
  type DeploymentConfig,
  type DeploymentConfigResult,
} from '@/engine/config/deployment-config';

/** The deployment configuration the app was started with; defaults when none is provided. */
export const DeploymentContext = createContext<DeploymentConfigResult>({
  outcome: 'ok',
  issues: [],
  config: defaultDeploymentConfig(),
});

export function useDeploymentResult(): DeploymentConfigResult {
  return useContext(DeploymentContext);
}

export function useDeploymentConfig(): DeploymentConfig {
  return useContext(DeploymentContext).config;
}

/** The deployer's name, else the app's own. */
export function useAppName(): string {
  const { t } = useTranslation();
  return useDeploymentConfig().name ?? t('app.name');
}
