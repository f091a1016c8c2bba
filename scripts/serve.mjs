// Serves the production build from dist/ on the loopback interface and prints its address.
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({
  preview: { host: '127.0.0.1', port, strictPort: false, open: false },
  logLevel: 'warn',
});
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nGDPR readiness check is running at ${url}\nPress Ctrl+C to stop.\n`);
