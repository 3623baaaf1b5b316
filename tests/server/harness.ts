/**
 * Test harness for the server: a small built-game folder (three real cases from ink/, compiled by
 * the same build code, with the content index the game reads), a branch file, and helpers to
 * build an app on SQLite or PostgreSQL and to sign players in.
 *
 * The content folder is cached in the OS temp folder under a hash of the ink sources it comes
 * from, so the test files of one run compile the cases once.
 */
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildInk } from '../../src/build/buildInk';
import { advanceToStop, CaseSession, contentBundle, CONTENT_INDEX_PATH, modelPath, parseContentIndex, readCaseMetaFromJson, replayToEnd, type CaseResult, type Catalogue, type CompiledCase, type ContentIndex } from '../../src/core';
import { buildApp, type AppOptions, type RateLimits } from '../../src/server/app';
import { openDatabase, type DatabaseHandle, type DatabaseTarget } from '../../src/server/db/connect';
import type { FastifyInstance } from 'fastify';

const INK = resolve(import.meta.dirname, '../../ink');
export const CASE_FILES = ['angry-customer.ink', 'closing-time.ink', 'cash-escort.ink'];

export const BRANCHES = {
  _说明: 'test branches',
  branches: [
    { id: 'cbd', name: '中央商务区支行', region: '城区' },
    { id: 'east-lake', name: '东湖支行', region: '城区' },
    { id: 'railway', name: '火车站支行' },
    { id: 'harbour', name: '港口支行', region: '沿海' },
  ],
};

/** A folder laid out like dist/: index.html, one asset, config/branches.json, content/. */
export function testDist(): string {
  const sources = ['common.ink', 'principles.ink', ...CASE_FILES].map((f) => readFileSync(join(INK, f), 'utf8')).join('\0');
  const key = createHash('sha256').update(sources).update(JSON.stringify(BRANCHES)).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `bank-lobby-server-test-dist-${key}`);
  if (existsSync(join(dir, CONTENT_INDEX_PATH))) return dir;
  const build = buildInk(INK, CASE_FILES);
  const { index, assets } = contentBundle(
    build.cases.map((c) => ({ meta: c.meta, hash: c.hash, json: c.json, knots: c.knots ?? {}, mapSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>' })),
    build.catalogue,
  );
  const tmp = mkdtempSync(join(tmpdir(), 'bank-lobby-server-test-building-'));
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(tmp, path)), { recursive: true });
    writeFileSync(join(tmp, path), text);
  };
  write(CONTENT_INDEX_PATH, JSON.stringify(index));
  for (const a of assets) write(join(dirname(CONTENT_INDEX_PATH), a.path), a.content);
  write('config/branches.json', JSON.stringify(BRANCHES));
  write('index.html', '<!doctype html><title>test</title><script type="module" src="./assets/game.js"></script>');
  write('assets/game.js', 'console.log("game");');
  write('studio.html', '<!doctype html><title>studio</title><script type="module" src="./assets/game.js"></script>');
  try {
    renameSync(tmp, dir);
  } catch {
    rmSync(tmp, { recursive: true, force: true }); // another test file got there first
  }
  return dir;
}

export interface TestCase {
  readonly compiled: CompiledCase;
  readonly catalogue: Catalogue;
}

/** The cases in a test dist, as the core sees them (for computing expected results). */
export function casesOf(dist: string): { index: ContentIndex; cases: TestCase[] } {
  const { index } = parseContentIndex(JSON.parse(readFileSync(join(dist, CONTENT_INDEX_PATH), 'utf8')) as unknown);
  const cases = index.cases.map((c) => {
    const json = readFileSync(join(dist, dirname(CONTENT_INDEX_PATH), c.story), 'utf8');
    const meta = readCaseMetaFromJson(json, index.catalogue).meta;
    if (meta === null) throw new Error(`no meta for ${c.meta.id}`);
    return { compiled: { meta, hash: c.hash, json, knots: c.knots }, catalogue: index.catalogue };
  });
  return { index, cases };
}

