import { describe, expect, it } from 'vitest';
import { EXPORT_TYPE, EXPORT_VERSION, MAX_ASSESSMENTS } from '@/engine/transfer/export-file.schema';
import { exportJsonSchema } from '@/engine/transfer/export-json-schema';

describe('public/assessment-export.schema.json', () => {
  // Regenerate with `npm run schema` after changing export-file.schema.ts or session.schema.ts.
  it('matches the zod schema it is generated from', async () => {
    await expect(exportJsonSchema()).toMatchFileSnapshot('../public/assessment-export.schema.json');
  });

  it('documents the envelope the app writes', () => {
    const schema = JSON.parse(exportJsonSchema()) as {
      title: string;
      required: string[];
      properties: Record<string, { const?: unknown; maxItems?: number }>;
    };
    expect(schema.title).toBe('GDPR readiness assessment export');
    expect(schema.required).toEqual(['type', 'version', 'exportedAt', 'assessments']);
    expect(schema.properties.type?.const).toBe(EXPORT_TYPE);
    expect(schema.properties.version?.const).toBe(EXPORT_VERSION);
    expect(schema.properties.assessments?.maxItems).toBe(MAX_ASSESSMENTS);
    expect(JSON.stringify(schema)).toContain('"gdpr-readiness-session"');
  });
});
