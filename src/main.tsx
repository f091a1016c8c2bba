import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { applyTheme, keepConfigForOffline, loadDeploymentConfig } from './app/deployment-config';
import { preloadFirstScreen } from './app/preload';
import { createI18n, startLanguage } from './i18n/i18n';
import { DeploymentContext } from './ui/deployment/deployment-context';
import { CanonicalPath } from './ui/routes/canonical-path';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  // The page's language as far as it is known before config.json is read.
  document.documentElement.lang = startLanguage();
  preloadFirstScreen(window.location.pathname, document.documentElement.lang);
  void loadDeploymentConfig().then((deployment) => {
    applyTheme(deployment.config.theme);
    keepConfigForOffline();
    createRoot(root).render(
      <StrictMode>
        <DeploymentContext.Provider value={deployment}>
          <I18nextProvider i18n={createI18n(undefined, deployment.config.defaultLanguage)}>
            <BrowserRouter>
              <CanonicalPath>
                <App />
              </CanonicalPath>
            </BrowserRouter>
          </I18nextProvider>
        </DeploymentContext.Provider>
      </StrictMode>,
    );
  });
}
