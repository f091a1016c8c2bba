import { describe, expect, it } from 'vitest';
import { questionnaireJsonSchema } from '@/engine/questionnaire/questionnaire-json-schema';

describe('questionnaires/questionnaire.schema.json', () => {
  // Regenerate with `npm run schema` after changing questionnaire.schema.ts.
  it('matches the zod schema it is generated from', async () => {
    await expect(questionnaireJsonSchema()).toMatchFileSnapshot(
      '../questionnaires/questionnaire.schema.json',
    );
  });

  it('describes conditions recursively and lists every question type', () => {
    const schema = JSON.parse(questionnaireJsonSchema()) as { $defs?: Record<string, unknown> };
    const text = JSON.stringify(schema);
    for (const type of ['singleChoice', 'multiChoice', 'number', 'shortText', 'longText']) {
      expect(text).toContain(`"const":"${type}"`);
    }
    expect(text).toContain('"$ref"');
  });
});
