// Written by scripts/shipped-data-plugin.ts when the app is built or served.
declare module 'virtual:shipped-questionnaires' {
  /** A file checked at build time: where it is served, and the SHA-256 of its bytes then. */
  export interface CheckedFile {
    readonly url: string;
    readonly sha256: string;
  }
  import type { Language } from '@/i18n/languages';
  export interface ShippedQuestionnaire {
    readonly structure: CheckedFile;
    /** The texts of each language, one file per language. */
    readonly texts: Readonly<Record<string, CheckedFile>>;
    /** Per language, the texts the intro shows (title, introduction), inlined at build time. */
    readonly leads: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
    readonly examples: readonly ShippedExample[];
  }
  /** An example answer set: what the intro lists, and the file with its answers. */
  export interface ShippedExample {
    readonly id: string;
    readonly title: Readonly<Record<Language, string>>;
    readonly description: Readonly<Record<Language, string>>;
    /** About how long the check takes such an organisation; null without the questionnaire's timing. */
    readonly minutes: number | null;
    readonly file: CheckedFile;
  }
  export const shippedQuestionnaires: Readonly<Record<string, ShippedQuestionnaire>>;
}

declare module 'virtual:shipped-config' {
  import type { DeploymentConfigResult } from '@/engine/config/deployment-config';
  /** The SHA-256 of public/config.json at build time, and what reading it gave. */
  export const shippedConfig: { readonly sha256: string; readonly result: DeploymentConfigResult };
}
