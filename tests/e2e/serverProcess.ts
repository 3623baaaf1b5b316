/**
 * Starts the leaderboard server as `npm start` runs it (built to plain Node by
 * vite.server.config.ts) on a free port with its own SQLite folder, serving this checkout's
 * dist/: for the end-to-end tests that need the game and the API on one origin. A thin layer over
 * the server tests' own built-server helpers (tests/server/builtServer.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildServer, removeBuild, spawnServer } from '../server/builtServer';

export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  stop(): void;
}

const root = resolve(import.meta.dirname, '../..');

export async function startServer(env: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  const work = mkdtempSync(join(tmpdir(), 'server-e2e-'));
  // End-to-end files share a vitest worker's pid: each build gets its own folder.
  const outDir = await buildServer(`server-e2e-${Math.random().toString(36).slice(2, 8)}`);
  const clean = (): void => {
    rmSync(work, { recursive: true, force: true });
    removeBuild(outDir);
  };
  try {
    const server = await spawnServer(outDir, work, { DIST_DIR: join(root, 'dist'), DATA_DIR: join(work, 'data'), ...env });
    return {
      base: `${server.base}/`,
      stop: () => {
        void server.stop();
        clean(); // the running process has read its files; Linux keeps them open until it exits
      },
    };
  } catch (e) {
    clean();
    throw e;
  }
}

/**
 * Starts the built server once for the calling test file (`beforeAll`, up to 180 s with the
 * build) and stops it after (`afterAll`). `env` is added to the server's environment; `then`
 * runs after it is up (e.g. an organiser creating a competition). Read `base` inside tests.
 */
export function useServer(env: Readonly<Record<string, string>> = {}, then?: (base: string) => Promise<void>): { readonly base: string } {
  let server: RunningServer | null = null;
  beforeAll(async () => {
    server = await startServer(env);
    await then?.(server.base);
  }, 180_000);
  afterAll(() => server?.stop());
  return {
    get base(): string {
      if (server === null) throw new Error('the server is not started yet (read base inside a test)');
      return server.base;
    },
  };
}
