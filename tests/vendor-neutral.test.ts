import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/questionnaire-files';

/**
 * The app grew out of one vendor's GDPR page; it is now vendor-neutral, and a
 * deployer puts their own name in `public/config.json`. No vendor's name may
 * come back into the code, the shipped files or the questionnaires.
 */
const VENDOR_NAME = /web[\s_-]?crm/i;
const FOLDERS = ['src', 'public', 'questionnaires'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

describe('vendor neutrality', () => {
  it(`names no vendor in ${FOLDERS.join(', ')}`, () => {
    const all = FOLDERS.flatMap((folder) => files(join(repoRoot, folder)));
    expect(all.length).toBeGreaterThan(50);
    const hits = all.filter(
      (path) => VENDOR_NAME.test(path) || VENDOR_NAME.test(readFileSync(path, 'latin1')),
    );
    expect(hits.map((path) => relative(repoRoot, path))).toEqual([]);
  });
});
