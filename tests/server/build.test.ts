/**
 * The server as `npm start` runs it: bundled by vite.server.config.ts and started with plain
 * `node` (no tsx, no bundler at run time), on an SQLite file it creates under DATA_DIR in WAL
 * mode; replays run in the built worker (replayWorker.js).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bestPath, casesOf, testDist } from './harness';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'build', `server-test-${process.pid}`);
const dataDir = mkdtempSync(join(tmpdir(), 'bank-lobby-server-built-'));
let child: ChildProcess | null = null;
let base = '';
let stderr = '';

beforeAll(async () => {
  await build({ configFile: join(root, 'vite.server.config.ts'), root, logLevel: 'silent', build: { outDir } });
  expect(readFileSync(join(outDir, 'main.js'), 'utf8')).not.toMatch(/from ["']tsx|from ["']vite/);
  const dist = testDist();
  child = spawn(process.execPath, [join(outDir, 'main.js')], {
    cwd: dataDir,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DATA_DIR: join(dataDir, 'data'), DIST_DIR: dist, LOG_LEVEL: 'warn', REPLAY_THREADS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  base = await new Promise<string>((res, rej) => {
    let out = '';
    child?.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (m?.[1] !== undefined) res(m[1]);
    });
    child?.on('exit', (code) => rej(new Error(`server exited with ${code}: ${stderr}`)));
  });
});

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(outDir, { recursive: true, force: true });
});

it('runs built with plain node: serves the game, creates its SQLite file in WAL mode, verifies with the built worker', async () => {
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  expect((await fetch(`${base}/`)).headers.get('content-security-policy')).toContain("script-src 'self'");
  expect((await fetch(`${base}/content/cases/ffffffffffffffff.json`)).status).toBe(404);

  const file = join(dataDir, 'data', 'leaderboard.sqlite');
  expect(existsSync(file)).toBe(true);
  const db = new SQLite(file, { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  db.close();

  const c = casesOf(testDist()).cases[0];
  if (c === undefined) throw new Error('no case');
  const post = (url: string, body: unknown, token?: string): Promise<Response> =>
    fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });
  const { token } = (await (await post('/api/players', { name: '构建测试', branch: 'cbd', pin: '9876' })).json()) as { token: string };
  const s = (await (await post('/api/attempts', { caseId: c.compiled.meta.id, storyHash: c.compiled.hash }, token)).json()) as { attemptId: string; seed: number; catalogueHash: string; scoringVersion: number };
  const res = await post('/api/submissions', { attemptId: s.attemptId, caseId: c.compiled.meta.id, storyHash: c.compiled.hash, scoringVersion: s.scoringVersion, catalogueHash: s.catalogueHash, path: bestPath(c, s.seed), idempotencyKey: 'built-server-key-1' }, token);
  expect(res.status).toBe(201);
  expect(((await res.json()) as { score: number }).score).toBe(100);

  const exited = new Promise<number | null>((res) => child?.on('exit', (code) => res(code)));
  child?.kill('SIGTERM');
  expect(await exited).toBe(0);
  child = null;
});
