import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
// Shared with the headers `npm start` sends, which add what a meta tag cannot (frame-ancestors).
import { CONTENT_SECURITY_POLICY } from './scripts/security-headers.mjs';
import { pdfFonts } from './scripts/pdf-fonts-plugin';
import { shippedData } from './scripts/shipped-data-plugin';

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicy(),
    shippedData(),
    pdfFonts(),
    VitePWA({
      // A new version waits until the person agrees (src/ui/components/update-banner.tsx): taking over
      // an open tab would delete the chunks its next lazy route still needs.
      registerType: 'prompt',
      // Registered from the app after the first render, so it never delays the first paint.
      injectRegister: false,
      includeAssets: ['icon.svg', 'robots.txt'],
      manifest: {
        name: 'GDPR readiness check',
        short_name: 'GDPR check',
        description: 'A private GDPR readiness self-assessment that runs entirely in your browser.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f4f6f8',
        theme_color: '#1d4e89',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Without clientsClaim the first visit stays uncontrolled and is not available offline. It
        // claims open tabs only when a worker activates: at first install, or after the person chose
        // to reload (or closed every tab), since a new worker waits instead of skipping waiting.
        clientsClaim: true,
        skipWaiting: false,
        globPatterns: ['**/*.{js,css,html,svg,png,json,ttf,txt,webmanifest}'],
        // config.json belongs to the deployer, who may edit it on the server without a new build:
        // a precached copy would outlive that edit. It is fetched network-first instead (and kept
        // for offline use), and so are images outside the build, such as the deployer's logo.
        globIgnores: ['**/node_modules/**/*', 'config.json', 'config.schema.json'],
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/config.json',
            handler: 'NetworkFirst',
            options: { cacheName: 'deployment-config', networkTimeoutSeconds: 3 },
          },
          {
            urlPattern: ({ request, sameOrigin }) => sameOrigin && request.destination === 'image',
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'deployment-images', expiration: { maxEntries: 20 } },
          },
        ],
        navigateFallback: '/index.html',
        // A path that names a file, such as a deployer's /docs/dpa.pdf, is the server's, not the app's.
        navigateFallbackDenylist: [/\/[^/]+\.[^/]+$/],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
    }),
  ],
  // The plugins above reach a worker only in dev: the PDF worker's build needs its fonts here too.
  worker: { plugins: () => [pdfFonts()] },
  resolve: {
    alias: {
      '@': new URL('./src', import.meta.url).pathname,
      // jsPDF's optional html2canvas, dompurify and canvg serve only doc.html() and SVG images,
      // which the report never uses: a stub keeps them (and canvg's core-js) out of dist.
      html2canvas: new URL('./src/report/pdf/empty-module.ts', import.meta.url).pathname,
      dompurify: new URL('./src/report/pdf/empty-module.ts', import.meta.url).pathname,
      canvg: new URL('./src/report/pdf/empty-module.ts', import.meta.url).pathname,
    },
  },
  // Never inline assets as data: URLs: questionnaire JSON is fetched, and the CSP allows only 'self'.
  build: { target: 'es2022', sourcemap: false, assetsInlineLimit: 0 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  test: {
    // Generous: PDF rendering and generated walks share 2 cores with everything else in CI.
    testTimeout: 30_000,
    // Suites render their PDF once in beforeAll, which takes well over the default 10 s under load.
    hookTimeout: 120_000,
    // Vitest leaves one core free by default; on a 2-core machine that is a single worker.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // Unit files share loaded modules: re-importing zod, jsPDF and the questionnaire for each of ~90 files
          // cost two thirds of the run. They hold no global state (no mocks, stubs or language switches);
          // the dom project keeps isolation because its files mock modules and stub fetch.
          isolate: false,
          include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'tests/**/*.test.tsx'],
          setupFiles: ['tests/helpers/dom-setup.ts'],
        },
      },
    ],
  },
});
