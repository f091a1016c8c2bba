import { describe, expect, it } from 'vitest';
import { lookup, textFile, webshop } from '../../../tests/helpers/transfer';
import { ExportFileSchema } from './export-file.schema';
import { parseImport } from './parse-import';
import { EXPORT_SCHEMA_PATH, serializeExport } from './serialize-export';

const assessment = { name: 'Acme BV', createdAt: '2026-01-10T09:00:00.000Z', session: webshop };
const now = new Date('2026-02-01T12:00:00Z');

describe('serializeExport', () => {
  it('writes a file that passes the export schema, stamped with the time', () => {
    const data: unknown = JSON.parse(serializeExport([assessment], { now }));
    expect(ExportFileSchema.parse(data)).toEqual({
      type: 'gdpr-readiness-export',
      version: 1,
      exportedAt: '2026-02-01T12:00:00.000Z',
      assessments: [assessment],
    });
  });

  it('points editors at the JSON Schema when asked, and the file still imports', () => {
    const schemaUrl = `https://gdpr-check.example${EXPORT_SCHEMA_PATH}`;
    const text = serializeExport([assessment], { now, schemaUrl });
    expect(JSON.parse(text)).toMatchObject({ $schema: schemaUrl });
    expect(parseImport(textFile(text), lookup)).toMatchObject({
      ok: true,
      assessments: [{ name: 'Acme BV', session: webshop }],
    });
  });

  it('carries who assessed and who took part through export and import', () => {
    const team = { assessedBy: 'Łucja Dvořák', participants: 'Anna <a@x.nl>, Bram' };
    const text = serializeExport([{ ...assessment, session: { ...webshop, team } }], { now });
    const result = parseImport(textFile(text), lookup);
    expect(result).toMatchObject({ ok: true, assessments: [{ session: { team } }] });
  });

  it('is indented text ending in a newline', () => {
    const text = serializeExport([assessment], { now });
    expect(text.startsWith('{\n  "type"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });
});