/** What the core computes for a path: the score the server must store. */
export function expected(c: TestCase, seed: number, path: readonly number[]): CaseResult {
  return replayToEnd(c.compiled, c.catalogue, seed, path);
}

export function bestPath(c: TestCase, seed: number): number[] {
  return modelPath(c.compiled, c.catalogue, seed);
}

/** A path that takes option `pick(count, turn)` (clamped) at every decision, to an ending. */
export function pathTaking(c: TestCase, seed: number, pick: (options: number, turn: number) => number): number[] {
  const session = new CaseSession(c.compiled, c.catalogue, seed);
  for (let turn = 0; turn < 200; turn++) {
    const stop = advanceToStop(session);
    if (stop.kind === 'end') return [...session.path];
    session.choose(Math.min(stop.options.length - 1, Math.max(0, pick(stop.options.length, turn))));
  }
  throw new Error('no ending');
}

export const RELAXED: RateLimits = { login: 10_000, loginAddress: 10_000, play: 10_000, windowMs: 60_000 };

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: DatabaseHandle;
  readonly current: readonly string[];
  close(): Promise<void>;
}

/** An app on a fresh SQLite file (or the given target), with relaxed rate limits unless given. */
/** A new SQLite file in a temp folder. */
export function sqliteTarget(): DatabaseTarget {
  return { sqliteFile: join(mkdtempSync(join(tmpdir(), 'bank-lobby-server-db-')), 'test.sqlite') };
}

export async function makeApp(dist: string, target?: DatabaseTarget, extra: Partial<AppOptions> = {}): Promise<TestApp> {
  const database = openDatabase(target ?? sqliteTarget());
  const { app, content } = await buildApp({
    database,
    distDir: dist,
    branchesFile: join(dist, 'config/branches.json'),
    rateLimits: RELAXED,
    replayThreads: 1,
    ...extra,
  });
  return { app, database, current: content.current, close: () => app.close() };
}

export interface Signed {
  readonly playerId: string;
  readonly token: string;
  readonly auth: { authorization: string };
}

export async function register(app: FastifyInstance, name: string, branch: string, pin = '1234'): Promise<Signed> {
  const res = await app.inject({ method: 'POST', url: '/api/players', payload: { name, branch, pin } });
  if (res.statusCode !== 201) throw new Error(`register ${name}: ${res.statusCode} ${res.body}`);
  const body = res.json<{ playerId: string; token: string }>();
  return { playerId: body.playerId, token: body.token, auth: { authorization: `Bearer ${body.token}` } };
}

export interface Started {
  readonly attemptId: string;
  readonly seed: number;
  readonly catalogueHash: string;
  readonly scoringVersion: number;
  readonly first: boolean;
}

export async function start(app: FastifyInstance, who: Signed, c: TestCase): Promise<Started> {
  const res = await app.inject({ method: 'POST', url: '/api/attempts', headers: who.auth, payload: { caseId: c.compiled.meta.id, storyHash: c.compiled.hash } });
  if (res.statusCode !== 201) throw new Error(`start: ${res.statusCode} ${res.body}`);
  return res.json<Started>();
}

/** The body of a submission; `over` replaces or adds fields (attacks use it). */
export function submission(c: TestCase, s: Started, path: readonly number[], over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    attemptId: s.attemptId,
    caseId: c.compiled.meta.id,
    storyHash: c.compiled.hash,
    scoringVersion: s.scoringVersion,
    catalogueHash: s.catalogueHash,
    path,
    idempotencyKey: randomUUID(),
    ...over,
  };
}

/** Starts, plays `choose(seed)` and submits; returns the server's reply body and status. */
export async function play(app: FastifyInstance, who: Signed, c: TestCase, choose: (seed: number) => number[]): Promise<{ status: number; body: Record<string, unknown>; seed: number; path: number[] }> {
  const s = await start(app, who, c);
  const path = choose(s.seed);
  const res = await app.inject({ method: 'POST', url: '/api/submissions', headers: who.auth, payload: submission(c, s, path) });
  return { status: res.statusCode, body: res.json<Record<string, unknown>>(), seed: s.seed, path };
}
