// The security policy the app is served with, in one place: the build puts the Content-Security-
// Policy into index.html (vite.config.ts); `npm start` (serve.mjs) and the browser tests' server
// (tests/e2e/global-setup.ts) send every header below; the README tells deployers to send the same.
// Plain JavaScript, because serve.mjs runs in Node without a TypeScript step.

/**
 * Everything the app loads comes from its own origin: no inline scripts or styles, no third-party
 * fonts, scripts or connections. The build also sets it as a meta tag, so it holds on any static
 * host; only in the production build, because the dev server injects inline scripts for hot reload.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The response headers for every file of the build, the service worker and index.html included. */
export const SECURITY_HEADERS = Object.freeze({
  // frame-ancestors is ignored in a meta tag, so only the header stops another site from showing
  // the app in a frame and tricking a person into clicking in it (clickjacking).
  'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
  // The browser never guesses a file's type: a JSON or text file is never run as script or page.
  'X-Content-Type-Options': 'nosniff',
  // Links to the deployer's pages or the law never tell those sites which page of the check a
  // person was on.
  'Referrer-Policy': 'no-referrer',
  // The check needs none of these; nothing in the page, or framed by it, gets to ask for them.
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
});
