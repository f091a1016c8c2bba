// What the bench measures side by side: this checkout's app, optionally another commit's app
// (BENCH_BASE), and the floor app. Each is built into its own folder and served by vite preview.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { buildFloor, repoRoot } from '../bundle-size';
import { log } from './stats';

export type TargetName = 'app' | 'base' | 'floor';

export interface Target {
  readonly name: TargetName;
  readonly url: string;
  /** Selectors that must all be visible for the first screen to count as ready. */
  readonly ready: readonly string[];
  /** The floor has no wizard: only load and heap are measured on it. */
  readonly isApp: boolean;
}

export interface ServedTargets {
  readonly targets: readonly Target[];
  readonly baseCommit: string | null;
  close(): Promise<void>;
}

const APP_READY = ['.intro h1', '.intro button'] as const;
// bench/floor renders one form; its label and field appear in the same render.
const FLOOR_READY = ['#root form label', '#root form input'] as const;

async function serve(root: string, outDir: string, configFile?: string | false) {
  return preview({
    root,
    configFile,
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  });
}

const urlOf = (server: PreviewServer) => server.resolvedUrls!.local[0]!;

/** Builds and serves the app, the floor and, when `baseRef` is given, that commit's app. */
export async function serveTargets(baseRef: string | undefined): Promise<ServedTargets> {
  const scratch = mkdtempSync(join(tmpdir(), 'gdpr-bench-'));
  const servers: PreviewServer[] = [];
  const targets: Target[] = [];
  let worktree: string | null = null;
  let baseCommit: string | null = null;
  try {
    // Not into dist/: a test run beside the bench may be serving it.
    log('building the app');
    const appDir = join(scratch, 'app');
    await build({
      root: repoRoot,
      logLevel: 'error',
      build: { outDir: appDir, emptyOutDir: true },
    });
    const app = await serve(repoRoot, appDir);
    servers.push(app);
    targets.push({ name: 'app', url: urlOf(app), ready: APP_READY, isApp: true });

    if (baseRef) {
      baseCommit = git(['rev-parse', '--verify', `${baseRef}^{commit}`]).trim();
      worktree = join(scratch, 'base');
      log(`building the base app from ${baseRef} (${baseCommit.slice(0, 9)})`);
      git(['worktree', 'add', '--detach', worktree, baseCommit]);
      symlinkSync(join(repoRoot, 'node_modules'), join(worktree, 'node_modules'));
      const config = join(worktree, 'vite.config.ts');
      const outDir = join(scratch, 'base-dist');
      await build({
        root: worktree,
        configFile: config,
        logLevel: 'error',
        build: { outDir, emptyOutDir: true },
      });
      const server = await serve(worktree, outDir, config);
      servers.push(server);
      targets.push({ name: 'base', url: urlOf(server), ready: APP_READY, isApp: true });
    }

    log('building the floor');
    const floorDir = join(scratch, 'floor');
    await buildFloor(floorDir);
    const floor = await serve(floorDir, floorDir, false);
    servers.push(floor);
    targets.push({ name: 'floor', url: urlOf(floor), ready: FLOOR_READY, isApp: false });
  } catch (error) {
    await closeAll(servers, worktree, scratch);
    throw error;
  }
  return { targets, baseCommit, close: () => closeAll(servers, worktree, scratch) };
}

async function closeAll(servers: PreviewServer[], worktree: string | null, scratch: string) {
  for (const server of servers) await server.close();
  if (worktree) git(['worktree', 'remove', '--force', worktree]);
  rmSync(scratch, { recursive: true, force: true });
}

const git = (args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' });
