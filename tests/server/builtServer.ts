/**
 * The built server as a child process, for tests that need a real process (kill -9, restarts):
 * `buildServer()` bundles src/server with vite.server.config.ts into a folder of the caller's own
 * (so parallel test files never share or clobber one build), and `spawnServer()` starts
 * `node <outDir>/main.js` with only the given environment and resolves once it listens.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { testDist } from './harness';

const root = resolve(import.meta.dirname, '../..');

/**
 * Builds the server into build/<name>-<pid> (inside the repository, so the built server finds
 * node_modules: its packages stay external); returns the folder (remove it with `removeBuild`).
 * Test files of one vitest worker share a pid: give each its own `name`.
 */
export async function buildServer(name: string): Promise<string> {
  const outDir = join(root, 'build', `${name}-${process.pid}`);
  await build({ configFile: join(root, 'vite.server.config.ts'), root, logLevel: 'silent', build: { outDir } });
  return outDir;
}

export function removeBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}

export interface ServerProcess {
  /** http://127.0.0.1:port */
  readonly base: string;
  readonly pid: number;
  /** SIGTERM, a clean stop; resolves with the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL (kill -9): no shutdown code runs; resolves when the process is gone. */
  kill9(): Promise<void>;
  /** What the process wrote to stderr so far. */
  stderr(): string;
}

/**
 * Starts the built server in `cwd` with PORT=0 (a free port), the test dist, warn-level logs,
 * one replay thread and `env` (which may override any of those). Rejects with its stderr if it
 * exits before listening.
 */
export function spawnServer(outDir: string, cwd: string, env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, [join(outDir, 'main.js')], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DIST_DIR: env['DIST_DIR'] ?? testDist(), LOG_LEVEL: 'warn', REPLAY_THREADS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return new Promise<ServerProcess>((res, rej) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (m?.[1] !== undefined && child.pid !== undefined) {
        res({
          base: m[1],
          pid: child.pid,
          stop: () => (child.kill('SIGTERM'), exited),
          kill9: async () => {
            child.kill('SIGKILL');
            await exited;
          },
          stderr: () => stderr,
        });
      }
    });
    void exited.then((code) => rej(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}
