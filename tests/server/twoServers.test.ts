/**
 * Two server instances against one PostgreSQL: nothing one needs lives only in the other's
 * memory. Players sign up on one and play on the other, the same attempt raced through both is
 * recorded once, "first attempt" is claimed once, and both give the same boards.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bestPath, casesOf, makeApp, pathTaking, register, start, submission, testDist, type TestApp, type TestCase } from './harness';
import { startPostgres, type Postgres } from './postgres';

let postgres: Postgres;
let a: TestApp;
let b: TestApp;
let cases: TestCase[];

beforeAll(async () => {
  postgres = startPostgres();
  const url = await postgres.newDatabase();
  const dist = testDist();
  cases = casesOf(dist).cases;
  // Both migrate the same database at once, as two processes starting together would.
  [a, b] = await Promise.all([makeApp(dist, { postgresUrl: url }, { branchMinPlayers: 2 }), makeApp(dist, { postgresUrl: url }, { branchMinPlayers: 2 })]);
});
afterAll(async () => {
  await a.close();
  await b.close();
  postgres.stop();
});

const boardsOf = async (app: FastifyInstance, auth: { authorization: string }): Promise<unknown[]> => {
  const urls = [...cases.map((c) => `/api/boards/cases/${c.compiled.hash}`), ...cases.map((c) => `/api/boards/branches?story=${c.compiled.hash}`), '/api/boards/branches', '/api/me/record'];
  const principle = cases[0]?.compiled.meta.principles[0] ?? '';
  urls.push(`/api/boards/cases/${cases[0]?.compiled.hash ?? ''}/principles/${principle}`);
  return Promise.all(urls.map(async (url) => (await app.inject({ url, headers: auth })).json<unknown>()));
};

it('gives the same boards from both servers, with every write made through either', async () => {
  const branches = ['cbd', 'east-lake', 'railway', 'harbour'];
  const players = [];
  for (let i = 0; i < 8; i++) players.push(await register(i % 2 === 0 ? a.app : b.app, `双机${i}`, branches[i % 4] ?? 'cbd'));
  // A token issued by one server works on the other.
  expect((await b.app.inject({ url: '/api/me/record', headers: players[0]?.auth ?? {} })).statusCode).toBe(200);

  for (const [i, p] of players.entries()) {
    for (const [k, c] of cases.entries()) {
      const [startOn, submitOn] = (i + k) % 2 === 0 ? [a.app, b.app] : [b.app, a.app];
      const s = await start(startOn, p, c);
      const path = pathTaking(c, s.seed, (n, turn) => (i * 7 + k + turn) % n);
      const res = await submitOn.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: submission(c, s, path) });
      expect(res.statusCode).toBe(201);
    }
  }
  for (const p of players) {
    const [fromA, fromB] = await Promise.all([boardsOf(a.app, p.auth), boardsOf(b.app, p.auth)]);
    expect(fromA).toEqual(fromB);
  }
  const branchBoard = (await a.app.inject({ url: '/api/boards/branches', headers: players[0]?.auth ?? {} })).json<{ top: unknown[] }>();
  expect(branchBoard.top.length).toBeGreaterThan(0);
});

it('records an attempt raced through both servers once, and claims a first attempt once', async () => {
  const c = cases[0] as TestCase;
  const p = await register(a.app, '竞速', 'harbour');
  // Two attempts started at once on the two servers: exactly one is the first.
  const [s1, s2] = await Promise.all([start(a.app, p, c), start(b.app, p, c)]);
  expect([s1.first, s2.first].filter(Boolean)).toHaveLength(1);
  const path = bestPath(c, s1.seed);
  const replies = await Promise.all(
    [a.app, b.app, a.app, b.app].map((app, i) => app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: submission(c, s1, path, { idempotencyKey: `two-servers-${i}-key` }) })),
  );
  expect(replies.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409]);
  // The same key through both: one 201, the other the same result marked duplicate.
  const body = submission(c, s2, bestPath(c, s2.seed), { idempotencyKey: 'same-key-both-servers' });
  const [r1, r2] = await Promise.all([a.app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: body }), b.app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: body })]);
  expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 201]);
  const { duplicate: d1, ...one } = r1.json<{ duplicate: boolean }>();
  const { duplicate: d2, ...two } = r2.json<{ duplicate: boolean }>();
  expect(one).toEqual(two);
  expect([d1, d2].sort()).toEqual([false, true]);
  const record = (await b.app.inject({ url: '/api/me/record', headers: p.auth })).json<{ cases: { storyHash: string; attempts: number }[] }>();
  expect(record.cases.find((x) => x.storyHash === c.compiled.hash)?.attempts).toBe(2);
});

it('counts rate limits in the database, so two servers together allow the limit once', async () => {
  const url = await postgres.newDatabase();
  const dist = testDist();
  const limits = { login: 3, play: 100, windowMs: 60_000 };
  const [x, y] = await Promise.all([makeApp(dist, { postgresUrl: url }, { rateLimits: limits }), makeApp(dist, { postgresUrl: url }, { rateLimits: limits })]);
  try {
    const codes: number[] = [];
    for (const app of [x.app, y.app, x.app, y.app, x.app]) {
      codes.push((await app.inject({ method: 'POST', url: '/api/login', payload: { name: '某人', branch: 'cbd', pin: '0000' } })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    // Another route has its own count.
    expect((await y.app.inject({ method: 'POST', url: '/api/players', payload: { name: '新人', branch: 'cbd', pin: '1234' } })).statusCode).toBe(201);
  } finally {
    await x.close();
    await y.close();
  }
});
