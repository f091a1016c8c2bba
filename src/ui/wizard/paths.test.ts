import { describe, expect, it } from 'vitest';
import type { WizardLocation } from '@/engine/wizard/location';
import { hrefFor, locationFromPath, modeFromPath, workshopPaths } from './paths';

const places: WizardLocation[] = [
  { screen: 'intro' },
  { screen: 'step', stepId: 'lawful-basis' },
  { screen: 'review' },
  { screen: 'exit', exitId: 'gdpr-not-applicable' },
  { screen: 'complete' },
];

describe('wizard paths in workshop mode', () => {
  it('puts every place under /workshop and reads it back', () => {
    for (const place of places) {
      const href = hrefFor(place, 'workshop');
      expect(href.startsWith('/workshop')).toBe(true);
      expect(locationFromPath(href)).toEqual(place);
      expect(modeFromPath(href)).toBe('workshop');
    }
    expect(hrefFor({ screen: 'intro' }, 'workshop')).toBe('/workshop');
    expect(hrefFor({ screen: 'review' }, 'workshop')).toBe('/workshop/review');
  });

  it('keeps the wizard paths as they were', () => {
    for (const place of places) {
      expect(modeFromPath(hrefFor(place))).toBe('wizard');
      expect(locationFromPath(hrefFor(place))).toEqual(place);
    }
    expect(hrefFor({ screen: 'step', stepId: 'scope' })).toBe('/assessment/scope');
  });

  it('accepts a trailing slash and rejects look-alikes', () => {
    expect(locationFromPath('/workshop/')).toEqual({ screen: 'intro' });
    expect(modeFromPath('/workshops')).toBe('wizard');
    expect(locationFromPath('/workshops')).toBeNull();
    expect(locationFromPath('/workshop/faq')).toBeNull();
  });

  it('gives the router a workshop route for every wizard route', () => {
    expect(workshopPaths).toEqual([
      '/workshop',
      '/workshop/assessment/:stepId',
      '/workshop/review',
      '/workshop/outcome/:exitId',
      '/workshop/results',
    ]);
  });
});
