import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { App } from './app/app';
import { applyTheme, keepConfigForOffline, loadDeploymentConfig } from './app/deployment-config';
import { preloadFirstScreen } from './app/preload';
import { loadAppTexts } from './i18n/app-texts';
import { createI18n, startLanguage } from './i18n/i18n';
import { DeploymentContext } from './ui/deployment/deployment-context';
import { CanonicalPath } from './ui/routes/canonical-path';
import './ui/styles.css';

const root = document.getElementById('root');
if (root) {
  // The page's language as far as it is known before config.json is read.
  const first = startLanguage();
  document.documentElement.lang = first;
  preloadFirstScreen(window.location.pathname, first);
  const firstTexts = loadAppTexts(first);
  void loadDeploymentConfig().then(async (deployment) => {
    applyTheme(deployment.config.theme);
    keepConfigForOffline();
    // The deployment's default language wins when the person has not chosen one.
    const language = startLanguage(deployment.config.defaultLanguage);
    const texts = { [first]: await firstTexts };
    if (language !== first) texts[language] = await loadAppTexts(language);
    createRoot(root).render(
      <StrictMode>
        <DeploymentContext.Provider value={deployment}>
          <I18nextProvider i18n={createI18n(language, texts)}>
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
