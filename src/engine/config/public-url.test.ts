import { describe, expect, it } from 'vitest';
import { isLoopbackHost, isPublicHost, normalPublicUrl, pdfLinkBase } from './public-url';

const hostOf = (origin: string) => new URL(origin).hostname;

describe('isPublicHost', () => {
  it.each([
    'http://127.0.0.1:4173',
    'http://127.8.9.1',
    'http://localhost:5173',
    'http://app.localhost',
    'http://0.0.0.0:4173',
    'http://[::1]:4173',
    'http://[::]:80',
    'http://[::ffff:127.0.0.1]',
    'http://[::ffff:10.0.0.1]',
    'http://10.1.2.3',
    'http://172.16.0.1',
    'http://172.31.255.255',
    'http://192.168.1.20:8080',
    'http://169.254.10.1',
    'http://100.64.0.1',
    'http://[fd12:3456::1]',
    'http://[fe80::1]',
    'http://intranet',
    'http://printer.local',
    'http://gdpr.internal',
    'http://nas.lan',
    'http://router.home.arpa',
  ])('%s is not reachable from elsewhere', (origin) => {
    expect(isPublicHost(hostOf(origin))).toBe(false);
  });

  it.each([
    'https://gdpr-check.example.org',
    'http://check.partners.nl:8080',
    'https://172.32.0.1',
    'https://8.8.8.8',
    'https://[2001:db8::1]',
  ])('%s is', (origin) => {
    expect(isPublicHost(hostOf(origin))).toBe(true);
  });
});

describe('isLoopbackHost', () => {
  it('names this machine, not the local network', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('192.168.1.2')).toBe(false);
    expect(isLoopbackHost('example.org')).toBe(false);
  });
});

describe('normalPublicUrl', () => {
  it('keeps an https origin and path without the final slash', () => {
    expect(normalPublicUrl('https://check.example.org/')).toBe('https://check.example.org');
    expect(normalPublicUrl('https://Example.org/tools/gdpr/')).toBe(
      'https://example.org/tools/gdpr',
    );
  });

  it.each([
    'http://check.example.org',
    'https://localhost/',
    'https://127.0.0.1',
    'https://example.org/?a=1',
    'https://example.org/#faq',
    'https://user:pw@example.org',
    'javascript:alert(1)',
    '/faq',
    '',
  ])('refuses %s', (value) => {
    expect(normalPublicUrl(value)).toBeNull();
  });
});

describe('pdfLinkBase', () => {
  it('takes the public URL over where the app runs', () => {
    expect(
      pdfLinkBase({ publicUrl: 'https://check.example.org/', origin: 'https://other.example' }),
    ).toBe('https://check.example.org');
    expect(pdfLinkBase({ publicUrl: 'https://check.example.org', origin: null })).toBe(
      'https://check.example.org',
    );
  });

  it('without one, uses an origin a reader can reach', () => {
    expect(pdfLinkBase({ publicUrl: null, origin: 'https://gdpr.partners.nl' })).toBe(
      'https://gdpr.partners.nl',
    );
    expect(pdfLinkBase({ publicUrl: null, origin: 'http://gdpr.partners.nl:8080' })).toBe(
      'http://gdpr.partners.nl:8080',
    );
  });

  it('gives no links for a loopback, private or unknown origin', () => {
    for (const origin of ['http://127.0.0.1:4173', 'http://localhost:5173', 'http://10.0.0.4'])
      expect(pdfLinkBase({ publicUrl: null, origin })).toBeNull();
    expect(pdfLinkBase({ publicUrl: null, origin: null })).toBeNull();
    expect(pdfLinkBase({ publicUrl: null, origin: 'file://' })).toBeNull();
  });

  it('never links to loopback, even when the public URL names it', () => {
    expect(
      pdfLinkBase({ publicUrl: 'https://localhost:4173', origin: 'http://127.0.0.1:4173' }),
    ).toBeNull();
  });
});
