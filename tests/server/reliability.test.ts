/**
 * Reliability (issue 10): the built server is killed with SIGKILL while concurrent submissions are
 * in flight, then restarted on the same database. Afterwards every submission that was answered
 * 2xx is stored exactly once with the score it was answered with, none is doubled (not in
 * attempts, not in attempt_principles, not in first_attempts), and resubmitting every submission
 * with its own idempotency key records each exactly once. On SQLite (a file in WAL mode) and on a
 * real PostgreSQL.
 *
 * The kill is placed by a count (after KILL_AFTER answers), never by a timer; the checks hold
 * wherever it lands, and the test asserts that it did land mid-flight (some were not answered).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_VERSION } from '../../src/core';
import { openDatabase, type DatabaseTarget } from '../../src/server/db/connect';
import { buildServer, removeBuild, spawnServer, type ServerProcess } from './builtServer';
import { casesOf, expected, pathTaking, testDist, type TestCase } from './harness';
import { startPostgres, type Postgres } from './postgres';

const PLAYERS = 6;
const ONLINE_PER_PLAYER = 12;
const OFFLINE_PER_PLAYER = 3;
/** Submissions sent twice at once with the same key (a client retrying too early). */
const DOUBLED = 12;

let outDir = '';
let postgres: Postgres | null = null;
const running: ServerProcess[] = [];
const dirs: string[] = [];

