import { jsonPath } from '../json-path';
import type { z } from '../zod';
import { AA_NORMAL_TEXT, contrastRatio, darken, formatRatio } from './contrast';
import {
  BUILT_IN_QUESTIONNAIRE,
  defaultDeploymentConfig,
  type ConfigIssue,
  type DeploymentConfig,
  type DeploymentConfigResult,
} from './deployment-config';
import { DeploymentConfigSchema, type DeploymentConfigFile } from './deployment-config.schema';
import { normalPublicUrl } from './public-url';

/**
 * From the answer to `GET /config.json` to the configuration the app runs
 * with. Pure: the caller fetches, this decides.
 *
 * - No file (404, 410, or an HTML page where the file should be), a file that
 *   cannot be fetched, a file that is not JSON, or one that breaks the format:
 *   the app runs on its defaults, and the result says why.
 * - A valid file is used, except for settings that cannot be used as given,
 *   which are listed as warnings and left at their defaults: fields the format
 *   does not know (often a typo), a primary colour with too little contrast,
 *   and questionnaire ids the app does not ship.
 */

/** What the fetch of config.json gave. */
export type ConfigResponse =
  | { readonly kind: 'response'; readonly status: number; readonly text: string }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * The colours the primary colour is set on or against: white (button text and
 * panels) and the page background, `--color-background` in styles.css.
 */
export const CONTRAST_SURFACES = [
  { color: '#ffffff', name: 'white' },
  { color: '#f4f6f8', name: 'the page background' },
] as const;

/** How much darker the hover shade of the primary colour is (mixed with black). */
export const HOVER_DARKEN = 0.25;

export function readDeploymentConfig(
  response: ConfigResponse,
  shippedQuestionnaires: readonly string[],
): DeploymentConfigResult {
  const fallback = defaultDeploymentConfig(builtIn(shippedQuestionnaires));
  const fail = (outcome: DeploymentConfigResult['outcome'], message: string) => ({
    outcome,
    issues: [{ path: '$', message }],
    config: fallback,
  });
  if (response.kind === 'failed')
    return fail('unreadable', `config.json could not be fetched: ${response.message}`);
  if (response.status === 404 || response.status === 410)
    return fail('missing', `config.json was not found (HTTP ${response.status})`);
  if (response.status < 200 || response.status > 299)
    return fail('unreadable', `config.json could not be fetched (HTTP ${response.status})`);
  const text = response.text.replace(/^\uFEFF/, '');
  if (/^\s*</.test(text))
    return fail(
      'missing',
      'the server sent an HTML page instead of config.json, as many servers do for a file that does not exist',
    );
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(
      'not-json',
      `config.json is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  return resolveDeploymentConfig(data, shippedQuestionnaires);
}

/** Checks parsed JSON against the format and turns it into the configuration the app uses. */
export function resolveDeploymentConfig(
  data: unknown,
  shippedQuestionnaires: readonly string[],
): DeploymentConfigResult {
  const fallback = defaultDeploymentConfig(builtIn(shippedQuestionnaires));
  const first = DeploymentConfigSchema.safeParse(data);
  let file: DeploymentConfigFile;
  const warnings: ConfigIssue[] = [];
  if (first.success) {
    file = first.data;
  } else {
    const unknown = first.error.issues.filter((i) => i.code === 'unrecognized_keys');
    const errors = first.error.issues.filter((i) => i.code !== 'unrecognized_keys');
    const unknownIssues = unknown.flatMap((issue) =>
      issue.keys.map((key) => ({
        path: jsonPath([...issue.path, key]),
        message: 'is not a setting of this format and is ignored (check its spelling)',
      })),
    );
    if (errors.length > 0)
      return {
        outcome: 'invalid',
        issues: [...shapeIssues(errors), ...unknownIssues],
        config: fallback,
      };
    // Only unknown fields: use the rest of the file.
    const second = DeploymentConfigSchema.safeParse(withoutKeys(data, unknown));
    if (!second.success)
      return { outcome: 'invalid', issues: shapeIssues(second.error.issues), config: fallback };
    file = second.data;
    warnings.push(...unknownIssues);
  }

  const theme = file.primaryColor === undefined ? null : checkedTheme(file.primaryColor, warnings);
  const { questionnaires, questionnaire } = offeredQuestionnaires(
    file.questionnaires,
    shippedQuestionnaires,
    warnings,
  );
  const config: DeploymentConfig = {
    name: file.name ?? null,
    logo: file.logo ?? null,
    theme,
    contact: file.contact && Object.keys(file.contact).length > 0 ? file.contact : null,
    links: file.links ?? {},
    publicUrl: file.publicUrl === undefined ? null : normalPublicUrl(file.publicUrl),
    defaultLanguage: file.defaultLanguage ?? null,
    questionnaires,
    questionnaire,
  };
  return { outcome: 'ok', issues: warnings, config };
}

function builtIn(shipped: readonly string[]): string {
  return shipped.includes(BUILT_IN_QUESTIONNAIRE)
    ? BUILT_IN_QUESTIONNAIRE
    : (shipped[0] ?? BUILT_IN_QUESTIONNAIRE);
}

function shapeIssues(issues: readonly z.core.$ZodIssue[]): ConfigIssue[] {
  return issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message }));
}

/** A copy of the data without the keys zod reported as unknown. */
function withoutKeys(data: unknown, unknown: readonly z.core.$ZodIssueUnrecognizedKeys[]): unknown {
  const copy = structuredClone(data) as Record<string, unknown>;
  for (const issue of unknown) {
    let target: unknown = copy;
    for (const step of issue.path) target = (target as Record<PropertyKey, unknown>)[step];
    for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
  }
  return copy;
}

/** The colour and its hover shade, or null with a warning when text on it would be hard to read. */
function checkedTheme(primary: string, warnings: ConfigIssue[]): DeploymentConfig['theme'] {
  const color = primary.toLowerCase();
  const failing = CONTRAST_SURFACES.map((surface) => ({
    ...surface,
    ratio: contrastRatio(color, surface.color),
  })).filter((s) => s.ratio < AA_NORMAL_TEXT);
  if (failing.length === 0) return { primary: color, primaryDark: darken(color, HOVER_DARKEN) };
  const ratios = failing
    .map((s) => `${formatRatio(s.ratio)} with ${s.name} (${s.color})`)
    .join(' and ');
  warnings.push({
    path: '$.primaryColor',
    message: `${color} has a contrast of ${ratios}; text needs at least ${AA_NORMAL_TEXT}:1 (WCAG AA), so the default colour is used. Choose a darker colour.`,
  });
  return null;
}

function offeredQuestionnaires(
  wanted: readonly string[] | undefined,
  shipped: readonly string[],
  warnings: ConfigIssue[],
): Pick<DeploymentConfig, 'questionnaires' | 'questionnaire'> {
  const offered: string[] = [];
  (wanted ?? []).forEach((id, i) => {
    if (!shipped.includes(id))
      warnings.push({
        path: `$.questionnaires[${i}]`,
        message: `no questionnaire "${id}" is shipped with this app (it has: ${shipped.join(', ')}); it is left out`,
      });
    else if (!offered.includes(id)) offered.push(id);
  });
  if (offered.length === 0) offered.push(builtIn(shipped));
  return { questionnaires: offered, questionnaire: offered[0] ?? builtIn(shipped) };
}
