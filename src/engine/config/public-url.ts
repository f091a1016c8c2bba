/**
 * Where the report PDF's links to the app's own pages (the FAQ, the DPA guide, a deployer's
 * document given as a path) point. A PDF is read later, elsewhere, by someone who was not at the
 * screen it was made on: a link to the address the app happened to be served from
 * (`http://127.0.0.1:4173`, a laptop on the office network) is dead for that reader. So:
 *
 * 1. the deployment's `publicUrl` (config.json, or `--public-url` for the CLI) when given;
 * 2. else the origin the app was served from, when it is one a reader elsewhere can reach: an
 *    http(s) address whose host is a domain name with a dot that is not kept for local use,
 *    or a public IP address;
 * 3. else none: the PDF names the page without a link.
 *
 * Never a loopback address or `localhost`, whichever way it came.
 */

/** Host names that only ever name this machine or the local network. */
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|localdomain|internal|intranet|lan|home\.arpa)$/;

/**
 * Whether `hostname` (as `URL.hostname` gives it: lower case, IPv6 in brackets) names this
 * machine: `localhost` and its subdomains, 127.0.0.0/8, `::1`, or the unspecified `0.0.0.0`/`::`.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const v4 = ipv4(host) ?? mappedIpv4(host);
  if (v4) return v4[0] === 127 || v4[0] === 0;
  return host === '::1' || host === '::';
}

/**
 * Whether a reader on another network can reach `hostname`: not loopback, not a private,
 * link-local or shared (CGNAT) address, not a name without a dot (`intranet`) nor one under a
 * suffix kept for local networks (`.local`, `.internal`, `.lan`, `.home.arpa`…).
 */
export function isPublicHost(hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === '' || isLoopbackHost(host)) return false;
  const v4 = ipv4(host) ?? mappedIpv4(host);
  if (v4) {
    const [a, b] = v4 as [number, number, number, number];
    return !(
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  if (host.includes(':')) return !/^(?:f[cd]|fe[89ab])/.test(host);
  return host.includes('.') && !LOCAL_NAME.test(host);
}

/**
 * A `publicUrl` as the PDF uses it, or null when it cannot be one: an https:// address with a
 * host that is not loopback, without query or fragment; the path (an app served under
 * `/tools/gdpr`) is kept, without its final `/`.
 */
export function normalPublicUrl(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.hostname === '' || isLoopbackHost(url.hostname)) return null;
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '')
    return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * The address the PDF's links to the app's own pages start with, or null for no links (see the
 * rules above). `origin` is where the app runs (`location.origin`), null when unknown (the CLI).
 *
 * @example
 * pdfLinkBase({ publicUrl: null, origin: 'http://127.0.0.1:4173' }) // null
 * pdfLinkBase({ publicUrl: 'https://check.example.org/', origin: null }) // 'https://check.example.org'
 */
export function pdfLinkBase(where: {
  readonly publicUrl: string | null;
  readonly origin: string | null;
}): string | null {
  if (where.publicUrl !== null) {
    const base = normalPublicUrl(where.publicUrl);
    if (base !== null) return base;
  }
  if (where.origin === null) return null;
  try {
    const url = new URL(where.origin);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return isPublicHost(url.hostname) ? url.origin : null;
  } catch {
    return null;
  }
}

function ipv4(host: string): number[] | null {
  const match = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  return parts.every((n) => n <= 255) ? parts : null;
}

/** The IPv4 address inside an IPv4-mapped IPv6 one, as `URL` writes it (`::ffff:7f00:1`). */
function mappedIpv4(host: string): number[] | null {
  const dotted = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(host);
  if (dotted) return ipv4(dotted[1]!);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(host);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255];
}
