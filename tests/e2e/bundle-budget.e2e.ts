import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFloor, firstLoadJs, repoRoot, total } from '../../scripts/bundle-size';

// Sizes are deterministic, so they are asserted here; timings only ever go to `npm run bench`.
describe('first-load JavaScript budget', () => {
  // The build global-setup.ts serves: E2E_OUT_DIR when a run builds elsewhere.
  const dist = resolve(repoRoot, process.env.E2E_OUT_DIR ?? 'dist');

  it('is at most 1.15 times the floor of the fixed libraries (gzip)', async () => {
    const floor = await buildFloor('/tmp/gdpr-readiness-floor-test');
    const app = firstLoadJs(dist);
    const ratio = total(app, 'gzip') / total(floor, 'gzip');
    console.log(
      `first-load JS: app ${total(app, 'gzip')} B gzip, floor ${total(floor, 'gzip')} B gzip, ratio ${ratio.toFixed(3)}`,
    );
    expect(ratio).toBeLessThanOrEqual(1.15);
  });

  it('keeps jsPDF, its table plug-in and the PDF fonts out of the first load', () => {
    const html = readFileSync(resolve(dist, 'index.html'), 'utf8');
    expect(html).not.toMatch(/\.ttf/);
    for (const chunk of firstLoadJs(dist)) {
      const code = readFileSync(resolve(dist, chunk.file), 'utf8');
      expect(code, chunk.file).not.toContain('jsPDF');
      expect(code, chunk.file).not.toContain('autoTable');
      expect(code, chunk.file).not.toMatch(/DejaVuSans[\w-]*\.ttf/);
    }
  });
});
