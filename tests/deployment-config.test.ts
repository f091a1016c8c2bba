import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deploymentConfigJsonSchema } from '@/engine/config/deployment-config.schema';
import {
  CONTRAST_SURFACES,
  readDeploymentConfig,
  resolveDeploymentConfig,
} from '@/engine/config/read-deployment-config';
import { questionnaireIds } from '../scripts/questionnaire-files';

const SHIPPED = questionnaireIds();
const root = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('public/config.schema.json', () => {
  // Regenerate with `npm run schema` after changing deployment-config.schema.ts.
  it('matches the zod schema it is generated from', async () => {
    await expect(deploymentConfigJsonSchema()).toMatchFileSnapshot('../public/config.schema.json');
  });
});

describe('the shipped config.json', () => {
  it('is valid and neutral, so a fresh deploy shows no warning', () => {
    const result = readDeploymentConfig(
      { kind: 'response', status: 200, text: read('public/config.json') },
      SHIPPED,
    );
    expect(result.outcome).toBe('ok');
    expect(result.issues).toEqual([]);
    expect(result.config.name).toBeNull();
    expect(result.config.theme).toBeNull();
  });
});

describe('the README', () => {
  it('shows a complete example config.json that is valid and fully used', () => {
    const section = read('README.md').split('## Deployment configuration')[1] ?? '';
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example, 'a ```json block in "Deployment configuration"').toBeDefined();
    const result = resolveDeploymentConfig(JSON.parse(example ?? ''), SHIPPED);
    expect(result.issues).toEqual([]);
    for (const value of Object.values(result.config)) expect(value).not.toBeNull();
  });
});

describe('the colours the contrast check assumes', () => {
  it('are the stylesheet’s background, and the default primary colour passes', () => {
    const css = read('src/ui/styles.css');
    const property = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(css)?.[1];
    expect(CONTRAST_SURFACES.map((s) => s.color)).toContain(property('color-background'));
    expect(CONTRAST_SURFACES.map((s) => s.color)).toContain(property('color-surface'));
    const primary = property('color-primary');
    expect(resolveDeploymentConfig({ primaryColor: primary }, SHIPPED).issues).toEqual([]);
  });
});
