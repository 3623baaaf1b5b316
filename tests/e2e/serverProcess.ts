/**
 * Starts the leaderboard server as `npm start` runs it (built to plain Node by
 * vite.server.config.ts) on a free port with its own SQLite folder, serving this checkout's
 * dist/. For the end-to-end tests that need the game and the API on one origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

export interface RunningServer {
  /** `http://127.0.0.1:<port>/` */
  readonly base: string;
  stop(): void;
}

const root = resolve(import.meta.dirname, '../..');

export async function startServer(env: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  const work = mkdtempSync(join(tmpdir(), 'server-e2e-'));
  // Inside the repository, so the built server finds node_modules (its packages stay external).
  const outDir = join(root, 'build', `server-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  await build({ configFile: join(root, 'vite.server.config.ts'), root, logLevel: 'silent', build: { outDir } });
  const child: ChildProcess = spawn(process.execPath, [join(outDir, 'main.js')], {
    cwd: work,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DIST_DIR: join(root, 'dist'), DATA_DIR: join(work, 'data'), LOG_LEVEL: 'warn', REPLAY_THREADS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = (): void => {
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  };
  try {
    const base = await new Promise<string>((res, rej) => {
      let out = '';
      let err = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /running at (http:\/\/[^\s]+\/)/.exec(out);
        if (m?.[1] !== undefined) res(m[1]);
      });
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => rej(new Error(`server exited with ${code}: ${err}`)));
    });
    return { base, stop };
  } catch (e) {
    stop();
    throw e;
  }
}