beforeAll(async () => {
  outDir = await buildServer('server-reliability');
});
afterAll(async () => {
  await Promise.all(running.map((s) => s.kill9()));
  postgres?.stop();
  removeBuild(outDir);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Reply {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

async function post(base: string, url: string, body: unknown, token?: string): Promise<Reply> {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** One submission the client will make, and (re)send with the same key until it is answered. */
interface Planned {
  readonly key: string;
  readonly token: string;
  readonly playerId: string;
  readonly c: TestCase;
  readonly url: '/api/submissions' | '/api/submissions/offline';
  readonly body: Record<string, unknown>;
  readonly seed: number;
  readonly path: number[];
  /** Online: the attempt id the server handed out. */
  readonly attemptId: string | null;
}

async function plan(base: string, cases: readonly TestCase[]): Promise<Planned[]> {
  const branches = ['cbd', 'east-lake', 'railway', 'harbour'];
  const out: Planned[] = [];
  for (let p = 0; p < PLAYERS; p++) {
    const reg = await post(base, '/api/players', { name: `可靠${p}`, branch: branches[p % branches.length], pin: '2468' });
    expect(reg.status).toBe(201);
    const token = String(reg.body['token']);
    const playerId = String(reg.body['playerId']);
    for (let i = 0; i < ONLINE_PER_PLAYER; i++) {
      const c = cases[(p + i) % cases.length] as TestCase;
      const s = await post(base, '/api/attempts', { caseId: c.compiled.meta.id, storyHash: c.compiled.hash }, token);
      expect(s.status).toBe(201);
      const seed = Number(s.body['seed']);
      const attemptId = String(s.body['attemptId']);
      const path = pathTaking(c, seed, (n, turn) => (p + i + turn) % n);
      const key = `rel-on-${p}-${i}`;
      const body = { attemptId, caseId: c.compiled.meta.id, storyHash: c.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: c.catalogue.hash, path, idempotencyKey: key };
      out.push({ key, token, playerId, c, url: '/api/submissions', body, seed, path, attemptId });
    }
    for (let i = 0; i < OFFLINE_PER_PLAYER; i++) {
      const c = cases[(p + i) % cases.length] as TestCase;
      const seed = 1000 + p * 10 + i;
      const path = pathTaking(c, seed, (n, turn) => (turn + i) % n);
      const key = `rel-off-${p}-${i}`;
      const body = { seed, caseId: c.compiled.meta.id, storyHash: c.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: c.catalogue.hash, path, idempotencyKey: key };
      out.push({ key, token, playerId, c, url: '/api/submissions/offline', body, seed, path, attemptId: null });
    }
  }
  // Interleave players and kinds, so the kill meets a mix of them.
  return out.map((x, i) => ({ x, k: (i * 37) % out.length })).sort((a, b) => a.k - b.k).map((e) => e.x);
}

interface Row {
  id: string;
  player_id: string;
  idempotency_key: string | null;
  status: string;
  score: number | null;
  seed: number;
  online: number;
  path_json: string | null;
  principles_json: string | null;
}

/** Everything the database holds about the planned submissions' players. */
async function snapshot(target: DatabaseTarget, players: readonly string[]): Promise<{ attempts: Row[]; principleRows: Map<string, number>; firsts: { player_id: string; story_hash: string }[] }> {
  const handle = openDatabase(target);
  const { db } = handle;
  try {
    const attempts = await db.selectFrom('attempts').select(['id', 'player_id', 'idempotency_key', 'status', 'score', 'seed', 'online', 'path_json', 'principles_json']).where('player_id', 'in', players).execute();
    const counts = await db.selectFrom('attempt_principles').select((eb) => ['attempt_id', eb.fn.countAll<number | string>().as('n')]).where('player_id', 'in', players).groupBy('attempt_id').execute();
    const firsts = await db.selectFrom('first_attempts').select(['player_id', 'story_hash']).where('player_id', 'in', players).execute();
    return { attempts, principleRows: new Map(counts.map((r) => [r.attempt_id, Number(r.n)])), firsts };
  } finally {
    await handle.close();
  }
}

/** Checks that nothing is doubled: one row per key, per offline play, per principle, per first claim. */
function expectNoDoubles(s: Awaited<ReturnType<typeof snapshot>>): void {
  const keys = s.attempts.map((a) => a.idempotency_key).filter((k) => k !== null);
  expect(new Set(keys).size).toBe(keys.length);
  const offline = s.attempts.filter((a) => a.online === 0).map((a) => `${a.player_id}|${a.seed}|${a.path_json ?? ''}`);
  expect(new Set(offline).size).toBe(offline.length);
  for (const a of s.attempts.filter((x) => x.status === 'verified')) {
    const counted = (JSON.parse(a.principles_json ?? '[]') as { percent: number | null }[]).filter((p) => p.percent !== null).length;
    expect(s.principleRows.get(a.id) ?? 0, a.id).toBe(counted);
  }
  for (const a of s.attempts.filter((x) => x.status !== 'verified')) expect(s.principleRows.has(a.id), a.id).toBe(false);
  const firsts = s.firsts.map((f) => `${f.player_id}|${f.story_hash}`);
  expect(new Set(firsts).size).toBe(firsts.length);
}

describe.each(['sqlite', 'postgres'] as const)('kill -9 during concurrent submissions, on %s', (dialect) => {
  it('keeps every acknowledged submission exactly once, and a resubmission records the rest once', async () => {
    const cases = casesOf(testDist()).cases;
    const dir = mkdtempSync(join(tmpdir(), 'bank-lobby-reliability-'));
    dirs.push(dir);
    let target: DatabaseTarget;
    let env: Record<string, string>;
    if (dialect === 'sqlite') {
      target = { sqliteFile: join(dir, 'data', 'leaderboard.sqlite') };
      env = { DATA_DIR: join(dir, 'data') };
    } else {
      postgres ??= startPostgres();
      const url = await postgres.newDatabase();
      target = { postgresUrl: url };
      env = { DATABASE_URL: url };
    }
    Object.assign(env, { RATE_LIMIT_LOGIN: '100000', RATE_LIMIT_LOGIN_ADDRESS: '100000', RATE_LIMIT_PLAY: '100000', REPLAY_THREADS: '2' });

    const first = await spawnServer(outDir, dir, env);
    running.push(first);
    const planned = await plan(first.base, cases);
    const players = [...new Set(planned.map((p) => p.playerId))];

    // Fire everything at once (some twice with the same key); SIGKILL after a third is answered.
    const killAfter = Math.floor(planned.length / 3);
    let answered = 0;
    const kill: { done: Promise<void> | null } = { done: null };
    const sends = planned.flatMap((p, i) => (i < DOUBLED ? [p, p] : [p]));
    const outcomes = await Promise.all(
      sends.map(async (p) => {
        try {
          const r = await post(first.base, p.url, p.body, p.token);
          if (++answered === killAfter) kill.done = first.kill9();
          return { p, r };
        } catch {
          return { p, r: null };
        }
      }),
    );
    expect(kill.done).not.toBeNull();
    await kill.done;
    // Every answer before the kill was a success (a duplicate send gets the stored result back).
    for (const o of outcomes) if (o.r !== null) expect([200, 201], JSON.stringify(o.r.body)).toContain(o.r.status);
    const acked = new Map<string, Reply>();
    for (const o of outcomes) if (o.r !== null) acked.set(o.p.key, o.r);
    expect(acked.size).toBeGreaterThanOrEqual(killAfter - DOUBLED);
    expect(acked.size, 'the kill landed after everything was answered').toBeLessThan(planned.length);

    // Restart on the same database: what was acknowledged is there, once, as answered.
    const second = await spawnServer(outDir, dir, env);
    running.push(second);
    const after = await snapshot(target, players);
    expectNoDoubles(after);
    const byKey = new Map(after.attempts.filter((a) => a.idempotency_key !== null).map((a) => [a.idempotency_key, a]));
    for (const p of planned) {
      const reply = acked.get(p.key);
      if (reply === undefined) continue;
      const row = byKey.get(p.key);
      expect(row, p.key).toBeDefined();
      expect(row?.status).toBe('verified');
      expect(row?.score).toBe(reply.body['score']);
      expect(row?.id).toBe(reply.body['attemptId']);
      if (p.attemptId !== null) expect(row?.id).toBe(p.attemptId);
      expect(row?.path_json).toBe(JSON.stringify(p.path));
    }
    // Online attempts that no key reached are still waiting, unverified: nothing half-written.
    for (const p of planned.filter((x) => x.attemptId !== null && !byKey.has(x.key))) {
      expect(after.attempts.find((a) => a.id === p.attemptId)?.status, p.key).toBe('started');
    }

    // The client resubmits everything with the same keys (the acknowledged ones too).
    const again = await Promise.all(planned.map(async (p) => ({ p, r: await post(second.base, p.url, p.body, p.token) })));
    for (const { p, r } of again) {
      const before = acked.get(p.key);
      const committedBefore = byKey.has(p.key);
      expect([r.status, r.body['duplicate']], `${p.key} ${JSON.stringify(r.body)}`).toEqual(committedBefore ? [200, true] : [201, false]);
      if (before !== undefined) expect(r.body['score']).toBe(before.body['score']);
      expect(r.body['score'], p.key).toBe(expected(p.c, p.seed, p.path).score);
    }
    const final = await snapshot(target, players);
    expectNoDoubles(final);
    const verified = final.attempts.filter((a) => a.status === 'verified');
    expect(verified.map((a) => a.idempotency_key).sort()).toEqual(planned.map((p) => p.key).sort());

    // And once more: every one answered as the duplicate it is, nothing new written.
    for (const p of planned.slice(0, 20)) {
      const r = await post(second.base, p.url, p.body, p.token);
      expect([r.status, r.body['duplicate']]).toEqual([200, true]);
    }
    expect((await snapshot(target, players)).attempts.length).toBe(final.attempts.length);
    expect(await second.stop()).toBe(0);
  });
});
