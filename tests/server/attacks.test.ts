/**
 * Hostile clients: forged scores, altered and impossible paths, bad indices, unknown hashes,
 * foreign scoring versions, replayed keys, another player's attempt, SQL and HTML in names,
 * oversized and malformed bodies. Every one is refused with a 4xx and a reason code, never a 5xx,
 * and the server keeps answering. A real internal fault answers 500 with no detail.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_VERSION } from '../../src/core';
import { openDatabase } from '../../src/server/db/connect';
import { buildApp } from '../../src/server/app';
import { connect, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { startPostgres, type Postgres } from './postgres';
import { bestPath, casesOf, makeApp, pathTaking, register, sqliteTarget, start, submission, testDist, type Signed, type TestApp, type TestCase } from './harness';

let postgres: Postgres | null = null;
const pg = (): Postgres => {
  postgres ??= startPostgres();
  return postgres;
};
afterAll(() => {
  postgres?.stop();
});

describe.each(['sqlite', 'postgres'] as const)('on %s', (dialect) => {
  let t: TestApp;
  let app: FastifyInstance;
  let c: TestCase;
  let other: TestCase;
  let alice: Signed;
  let bob: Signed;
  let statuses: number[] = [];

  async function send(method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await app.inject({ method, url, headers, ...(payload === undefined ? {} : typeof payload === 'string' ? { payload } : { payload: payload as object }) });
    statuses.push(res.statusCode);
    return res;
  }
  const reason = (res: LightMyRequestResponse): string => res.json<{ error: string }>().error;

  beforeAll(async () => {
    statuses = [];
    const dist = testDist();
    const all = casesOf(dist).cases;
    c = all[0] as TestCase;
    other = all[1] as TestCase;
    t = await makeApp(dist, dialect === 'sqlite' ? sqliteTarget() : { postgresUrl: await pg().newDatabase() });
    app = t.app;
    alice = await register(app, '爱丽丝', 'cbd');
    bob = await register(app, '鲍勃', 'east-lake');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('submissions', () => {
    it('refuses a body that carries its own score, and records nothing from it', async () => {
      const s = await start(app, alice, c);
      const worst = pathTaking(c, s.seed, (n) => n - 1);
      for (const forged of [{ score: 100 }, { grade: 'A' }, { result: { score: 100 } }, { principles: [] }, { duplicate: true }]) {
        const res = await send('POST', '/api/submissions', submission(c, s, worst, forged), alice.auth);
        expect(res.statusCode, JSON.stringify(forged)).toBe(400);
        expect(reason(res)).toBe('invalid-body');
      }
      const honest = await send('POST', '/api/submissions', submission(c, s, worst), alice.auth);
      expect(honest.statusCode).toBe(201);
      expect(honest.json<{ score: number }>().score).toBeLessThan(100);
    });

    it('refuses altered and impossible paths with path-invalid', async () => {
      const s = await start(app, alice, c);
      const good = bestPath(c, s.seed);
      const cases: [string, number[]][] = [
        ['a choice after the end', [...good, 0]],
        ['stops before an ending', good.slice(0, -1)],
        ['an option that is not there', [...good.slice(0, -1), 9]],
        ['empty', []],
      ];
      for (const [what, path] of cases) {
        const res = await send('POST', '/api/submissions', submission(c, s, path), alice.auth);
        expect(res.statusCode, what).toBe(422);
        expect(reason(res), what).toBe('path-invalid');
      }
      // The attempt is still open: the true path is accepted afterwards.
      expect((await send('POST', '/api/submissions', submission(c, s, good), alice.auth)).statusCode).toBe(201);
    });

    it('refuses out-of-range, non-integer and mistyped indices at the schema', async () => {
      const s = await start(app, alice, c);
      const bad: unknown[] = [[-1], [1.5], ['1'], [64], [null], [1e9], [true], 'x', { 0: 1 }, Array.from({ length: 151 }, () => 0), null];
      for (const path of bad) {
        const res = await send('POST', '/api/submissions', submission(c, s, [], { path }), alice.auth);
        expect(res.statusCode, JSON.stringify(path)).toBe(400);
        expect(reason(res)).toBe('invalid-body');
      }
    });

    it('refuses unknown and malformed story hashes, foreign versions and catalogues', async () => {
      const unknown = 'abcdefabcdef0123';
      const startUnknown = await send('POST', '/api/attempts', { caseId: c.compiled.meta.id, storyHash: unknown }, alice.auth);
      expect([startUnknown.statusCode, reason(startUnknown)]).toEqual([404, 'unknown-story']);
      const mismatch = await send('POST', '/api/attempts', { caseId: other.compiled.meta.id, storyHash: c.compiled.hash }, alice.auth);
      expect([mismatch.statusCode, reason(mismatch)]).toEqual([422, 'case-mismatch']);
      for (const storyHash of ['../../etc/passwd', 'ABCDEF0123456789', "' OR 1=1 --", '']) {
        expect((await send('POST', '/api/attempts', { caseId: c.compiled.meta.id, storyHash }, alice.auth)).statusCode).toBe(400);
      }
      const s = await start(app, alice, c);
      const path = bestPath(c, s.seed);
      const checks: [Record<string, unknown>, number, string][] = [
        [{ storyHash: unknown }, 422, 'story-mismatch'],
        [{ storyHash: other.compiled.hash }, 422, 'story-mismatch'],
        [{ caseId: other.compiled.meta.id }, 422, 'case-mismatch'],
        [{ scoringVersion: SCORING_VERSION + 1 }, 422, 'scoring-version'],
        [{ scoringVersion: SCORING_VERSION - 1 }, 422, 'scoring-version'],
        [{ catalogueHash: 'ffffffffffffffff' }, 422, 'catalogue-mismatch'],
      ];
      for (const [over, status, why] of checks) {
        const res = await send('POST', '/api/submissions', submission(c, s, path, over), alice.auth);
        expect([res.statusCode, reason(res)], JSON.stringify(over)).toEqual([status, why]);
      }
      const offline = await send('POST', '/api/submissions/offline', { caseId: c.compiled.meta.id, storyHash: unknown, scoringVersion: SCORING_VERSION, catalogueHash: c.catalogue.hash, seed: 5, path, idempotencyKey: 'offline-unknown-1' }, alice.auth);
      expect([offline.statusCode, reason(offline)]).toEqual([404, 'unknown-story']);
      expect((await send('GET', `/api/boards/cases/${unknown}`)).statusCode).toBe(404);
      expect((await send('GET', '/api/boards/branches?story=%27%20OR%201%3D1%20--')).statusCode).toBe(400);
    });

    it('refuses a replayed idempotency key on another attempt, and another player’s attempt', async () => {
      const s1 = await start(app, alice, c);
      const body = submission(c, s1, bestPath(c, s1.seed), { idempotencyKey: 'alice-key-000001' });
      expect((await send('POST', '/api/submissions', body, alice.auth)).statusCode).toBe(201);
      const s2 = await start(app, alice, c);
      const reused = await send('POST', '/api/submissions', submission(c, s2, bestPath(c, s2.seed), { idempotencyKey: 'alice-key-000001' }), alice.auth);
      expect([reused.statusCode, reason(reused)]).toEqual([409, 'idempotency-key-reused']);
      const byBob = await send('POST', '/api/submissions', body, bob.auth);
      expect([byBob.statusCode, reason(byBob)]).toEqual([409, 'idempotency-key-reused']);
      const s3 = await start(app, alice, c);
      const stolen = await send('POST', '/api/submissions', submission(c, s3, bestPath(c, s3.seed)), bob.auth);
      expect([stolen.statusCode, reason(stolen)]).toEqual([403, 'not-your-attempt']);
      const missing = await send('POST', '/api/submissions', submission(c, s3, bestPath(c, s3.seed), { attemptId: '00000000-0000-4000-8000-000000000000' }), alice.auth);
      expect([missing.statusCode, reason(missing)]).toEqual([404, 'unknown-attempt']);
      expect((await send('POST', '/api/submissions', submission(c, s3, [], { attemptId: "1' OR '1'='1" }), alice.auth)).statusCode).toBe(400);
    });

    it('refuses submissions without a valid sign-in', async () => {
      const s = await start(app, alice, c);
      const body = submission(c, s, bestPath(c, s.seed));
      for (const headers of [{} as Record<string, string>, { authorization: 'Bearer not-a-real-token-at-all-xxxxxxxx' }, { authorization: 'Basic abc' }, { authorization: `Bearer ${alice.token}'--` }]) {
        const res = await send('POST', '/api/submissions', body, headers);
        expect([res.statusCode, reason(res)], JSON.stringify(headers)).toEqual([401, 'not-signed-in']);
      }
    });
  });

  describe('names and bodies', () => {
    it('refuses SQL metacharacters and HTML in names, and the tables survive', async () => {
      const names = ["x'; DROP TABLE players; --", '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'Robert"); DELETE FROM attempts;--', '张三\u0000', '  ', 'a'.repeat(21), '李四\n王五', '王\u202e五'];
      for (const name of names) {
        const res = await send('POST', '/api/players', { name, branch: 'cbd', pin: '1234' });
        expect(res.statusCode, name).toBe(400);
        const login = await send('POST', '/api/login', { name, branch: 'cbd', pin: '1234' });
        expect(login.statusCode, name).toBe(400);
      }
      for (const branch of ["cbd' OR '1'='1", '<b>cbd</b>', 'CBD']) {
        expect((await send('POST', '/api/players', { name: '正常名字', branch, pin: '1234' })).statusCode).toBe(400);
      }
      expect(reason(await send('POST', '/api/players', { name: '正常名字', branch: 'no-such-branch', pin: '1234' }))).toBe('unknown-branch');
      expect(reason(await send('POST', '/api/players', { name: '正常名字', branch: 'cbd', pin: '12a4' }))).toBe('invalid-pin');
      // Players are all still there.
      const board = await send('GET', `/api/boards/cases/${c.compiled.hash}`);
      expect(board.statusCode).toBe(200);
      expect(board.json<{ top: { name: string }[] }>().top.map((e) => e.name)).toContain('爱丽丝');
    });

    it('refuses oversized, malformed and mistyped bodies', async () => {
      const json = { 'content-type': 'application/json' };
      const checks: [string, unknown, Record<string, string>, number, string][] = [
        ['oversized', JSON.stringify({ name: 'x'.repeat(100_000), branch: 'cbd', pin: '1234' }), json, 413, 'body-too-large'],
        ['malformed JSON', '{"name": "x", ', json, 400, 'malformed-json'],
        ['empty JSON body', '', json, 400, 'malformed-json'],
        ['not JSON', 'name=x&branch=cbd', { 'content-type': 'application/x-www-form-urlencoded' }, 415, 'unsupported-media-type'],
        ['an array', '[1,2,3]', json, 400, 'invalid-body'],
        ['a string', '"hello"', json, 400, 'invalid-body'],
        ['prototype pollution', '{"__proto__": {"admin": true}, "name": "x", "branch": "cbd", "pin": "1234"}', json, 400, 'malformed-json'],
        ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, json, 400, 'invalid-body'],
      ];
      for (const [what, payload, headers, status, why] of checks) {
        const res = await send('POST', '/api/players', payload, headers);
        expect([res.statusCode, reason(res)], what).toEqual([status, why]);
        expect(res.body, what).not.toMatch(/\bat .*\.(js|ts):\d+/);
      }
    });
  });

  describe('more of the same, on every route', () => {
    const offlineBody = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
      caseId: c.compiled.meta.id,
      storyHash: c.compiled.hash,
      scoringVersion: SCORING_VERSION,
      catalogueHash: c.catalogue.hash,
      seed: 77,
      path: bestPath(c, 77),
      idempotencyKey: `off-${Math.abs(JSON.stringify(over).split('').reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 7))}`,
      ...over,
    });

    it('refuses forged fields on start and on offline submissions (no own seed, no own score, no own "first")', async () => {
      for (const forged of [{ seed: 1 }, { first: true }, { attemptId: '00000000-0000-4000-8000-000000000000' }, { online: true }]) {
        const res = await send('POST', '/api/attempts', { caseId: c.compiled.meta.id, storyHash: c.compiled.hash, ...forged }, alice.auth);
        expect([res.statusCode, reason(res)], JSON.stringify(forged)).toEqual([400, 'invalid-body']);
      }
      for (const forged of [{ score: 100 }, { rawScore: 100 }, { online: true }, { first: true }, { endingId: 'best' }, { breaches: [] }, { verified: true }]) {
        const res = await send('POST', '/api/submissions/offline', offlineBody(forged), alice.auth);
        expect([res.statusCode, reason(res)], JSON.stringify(forged)).toEqual([400, 'invalid-body']);
      }
    });

    it('refuses altered paths and bad indices on the offline route too', async () => {
      const good = bestPath(c, 77);
      for (const path of [[...good, 0], good.slice(0, -1), [...good.slice(0, -1), 9], [], bestPath(other, 77)]) {
        const res = await send('POST', '/api/submissions/offline', offlineBody({ path }), alice.auth);
        expect([res.statusCode, reason(res)], JSON.stringify(path)).toEqual([422, 'path-invalid']);
      }
      for (const path of [[-1], [0.5], ['0'], [64], [Number.MAX_SAFE_INTEGER], Array.from({ length: 151 }, () => 0), {}, 'abc']) {
        const res = await send('POST', '/api/submissions/offline', offlineBody({ path }), alice.auth);
        expect([res.statusCode, reason(res)], JSON.stringify(path)).toEqual([400, 'invalid-body']);
      }
      for (const seed of [0, -5, 2 ** 31, 1.5, '5', null]) {
        const res = await send('POST', '/api/submissions/offline', offlineBody({ seed }), alice.auth);
        expect([res.statusCode, reason(res)], JSON.stringify(seed)).toEqual([400, 'invalid-body']);
      }
    });

    it('records a replayed key once: the same offline body is a duplicate, another body under the key is refused', async () => {
      const body = offlineBody({ seed: 4242, path: bestPath(c, 4242), idempotencyKey: 'offline-replay-0001' });
      const once = await send('POST', '/api/submissions/offline', body, alice.auth);
      expect(once.statusCode).toBe(201);
      const replays = await Promise.all([0, 1, 2].map(() => send('POST', '/api/submissions/offline', body, alice.auth)));
      for (const r of replays) expect([r.statusCode, r.json<{ duplicate: boolean; attemptId: string }>().attemptId]).toEqual([200, once.json<{ attemptId: string }>().attemptId]);
      const rows = await t.database.db.selectFrom('attempts').select('id').where('idempotency_key', '=', 'offline-replay-0001').execute();
      expect(rows).toHaveLength(1);
      for (const over of [{ seed: 4243, path: bestPath(c, 4243) }, { path: pathTaking(c, 4242, (n) => n - 1) }]) {
        const r = await send('POST', '/api/submissions/offline', { ...body, ...over }, alice.auth);
        expect([r.statusCode, reason(r)], JSON.stringify(over)).toEqual([409, 'idempotency-key-reused']);
      }
      const byBob = await send('POST', '/api/submissions/offline', body, bob.auth);
      expect([byBob.statusCode, reason(byBob)]).toEqual([409, 'idempotency-key-reused']);
      // An online attempt, once recorded, cannot be recorded again under a new key (a better path).
      const s = await start(app, alice, c);
      expect((await send('POST', '/api/submissions', submission(c, s, pathTaking(c, s.seed, (n) => n - 1)), alice.auth)).statusCode).toBe(201);
      const better = await send('POST', '/api/submissions', submission(c, s, bestPath(c, s.seed)), alice.auth);
      expect([better.statusCode, reason(better)]).toEqual([409, 'already-submitted']);
    });

    it('refuses SQL metacharacters in every identifier, and keeps a valid name with SQL words verbatim', async () => {
      const s = await start(app, alice, c);
      const path = bestPath(c, s.seed);
      const sql = ["' OR '1'='1", '1; DROP TABLE attempts; --', '" OR ""="', '%27%20OR%201=1', '\\x27', 'abc\u0000def'];
      for (const bad of sql) {
        for (const field of ['caseId', 'storyHash', 'catalogueHash', 'idempotencyKey', 'attemptId']) {
          const res = await send('POST', '/api/submissions', submission(c, s, path, { [field]: bad }), alice.auth);
          expect([res.statusCode, reason(res)], `${field}: ${bad}`).toEqual([400, 'invalid-body']);
        }
        expect((await send('POST', '/api/players', { name: '正常名字', branch: 'cbd', pin: bad })).statusCode, bad).toBe(400);
        expect((await send('GET', `/api/boards/cases/${c.compiled.hash}/principles/${encodeURIComponent(bad)}`)).statusCode, bad).toBe(400);
        expect((await send('GET', `/api/boards/cases/${encodeURIComponent(bad)}`)).statusCode, bad).toBe(400);
      }
      // Names may hold letters, digits, spaces and - . · (20 at most): SQL words that fit are stored as typed.
      const tricky = 'Bob-- DROP TABLE x';
      const reg = await send('POST', '/api/players', { name: tricky, branch: 'harbour', pin: '4321' });
      expect(reg.statusCode).toBe(201);
      const login = await send('POST', '/api/login', { name: tricky, branch: 'harbour', pin: '4321' });
      expect(login.statusCode).toBe(200);
      const names = await t.database.db.selectFrom('players').select('name').execute();
      expect(names.map((n) => n.name)).toEqual(expect.arrayContaining(['爱丽丝', '鲍勃', tricky]));
      // The submission above is still stored once, the path exactly as sent.
      expect((await send('POST', '/api/submissions', submission(c, s, path), alice.auth)).statusCode).toBe(201);
    });

    it('refuses oversized, malformed and mistyped bodies on every POST route', async () => {
      const json = { 'content-type': 'application/json' };
      const routes = ['/api/players', '/api/login', '/api/attempts', '/api/submissions', '/api/submissions/offline'];
      const checks: [string, string, Record<string, string>, number, string][] = [
        ['oversized', JSON.stringify({ path: Array.from({ length: 9000 }, () => 1) }), json, 413, 'body-too-large'],
        ['malformed JSON', '{"path": [1,2', json, 400, 'malformed-json'],
        ['NaN', '{"seed": NaN}', json, 400, 'malformed-json'],
        ['trailing comma', '{"caseId": "x",}', json, 400, 'malformed-json'],
        ['empty body', '', json, 400, 'malformed-json'],
        ['constructor pollution', '{"constructor": {"prototype": {"admin": true}}}', json, 400, 'malformed-json'],
        ['null', 'null', json, 400, 'invalid-body'],
        ['a number', '42', json, 400, 'invalid-body'],
        ['plain text', 'hello', { 'content-type': 'text/plain' }, 415, 'unsupported-media-type'],
        ['XML', '<a>1</a>', { 'content-type': 'application/xml' }, 415, 'unsupported-media-type'],
      ];
      for (const url of routes) {
        for (const [what, payload, headers, status, why] of checks) {
          const res = await send('POST', url, payload, { ...headers, ...alice.auth });
          expect([res.statusCode, reason(res)], `${url} ${what}`).toEqual([status, why]);
          expect(res.body, what).not.toMatch(/\bat .*\.(js|ts):\d+/);
        }
      }
    });
  });

  describe('the server stays up', () => {
    it('answered every hostile request above with a 4xx (never a 5xx) and still answers', async () => {
      expect(statuses.length).toBeGreaterThan(50);
      expect(statuses.filter((s) => s >= 500)).toEqual([]);
      expect(statuses.every((s) => s >= 200 && s < 500)).toBe(true);
      expect((await app.inject('/api/health')).statusCode).toBe(200);
    });
  });
});

describe('limits and faults', () => {
  it('limits sign-in attempts per client', async () => {
    const limited = await makeApp(testDist(), sqliteTarget(), { rateLimits: { login: 3, play: 3, windowMs: 60_000 } });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.app.inject({ method: 'POST', url: '/api/login', payload: { name: '某人', branch: 'cbd', pin: '0000' } })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      // The refusal says how long to wait (the rest of the one-minute window).
      const refused = (await limited.app.inject({ method: 'POST', url: '/api/login', payload: { name: '某人', branch: 'cbd', pin: '0000' } })).json<{ error: string; message: string }>();
      expect(refused.error).toBe('rate-limited');
      const wait = Number(/^请求太频繁，请 (\d+) 秒后再试$/.exec(refused.message)?.[1]);
      expect(wait).toBeGreaterThanOrEqual(1);
      expect(wait).toBeLessThanOrEqual(60);
      const res = await limited.app.inject({ method: 'POST', url: '/api/attempts', payload: {} });
      expect(res.statusCode).toBe(400);
    } finally {
      await limited.close();
    }
  });

  it('limits sign-ins per account, so a training room behind one address signs in together, and caps the address over all accounts', async () => {
    const limited = await makeApp(testDist(), sqliteTarget(), { rateLimits: { login: 2, loginAddress: 12, play: 2, windowMs: 60_000 } });
    try {
      const codes: number[] = [];
      // Ten trainees of one branch from one address: each registers once and signs in once.
      for (let i = 0; i < 5; i++) {
        const who = { name: `同一网点${i}`, branch: 'cbd', pin: '1234' };
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/players', payload: who })).statusCode);
        codes.push((await limited.app.inject({ method: 'POST', url: '/api/login', payload: who })).statusCode);
      }
      expect(codes).toEqual([201, 200, 201, 200, 201, 200, 201, 200, 201, 200]);
      // One account is still limited (guessing its PIN: sign-ins counted per account), from any address.
      const guess = { name: '同一网点0', branch: 'cbd', pin: '0000' };
      expect((await limited.app.inject({ method: 'POST', url: '/api/login', payload: guess })).statusCode).toBe(401);
      expect((await limited.app.inject({ method: 'POST', url: '/api/login', payload: guess })).statusCode).toBe(429);
      expect((await limited.app.inject({ method: 'POST', url: '/api/login', remoteAddress: '10.0.0.2', payload: guess })).statusCode).toBe(429);
      // This address is capped over all accounts: 12 sign-ins in the window.
      const more: number[] = [];
      for (let i = 5; i < 8; i++) more.push((await limited.app.inject({ method: 'POST', url: '/api/players', payload: { name: `同一网点${i}`, branch: 'cbd', pin: '1234' } })).statusCode);
      expect(more).toEqual([429, 429, 429]);
      // Another address signs in to another account.
      expect((await limited.app.inject({ method: 'POST', url: '/api/login', remoteAddress: '10.0.0.3', payload: { name: '同一网点1', branch: 'cbd', pin: '1234' } })).statusCode).toBe(200);
      // Starts and submissions count per trainee: two trainees of the room each have their own.
      const tokens = await Promise.all([0, 1].map(async (i) => (await limited.app.inject({ method: 'POST', url: '/api/login', remoteAddress: `10.0.1.${i}`, payload: { name: `同一网点${i + 2}`, branch: 'cbd', pin: '1234' } })).json<{ token: string }>().token));
      const starts: number[] = [];
      for (const token of [...tokens, ...tokens, ...tokens]) starts.push((await limited.app.inject({ method: 'POST', url: '/api/attempts', headers: { authorization: `Bearer ${token}` }, payload: {} })).statusCode);
      expect(starts).toEqual([400, 400, 400, 400, 429, 429]);
    } finally {
      await limited.close();
    }
  });

  it('answers an internal fault with a bare 500: no message, no stack', async () => {
    const dist = testDist();
    const database = openDatabase(sqliteTarget());
    const { app: broken } = await buildApp({ database, distDir: dist, branchesFile: join(dist, 'config/branches.json'), replayThreads: 1 });
    try {
      await database.db.schema.dropTable('branches').execute();
      const res = await broken.inject('/api/branches');
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: 'internal', message: '服务器出错了，请稍后再试' });
    } finally {
      await broken.close();
    }
  });
});

/**
 * The README's promise, on a real socket: every refusal is `{ error, message }` with a reason code,
 * a message in Chinese (no English words from Fastify, Ajv or Node) and a fitting status — also
 * for what Fastify and Node's HTTP parser answer before any route runs.
 */
