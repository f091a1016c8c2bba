import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  readonly url: string;
  /** Serves another build from now on, as a deployment replaces the files on a host. */
  serve(dir: string): void;
  close(): Promise<void>;
}

/**
 * A static host the way a real one behaves after a deployment: a file that is gone is a 404 (never
 * index.html), and any other path gets index.html for the app's own routing.
 */
export async function startStaticServer(dir: string): Promise<StaticServer> {
  let root = dir;
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path);
    const found = file.startsWith(root) && existsSync(file) && statSync(file).isFile();
    if (!found && extname(path) !== '') {
      response.writeHead(404).end();
      return;
    }
    const served = found ? file : join(root, 'index.html');
    response.writeHead(200, {
      'content-type': contentTypes[extname(served)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(served));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    serve: (next) => {
      root = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
