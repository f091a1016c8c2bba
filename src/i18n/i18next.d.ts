import 'i18next';
import type en from './locales/en.json';
import type workflowEn from './locales/workflow.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    // The workflow texts join `common` when their screens load (see use-workflow-texts.ts).
    resources: { common: typeof en & typeof workflowEn };
  }
}