describe('every error body is { error, message } in Chinese', () => {
  /** Sends raw bytes (so malformed URLs and huge headers go out as typed) and reads the answer. */
  const raw = (port: number, request: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (d: Buffer) => chunks.push(d));
      socket.on('error', () => undefined); // the server may reset after answering
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
        if (m?.[1] === undefined) reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
        else resolve({ status: Number(m[1]), body: text.slice(text.indexOf('\r\n\r\n') + 4) });
      });
      // No half-close: the request says `Connection: close`, and the server ends the socket after answering.
      socket.write(request);
    });
  const get = (path: string, headers = ''): string => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`;
  /** Chinese, with no English word of three letters or more except an acronym such as PIN or JSON. */
  const chineseBody = (body: string, what: string): { error: string; message: string } => {
    const parsed = JSON.parse(body) as { error: unknown; message: unknown };
    expect(Object.keys(parsed).sort(), what).toEqual(['error', 'message']);
    expect(parsed.error, what).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(parsed.message, what).toMatch(/[\u4e00-\u9fff]/);
    expect(String(parsed.message).match(/[A-Za-z]*[a-z][A-Za-z]*/g) ?? [], what).toEqual([]);
    return parsed as { error: string; message: string };
  };

  let t: TestApp;
  let port = 0;
  beforeAll(async () => {
    t = await makeApp(testDist(), sqliteTarget());
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  it('a URL that does not decode (%ZZ) is 400 bad-url', async () => {
    const res = await raw(port, get('/api/competitions/%ZZ/players'));
    expect(res.status).toBe(400);
    expect(chineseBody(res.body, '%ZZ').error).toBe('bad-url');
  });

  it('an Authorization header of 100 kB is 431 headers-too-large', async () => {
    const res = await raw(port, get('/api/boards/branches', `Authorization: Bearer ${'a'.repeat(100_000)}\r\n`));
    expect(res.status).toBe(431);
    expect(chineseBody(res.body, '431').error).toBe('headers-too-large');
  });

  it('a 5000-character story hash is 400, 404 or 414 with a reason code, never 403', async () => {
    for (const path of [`/api/boards/cases/${'a'.repeat(5000)}`, `/api/boards/cases/${'a'.repeat(5000)}/principles/x`, `/api/competitions/${'a'.repeat(5000)}/players`, `/api/${'a'.repeat(5000)}`]) {
      const res = await raw(port, get(path));
      expect([400, 404, 414], path.slice(0, 40)).toContain(res.status);
      chineseBody(res.body, path.slice(0, 40));
    }
  });

  it('an ill-formed competition id is 404 unknown-competition, as an unknown one is', async () => {
    for (const id of ['xyz', '00000000-0000-4000-8000-000000000000']) {
      for (const board of ['branches', 'players']) {
        const res = await t.app.inject(`/api/competitions/${id}/${board}`);
        expect(res.statusCode, id).toBe(404);
        expect(chineseBody(res.body, id)).toEqual({ error: 'unknown-competition', message: '没有这个竞赛' });
      }
    }
  });

  it('takes full-width PIN digits as the same PIN (register, sign-in)', async () => {
    const reg = await t.app.inject({ method: 'POST', url: '/api/players', payload: { name: '全角', branch: 'cbd', pin: '１２３４' } });
    expect(reg.statusCode).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '全角', branch: 'cbd', pin: '1234' } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '全角', branch: 'cbd', pin: '１２ ３４' } })).statusCode).toBe(200);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '全角', branch: 'cbd', pin: '１２３５' } });
    expect([wrong.statusCode, wrong.json<{ error: string }>().error]).toEqual([401, 'wrong-login']);
  });

  it('every schema refusal a trainee can cause says what was wrong in Chinese, never Ajv’s English', async () => {
    const signed = await register(t.app, '中文错误', 'cbd');
    const cases: { method: 'GET' | 'POST'; url: string; payload?: unknown; headers?: Record<string, string> }[] = [
      { method: 'POST', url: '/api/players', payload: { name: '某人', branch: 'cbd', pin: '12ab' } },
      { method: 'POST', url: '/api/login', payload: { name: '某人', branch: 'cbd' } },
      { method: 'POST', url: '/api/login', payload: { name: '某人', branch: 'cbd', pin: '1234', extra: 1 } },
      { method: 'POST', url: '/api/attempts', payload: { caseId: 'x' }, headers: signed.auth },
      { method: 'POST', url: '/api/submissions', payload: { attemptId: 'nope' }, headers: signed.auth },
      { method: 'POST', url: '/api/submissions/offline', payload: { seed: 'x' }, headers: signed.auth },
      { method: 'GET', url: '/api/boards/cases/not-a-hash' },
      { method: 'GET', url: '/api/boards/cases/0123456789abcdef/principles/BAD!' },
      { method: 'GET', url: '/api/boards/branches?story=BAD' },
      { method: 'GET', url: '/api/boards/branches?other=1' },
      { method: 'POST', url: '/api/login', payload: '{"name":', headers: { 'content-type': 'application/json' } },
      { method: 'POST', url: '/api/login', payload: 'pin=1234', headers: { 'content-type': 'text/plain' } },
      { method: 'POST', url: '/api/login', payload: 'x'.repeat(20_000), headers: { 'content-type': 'application/json' } },
      { method: 'GET', url: '/api/no-such-route' },
      { method: 'POST', url: '/api/health' },
    ];
    for (const c of cases) {
      const res = await t.app.inject({ method: c.method, url: c.url, headers: c.headers ?? {}, ...(c.payload === undefined ? {} : typeof c.payload === 'string' ? { payload: c.payload } : { payload: c.payload as object }) });
      const what = `${c.method} ${c.url} ${JSON.stringify(c.payload ?? null).slice(0, 60)}`;
      expect(res.statusCode, what).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, what).toBeLessThan(500);
      chineseBody(res.body, what);
    }
  });
});
