import { describe, expect, it } from 'vitest';
import type { WizardLocation } from '@/engine/wizard/location';
import { canonicalPathname, hrefFor, locationFromPath, modeFromPath, workshopPaths } from './paths';

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

describe('wizard paths whatever their case', () => {
  it('reads a path with capitals as the router matches it, and builds its lower-case spelling', () => {
    const spellings: [string, WizardLocation, string][] = [
      ['/Results', { screen: 'complete' }, '/results'],
      ['/REVIEW/', { screen: 'review' }, '/review'],
      [
        '/Assessment/Lawful-Basis',
        { screen: 'step', stepId: 'lawful-basis' },
        '/assessment/lawful-basis',
      ],
      [
        '/Outcome/GDPR-Not-Applicable',
        { screen: 'exit', exitId: 'gdpr-not-applicable' },
        '/outcome/gdpr-not-applicable',
      ],
      ['/Workshop/Results', { screen: 'complete' }, '/workshop/results'],
    ];
    for (const [path, place, canonical] of spellings) {
      expect(locationFromPath(path)).toEqual(place);
      expect(hrefFor(place, modeFromPath(path))).toBe(canonical);
      expect(canonicalPathname(path).replace(/\/$/, '')).toBe(canonical);
    }
    expect(modeFromPath('/WORKSHOP')).toBe('workshop');
    expect(locationFromPath('/Resultss')).toBeNull();
  });

  it('leaves percent escapes as the browser wrote them', () => {
    expect(canonicalPathname('/Assessment/%C3%A9A')).toBe('/assessment/%C3%A9a');
    expect(canonicalPathname('/faq')).toBe('/faq');
  });
});
