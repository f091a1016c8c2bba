import { describe, expect, it } from 'vitest';
import { absoluteLink, isLinkTarget, isLogoPath, isRasterLogo } from './config-links';

describe('link targets', () => {
  it.each([
    'https://example.org',
    'https://example.org/privacy',
    'https://example.org/docs/dpa.pdf?v=2#art-28',
    '/privacy',
    '/docs/dpa.pdf',
    '/',
  ])('accepts %s', (value) => {
    expect(isLinkTarget(value)).toBe(true);
  });

  it.each([
    ['javascript:alert(1)', 'script'],
    ['JavaScript:alert(1)', 'script in capitals'],
    ['data:text/html,<b>x</b>', 'data'],
    ['http://example.org', 'plain http'],
    ['ftp://example.org', 'another scheme'],
    ['mailto:privacy@example.org', 'mail (use contact.email)'],
    ['//evil.example/x', 'protocol-relative'],
    ['/\\evil.example', 'backslash that browsers read as //'],
    ['privacy.html', 'relative path'],
    ['https://', 'no host'],
    ['https:///path', 'empty host'],
    ['/with space', 'whitespace'],
    ['', 'empty'],
  ])('refuses %s (%s)', (value) => {
    expect(isLinkTarget(value)).toBe(false);
  });
});

describe('logo paths', () => {
  it.each([
    '/brand/logo.png',
    '/logo.PNG',
    '/brand/logo.jpg',
    '/brand/logo.jpeg',
    '/brand/mark.svg',
  ])('accepts %s', (value) => {
    expect(isLogoPath(value)).toBe(true);
  });

  it.each([
    'https://cdn.example/logo.png',
    '//cdn.example/logo.png',
    'data:image/png;base64,AAAA',
    'brand/logo.png',
    '/brand/logo.gif',
    '/brand/logo.png?v=2',
    '/brand/logo',
  ])('refuses %s', (value) => {
    expect(isLogoPath(value)).toBe(false);
  });

  it('tells the PDF which logos it can embed', () => {
    expect(isRasterLogo('/brand/logo.png')).toBe(true);
    expect(isRasterLogo('/brand/logo.JPG')).toBe(true);
    expect(isRasterLogo('/brand/mark.svg')).toBe(false);
  });
});

describe('absoluteLink', () => {
  it('puts a path on the app origin and leaves an https address alone', () => {
    expect(absoluteLink('/privacy', 'https://check.example/')).toBe(
      'https://check.example/privacy',
    );
    expect(absoluteLink('https://example.org/dpa', 'https://check.example')).toBe(
      'https://example.org/dpa',
    );
  });

  it('gives no link for a path without a base, and keeps an https address', () => {
    expect(absoluteLink('/docs/dpa.pdf', null)).toBeNull();
    expect(absoluteLink('https://example.org/dpa', null)).toBe('https://example.org/dpa');
  });
});
