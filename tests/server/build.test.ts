/**
 * The server as `npm start` runs it: bundled by vite.server.config.ts and started with plain
 * `node` (no tsx, no bundler at run time), on an SQLite file it creates under DATA_DIR in WAL
 * mode, replays in the built worker (replayWorker.js); and two such processes against one
 * PostgreSQL give the same boards.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bestPath, casesOf, pathTaking, testDist, type TestCase } from './harness';
import { startPostgres, type Postgres } from './postgres';
import { newCaseSources } from './publishSources';

const root = resolve(import.meta.dirname, '../..');
const outDir = join(root, 'build', `server-test-${process.pid}`);
let postgres: Postgres | null = null;
const running: Server[] = [];

interface Server {
  readonly base: string;
  /** SIGTERM; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Starts `node build/…/main.js` with only the given environment (and PATH); resolves once it listens. */
function spawnServer(cwd: string, env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, [join(outDir, 'main.js')], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DIST_DIR: testDist(), LOG_LEVEL: 'warn', REPLAY_THREADS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return new Promise<Server>((res, rej) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (m?.[1] !== undefined) {
        const server = { base: m[1], stop: () => (child.kill('SIGTERM'), exited) };
        running.push(server);
        res(server);
      }
    });
    void exited.then((code) => rej(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

beforeAll(async () => {
  await build({ configFile: join(root, 'vite.server.config.ts'), root, logLevel: 'silent', build: { outDir } });
  expect(readFileSync(join(outDir, 'main.js'), 'utf8')).not.toMatch(/from ["'](tsx|vite)/);
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  postgres?.stop();
  rmSync(outDir, { recursive: true, force: true });
});

const post = (base: string, url: string, body: unknown, token?: string): Promise<Response> =>
  fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });

/** Registers on one server, starts on it, submits `choose(seed)` on another; returns the status. */
async function playOver(startOn: string, submitOn: string, token: string, c: TestCase, choose: (seed: number) => number[], key: string): Promise<number> {
  const s = (await (await post(startOn, '/api/attempts', { caseId: c.compiled.meta.id, storyHash: c.compiled.hash }, token)).json()) as { attemptId: string; seed: number; catalogueHash: string; scoringVersion: number };
  const res = await post(submitOn, '/api/submissions', { attemptId: s.attemptId, caseId: c.compiled.meta.id, storyHash: c.compiled.hash, scoringVersion: s.scoringVersion, catalogueHash: s.catalogueHash, path: choose(s.seed), idempotencyKey: key }, token);
  return res.status;
}

it('runs built with plain node: serves the game, creates its SQLite file in WAL mode, verifies with the built worker', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bank-lobby-server-built-'));
  const server = await spawnServer(dataDir, { DATA_DIR: join(dataDir, 'data') });
  const { base } = server;
  expect((await fetch(`${base}/api/health`)).status).toBe(200);
  expect((await fetch(`${base}/`)).headers.get('content-security-policy')).toContain("script-src 'self'");
  expect((await fetch(`${base}/content/cases/ffffffffffffffff.json`)).status).toBe(404);

  const file = join(dataDir, 'data', 'leaderboard.sqlite');
  expect(existsSync(file)).toBe(true);
  const db = new SQLite(file, { readonly: true });
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  db.close();

  const c = casesOf(testDist()).cases[0] as TestCase;
  const { token } = (await (await post(base, '/api/players', { name: '构建测试', branch: 'cbd', pin: '9876' })).json()) as { token: string };
  expect(await playOver(base, base, token, c, (seed) => bestPath(c, seed), 'built-server-key-1')).toBe(201);
  expect(await server.stop()).toBe(0);
});

it('two built server processes against one PostgreSQL give the same boards', async () => {
  postgres = startPostgres();
  const url = await postgres.newDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'bank-lobby-server-pg-'));
  const env = { DATABASE_URL: url, BRANCH_MIN_PLAYERS: '2', RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_PLAY: '1000' };
  const [a, b] = await Promise.all([spawnServer(dir, env), spawnServer(dir, env)]);
  const cases = casesOf(testDist()).cases;
  const branches = ['cbd', 'east-lake', 'railway'];
  const tokens: string[] = [];
  for (let i = 0; i < 6; i++) {
    const on = i % 2 === 0 ? a.base : b.base;
    tokens.push(((await (await post(on, '/api/players', { name: `进程${i}`, branch: branches[i % 3] ?? 'cbd', pin: '1357' })).json()) as { token: string }).token);
  }
  for (const [i, token] of tokens.entries()) {
    for (const [k, c] of cases.entries()) {
      const [x, y] = (i + k) % 2 === 0 ? [a.base, b.base] : [b.base, a.base];
      expect(await playOver(x, y, token, c, (seed) => pathTaking(c, seed, (n, turn) => (i + k + turn) % n), `proc-${i}-${k}-key`)).toBe(201);
    }
  }
  const urls = [...cases.map((c) => `/api/boards/cases/${c.compiled.hash}`), '/api/boards/branches', '/api/me/record'];
  for (const token of tokens) {
    const read = (base: string): Promise<unknown[]> => Promise.all(urls.map(async (u): Promise<unknown> => (await fetch(`${base}${u}`, { headers: { authorization: `Bearer ${token}` } })).json()));
    expect(await read(a.base)).toEqual(await read(b.base));
  }
  expect(await a.stop()).toBe(0);
  expect(await b.stop()).toBe(0);
});

it('built: admin is off without ADMIN_TOKEN; with it, a case published from the Studio is checked in the built worker and listed', async () => {
  const off = await spawnServer(mkdtempSync(join(tmpdir(), 'bank-lobby-server-admin-off-')), {});
  expect((await (await post(off.base, '/api/admin/login', { credential: 'x'.repeat(24) })).json()) as unknown).toMatchObject({ error: 'admin-disabled' });
  expect(await off.stop()).toBe(0);

  const credential = 'built-admin-credential-0123456789';
  const dir = mkdtempSync(join(tmpdir(), 'bank-lobby-server-admin-'));
  const server = await spawnServer(dir, { DATA_DIR: join(dir, 'data'), ADMIN_TOKEN: credential });
  const { token } = (await (await post(server.base, '/api/admin/login', { credential })).json()) as { token: string };
  const res = await post(server.base, '/api/admin/cases', { caseFile: 'built-case.ink', files: newCaseSources('built-case', '构建版发布') }, token);
  expect(res.status).toBe(201);
  const index = (await (await fetch(`${server.base}/content/index.json`)).json()) as { cases: { meta: { id: string } }[] };
  expect(index.cases.map((c) => c.meta.id)).toContain('built-case');
  expect(await server.stop()).toBe(0);
});
