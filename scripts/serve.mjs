// Serves the production build from dist/ on the loopback interface and prints its address.
import { preview } from 'vite';
import { SECURITY_HEADERS } from './security-headers.mjs';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: {
    host: '127.0.0.1',
    port,
    strictPort: false,
    open: false,
    // On every file, sw.js included: the service worker's own policy comes from its response.
    headers: { ...SECURITY_HEADERS },
  },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nGDPR readiness check is running at ${url}\nPress Ctrl+C to stop.\n`);
