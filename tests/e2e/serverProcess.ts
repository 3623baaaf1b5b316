/**
 * Starts the leaderboard server as `npm start` runs it (built to plain Node by
 * vite.server.config.ts) on a free port with its own SQLite folder, serving this checkout's
 * dist/: for the end-to-end tests that need the game and the API on one origin. A thin layer over
 * the server tests' own built-server helpers (tests/server/builtServer.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
