import type { Language } from '../questionnaire/questionnaire.schema';
import type { DeploymentContact, DeploymentLinks } from './deployment-config.schema';

export type { DeploymentContact, DeploymentLinks } from './deployment-config.schema';

/**
 * The deployment configuration as the app uses it: every field decided, with
 * null where the app keeps its own default. Free of zod, so that the first
 * load can hold it before the file has been read.
 */
export interface DeploymentConfig {
  /** The deployer's name; null: the app's own name from its translations. */
  readonly name: string | null;
  /** Path of the logo on this site; null: the app's own mark. */
  readonly logo: string | null;
  /** The primary colour and a darker shade for hover; null: the app's own colours. */
  readonly theme: { readonly primary: string; readonly primaryDark: string } | null;
  readonly contact: DeploymentContact | null;
  readonly links: DeploymentLinks;
  /** Where readers reach the app, for the PDF's links (`pdfLinkBase`); null: not given. */
  readonly publicUrl: string | null;
  /** Used when the person has not chosen a language, before the browser's languages. */
  readonly defaultLanguage: Language | null;
  /** The questionnaires offered, all shipped with the app; never empty. */
  readonly questionnaires: readonly string[];
  /** The questionnaire the app opens: the first offered. */
  readonly questionnaire: string;
}

/** The deployer's documents, in the order the app and the PDF list them. */
export const DEPLOYER_LINK_KINDS = [
  'faq',
  'dpa',
  'privacy',
  'security',
] as const satisfies readonly (keyof DeploymentLinks)[];

/** How reading config.json went. */
export type ConfigOutcome =
  /** Read and used; `issues` then lists settings that were left out (warnings). */
  | 'ok'
  /** No file: HTTP 404 or 410, or the server's HTML page in its place. */
  | 'missing'
  /** The file could not be fetched: no network, a server error, no answer in time. */
  | 'unreadable'
  /** The file is not JSON. */
  | 'not-json'
  /** The file is JSON but breaks the format; none of it is used. */
  | 'invalid';

/** One problem in config.json, for the deployer: where (a JSON path) and what. */
export interface ConfigIssue {
  /** `$` for the whole file, else a JSON path such as `$.links.dpa`. */
  readonly path: string;
  readonly message: string;
}

export interface DeploymentConfigResult {
  readonly outcome: ConfigOutcome;
  /** Why the file was not used, or (outcome "ok") which settings were left out. */
  readonly issues: readonly ConfigIssue[];
  /** What the app runs with: the file's settings, or the defaults. */
  readonly config: DeploymentConfig;
}

/** The questionnaire the app offers when the configuration names none it ships. */
export const BUILT_IN_QUESTIONNAIRE = 'gdpr-readiness';

/** The app as shipped, with no deployment configuration. */
export function defaultDeploymentConfig(questionnaire = BUILT_IN_QUESTIONNAIRE): DeploymentConfig {
  return {
    name: null,
    logo: null,
    theme: null,
    contact: null,
    links: {},
    publicUrl: null,
    defaultLanguage: null,
    questionnaires: [questionnaire],
    questionnaire,
  };
}

/** True when the result is worth telling the deployer about. */
export function hasConfigProblems(result: DeploymentConfigResult): boolean {
  return result.outcome !== 'ok' || result.issues.length > 0;
}
