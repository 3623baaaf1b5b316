/**
 * Organisers' administration on SQLite and on a real PostgreSQL: the admin credential (off when
 * unset, constant-time, rate-limited sign-in, trainee tokens never pass), competitions from draft
 * to closed with what counts inside the window, the competition boards without a public bottom
 * of the list, branches, PIN resets and the CSV export.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_VERSION } from '../../src/core';
import { bestPath, casesOf, makeApp, pathTaking, play, register, start, testDist, type Signed, type TestApp, type TestCase } from './harness';
import type { DatabaseTarget } from '../../src/server/db/connect';
import { DIALECTS, useDatabases } from './databases';
import { ADMIN, adminLogin } from './adminHarness';

const freshTarget = useDatabases();

/**
 * A clock the test moves: every time the server stamps comes from it. Each reading advances it by
 * a millisecond, so one player's attempts are never stamped in the same instant.
 */
function testClock(start: string): { now: () => Date; set: (iso: string) => void } {
  let t = new Date(start).getTime();
  return { now: () => new Date(t++), set: (iso) => (t = new Date(iso).getTime()) };
}

describe.each(DIALECTS)('on %s', (dialect) => {
  let cases: TestCase[];
  let angry: TestCase;
  let closing: TestCase;
  const dist = testDist();

  beforeAll(() => {
    cases = casesOf(dist).cases;
    angry = cases.find((c) => c.compiled.meta.id === 'angry-customer') as TestCase;
    closing = cases.find((c) => c.compiled.meta.id === 'closing-time') as TestCase;
  });

  describe('the admin credential', () => {
    it('turns admin routes off when unset: 403 admin-disabled, with a reason', async () => {
      const t = await makeApp(dist, await freshTarget(dialect));
      try {
        for (const [method, url, payload] of [
          ['POST', '/api/admin/login', { credential: ADMIN }],
          ['GET', '/api/admin/competitions', undefined],
          ['POST', '/api/admin/players/pin', { branch: 'cbd', name: '张三', pin: '1234' }],
        ] as const) {
          const res = await t.app.inject({ method, url, payload, headers: { authorization: `Bearer ${'x'.repeat(43)}` } });
          expect(res.statusCode, url).toBe(403);
          expect(res.json(), url).toMatchObject({ error: 'admin-disabled' });
        }
      } finally {
        await t.close();
      }
    });

    it('refuses a wrong credential, a trainee’s token and no token; the right credential opens the routes', async () => {
      const t = await makeApp(dist, await freshTarget(dialect), { adminToken: ADMIN });
      try {
        const wrong = await t.app.inject({ method: 'POST', url: '/api/admin/login', payload: { credential: `${ADMIN}x` } });
        expect(wrong.statusCode).toBe(401);
        expect(wrong.json()).toMatchObject({ error: 'wrong-credential' });
        const trainee = await register(t.app, '李四', 'cbd');
        for (const headers of [trainee.auth, {}, { authorization: `Bearer ${ADMIN}` }, { authorization: 'Basic abc' }]) {
          for (const [method, url] of [['GET', '/api/admin/competitions'], ['POST', '/api/admin/competitions/00000000-0000-4000-8000-000000000000/open'], ['PUT', '/api/admin/branches/new-one'], ['POST', '/api/admin/cases']] as const) {
            const res = await t.app.inject({ method, url, headers, payload: method === 'GET' ? undefined : {} });
            expect(res.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(401);
            expect(res.json<{ error: string }>().error).toBe('admin-required');
          }
        }
        // The admin session is not a trainee session either.
        const admin = await adminLogin(t);
        expect((await t.app.inject({ url: '/api/me/record', headers: admin })).json()).toMatchObject({ error: 'not-signed-in' });
        expect((await t.app.inject({ url: '/api/admin/competitions', headers: admin })).json()).toEqual({ competitions: [] });
      } finally {
        await t.close();
      }
    });

    it('counts wrong credentials, not right ones: an organiser’s CLI loop is never locked out, guessing is', async () => {
      const t = await makeApp(dist, await freshTarget(dialect), { adminToken: ADMIN, rateLimits: { login: 3, play: 100, windowMs: 60_000 } });
      try {
        const right = async (): Promise<number> => (await t.app.inject({ method: 'POST', url: '/api/admin/login', payload: { credential: ADMIN } })).statusCode;
        const wrong = async (i: number): Promise<number> => (await t.app.inject({ method: 'POST', url: '/api/admin/login', payload: { credential: `guess-${i}-000000000000000` } })).statusCode;
        // Twelve commands in a minute, each signing in afresh (the CLI), with two typos among them.
        const codes: number[] = [];
        for (let i = 0; i < 12; i++) codes.push(i === 4 || i === 8 ? await wrong(i) : await right());
        expect(codes).toEqual([200, 200, 200, 200, 401, 200, 200, 200, 401, 200, 200, 200]);
        // A third wrong one is still allowed (3 a minute), the fourth is refused, and then the right one too.
        expect([await wrong(20), await wrong(21), await right()]).toEqual([401, 429, 429]);
        // Concurrent guesses are each counted before any is checked: none gets past the limit.
        const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => wrong(30 + i)));
        expect(burst.every((c) => c === 429)).toBe(true);
      } finally {
        await t.close();
      }
    });

    it('rate-limits admin sign-in attempts per client address', async () => {
      const t = await makeApp(dist, await freshTarget(dialect), { adminToken: ADMIN, rateLimits: { login: 3, play: 100, windowMs: 60_000 } });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 5; i++) codes.push((await t.app.inject({ method: 'POST', url: '/api/admin/login', payload: { credential: `guess-${i}-000000000000000` } })).statusCode);
        expect(codes).toEqual([401, 401, 401, 429, 429]);
        const right = await t.app.inject({ method: 'POST', url: '/api/admin/login', payload: { credential: ADMIN } });
        expect(right.statusCode).toBe(429);
        expect(right.json()).toMatchObject({ error: 'rate-limited' });
      } finally {
        await t.close();
      }
    });
  });

  describe('malformed requests to admin routes', () => {
    it('answers every malformed body, parameter and size with a 4xx and a reason code, never a 5xx', async () => {
      const t = await makeApp(dist, await freshTarget(dialect), { adminToken: ADMIN });
      try {
        const admin = await adminLogin(t);
        const id = '00000000-0000-4000-8000-000000000000';
        const routes: [string, string][] = [
          ['POST', '/api/admin/login'],
          ['POST', '/api/admin/competitions'],
          ['POST', `/api/admin/competitions/${id}/open`],
          ['POST', `/api/admin/competitions/${id}/close`],
          ['POST', `/api/admin/competitions/${id}/branches`],
          ['GET', `/api/admin/competitions/${id}/results`],
          ['GET', `/api/admin/competitions/${id}/results.csv`],
          ['PUT', '/api/admin/branches/a'],
          ['POST', '/api/admin/players/pin'],
          ['POST', '/api/admin/cases'],
          ['GET', `/api/competitions/${id}/players`],
          ['GET', `/api/admin/competitions/x'%20OR%201=1/results`],
          ['PUT', '/api/admin/branches/%00'],
        ];
        const bodies: unknown[] = [
          null,
          [],
          'text',
          42,
          { title: 'x'.repeat(10_000) },
          { credential: { $ne: '' } },
          { branches: [null] },
          { caseFile: 'a.ink', files: { 'a.ink': 'x'.repeat(300_000) } },
          { caseFile: 'a.ink', files: Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}.ink`, ''])) },
          { name: '<img src=x onerror=alert(1)>', region: '', branch: 'cbd', pin: '1234' },
          JSON.parse('{"__proto__": {"admin": true}}') as unknown,
        ];
        const seen = new Set<number>();
        for (const [method, url] of routes) {
          for (const body of bodies) {
            const headers = method === 'GET' ? admin : { ...admin, 'content-type': 'application/json' };
            const res = await t.app.inject({ method: method as 'GET', url, headers, payload: method === 'GET' ? undefined : JSON.stringify(body) });
            seen.add(res.statusCode);
            expect(res.statusCode, `${method} ${url} ${JSON.stringify(body).slice(0, 80)}`).toBeLessThan(500);
            if (res.statusCode >= 400) expect(typeof res.json<{ error?: unknown }>().error).toBe('string');
          }
          const notJson = await t.app.inject({ method: method as 'GET', url, headers: { ...admin, 'content-type': 'text/plain' }, payload: method === 'GET' ? undefined : 'hello' });
          expect(notJson.statusCode, `${method} ${url} text/plain`).toBeLessThan(500);
        }
        expect([...seen].every((s) => s < 500)).toBe(true);
        // A publish over 1 MB is refused as too large; without an admin session it is refused before it is read.
        const big = JSON.stringify({ caseFile: 'a.ink', files: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}.ink`, 'x'.repeat(190_000)])) });
        expect((await t.app.inject({ method: 'POST', url: '/api/admin/cases', headers: { ...admin, 'content-type': 'application/json' }, payload: big })).json()).toMatchObject({ error: 'body-too-large' });
        expect((await t.app.inject({ method: 'POST', url: '/api/admin/cases', headers: { 'content-type': 'application/json' }, payload: big })).json()).toMatchObject({ error: 'admin-required' });
        // Other admin routes keep the server's ordinary 16 KB limit.
        expect((await t.app.inject({ method: 'POST', url: '/api/admin/competitions', headers: { ...admin, 'content-type': 'application/json' }, payload: JSON.stringify({ title: 'x'.repeat(20_000) }) })).statusCode).toBe(413);
        expect((await t.app.inject('/api/health')).statusCode).toBe(200);
      } finally {
        await t.close();
      }
    });
  });

  describe('competitions', () => {
    let t: TestApp;
    let admin: { authorization: string };
    const clock = testClock('2026-12-01T08:00:00.000Z');
    let players: Record<string, Signed>;

    beforeAll(async () => {
      t = await makeApp(dist, await freshTarget(dialect), { adminToken: ADMIN, now: clock.now });
      admin = await adminLogin(t);
      players = {};
      for (const [name, branch] of [
        ['甲一', 'cbd'],
        ['甲二', 'cbd'],
        ['乙一', 'east-lake'],
        ['乙二', 'east-lake'],
        ['丙一', 'railway'],
        ['丁一', 'harbour'],
      ] as const) {
        players[name] = await register(t.app, name, branch);
      }
    });
    afterAll(async () => {
      await t.close();
    });

    const body = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
      title: '厅堂服务技能竞赛（第一季）',
      opensAt: '2026-12-01T09:00:00Z',
      closesAt: '2026-12-08T09:00:00Z',
      cases: [angry.compiled.hash, closing.compiled.hash],
      branches: ['cbd', 'east-lake'],
      minPlayers: 2,
      requireOnline: true,
      ...over,
    });

    it('refuses malformed or impossible competitions with 4xx reason codes, never 5xx', async () => {
      const bad: [Record<string, unknown>, number, string][] = [
        [body({ closesAt: '2026-11-30T00:00:00Z' }), 400, 'invalid-window'],
        [body({ opensAt: 'tomorrow' }), 400, 'invalid-window'],
        [body({ opensAt: '2026-02-30T00:00:00Z' }), 400, 'invalid-window'],
        [body({ cases: ['0000000000000000'] }), 404, 'unknown-story'],
        [body({ cases: [] }), 400, 'invalid-body'],
        [body({ branches: ['nowhere'] }), 400, 'unknown-branch'],
        [body({ title: '<script>alert(1)</script>' }), 400, 'invalid-title'],
        [body({ title: '   ' }), 400, 'invalid-title'],
        [body({ minPlayers: 0 }), 400, 'invalid-body'],
        [body({ minPlayers: '2' }), 400, 'invalid-body'],
        [body({ state: 'open' }), 400, 'invalid-body'],
        [body({ branches: ["cbd'; DROP TABLE players; --"] }), 400, 'invalid-body'],
      ];
      for (const [payload, status, error] of bad) {
        const res = await t.app.inject({ method: 'POST', url: '/api/admin/competitions', headers: admin, payload });
        expect(res.statusCode, JSON.stringify(payload)).toBe(status);
        expect(res.json<{ error: string }>().error, JSON.stringify(payload)).toBe(error);
      }
      const notJson = await t.app.inject({ method: 'POST', url: '/api/admin/competitions', headers: { ...admin, 'content-type': 'application/json' }, payload: '{"title":' });
      expect(notJson.json()).toMatchObject({ error: 'malformed-json' });
      for (const url of ['/api/admin/competitions/not-a-uuid/open', '/api/admin/competitions/00000000-0000-4000-8000-000000000000/open']) {
        const res = await t.app.inject({ method: 'POST', url, headers: admin });
        expect([400, 404]).toContain(res.statusCode);
      }
      expect((await t.app.inject('/api/competitions/00000000-0000-4000-8000-000000000000/branches')).json()).toMatchObject({ error: 'unknown-competition' });
    });

    it('runs draft → open → closed; counts first attempts inside the window, by registered branches, online only', async () => {
      const created = await t.app.inject({ method: 'POST', url: '/api/admin/competitions', headers: admin, payload: body() });
      expect(created.statusCode).toBe(201);
      const c = created.json<{ id: string; state: string; branches: string[] }>();
      expect(c).toMatchObject({ state: 'draft', branches: ['cbd', 'east-lake'], rule: 'mean-first-attempts-in-window', requireOnline: true, minPlayers: 2 });
      // A draft is the organisers' own: not listed, no board.
      expect((await t.app.inject('/api/competitions')).json()).toEqual({ competitions: [] });
      expect((await t.app.inject(`/api/competitions/${c.id}/players`)).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/close`, headers: admin })).json()).toMatchObject({ error: 'wrong-state' });

      // Before the window: 甲一 practises angry-customer (not counted, not even as their first).
      clock.set('2026-12-01T08:30:00.000Z');
      const p = players;
      const s = (name: string): Signed => p[name] as Signed;
      await play(t.app, s('甲一'), angry, (seed) => pathTaking(angry, seed, () => 0));

      const opened = await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/open`, headers: admin });
      expect(opened.json()).toMatchObject({ state: 'open' });
      expect((await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/open`, headers: admin })).json()).toMatchObject({ error: 'wrong-state' });
      expect((await t.app.inject('/api/competitions')).json<{ competitions: { id: string }[] }>().competitions.map((x) => x.id)).toEqual([c.id]);

      clock.set('2026-12-01T10:00:00.000Z');
      const best = (k: TestCase) => (seed: number) => bestPath(k, seed);
      const worst = (k: TestCase) => (seed: number) => pathTaking(k, seed, (n) => n - 1);
      const scores: Record<string, number[]> = {};
      const run = async (name: string, k: TestCase, how: (k: TestCase) => (seed: number) => number[]): Promise<number> => {
        const r = await play(t.app, s(name), k, how(k));
        expect(r.status).toBe(201);
        const score = r.body['score'] as number;
        (scores[name] ??= []).push(score);
        return score;
      };
      const a1 = await run('甲一', angry, best); // first inside the window: counts
      await run('甲一', angry, worst); // a retry: never counts
      const a2 = await run('甲二', angry, worst);
      const a3 = await run('甲二', closing, best);
      const b1 = await run('乙一', angry, best);
      const b2 = await run('乙二', closing, best);
      // 乙一 starts closing-time and abandons it: that was the first try, so the finished retry does not count.
      await start(t.app, s('乙一'), closing);
      await run('乙一', closing, best);
      await run('丙一', angry, best); // railway is not registered (yet)
      // An offline attempt does not count when the competition requires online ones.
      const off = await t.app.inject({
        method: 'POST',
        url: '/api/submissions/offline',
        headers: s('乙二').auth,
        payload: { seed: 7, caseId: angry.compiled.meta.id, storyHash: angry.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: angry.catalogue.hash, path: bestPath(angry, 7), idempotencyKey: randomUUID() },
      });
      expect(off.statusCode).toBe(201);

      const resultsRes = await t.app.inject({ url: `/api/admin/competitions/${c.id}/results`, headers: admin });
      expect(resultsRes.statusCode, resultsRes.body).toBe(200);
      const results = resultsRes.json<{ branches: { code: string; rank: number | null; mean: number | null; participants: number; attempts: number }[]; players: { name: string; total: number; cases: number; rank: number }[] }>();
      const cbd = results.branches.find((b) => b.code === 'cbd');
      const east = results.branches.find((b) => b.code === 'east-lake');
      expect(cbd).toMatchObject({ participants: 2, attempts: 3, mean: Math.round((100 * (a1 + a2 + a3)) / 3) / 100 });
      expect(east).toMatchObject({ participants: 2, attempts: 2, mean: Math.round((100 * (b1 + b2)) / 2) / 100 });
      expect(results.branches.map((b) => b.code).sort()).toEqual(['cbd', 'east-lake']);
      const totals = Object.fromEntries(results.players.map((x) => [x.name, x.total]));
      expect(totals).toEqual({ 甲一: a1, 甲二: a2 + a3, 乙一: b1, 乙二: b2 });

      // Registering a branch later brings its members' attempts in the window in.
      const reg = await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/branches`, headers: admin, payload: { branches: ['railway'] } });
      expect(reg.json<{ branches: string[] }>().branches).toEqual(['cbd', 'east-lake', 'railway']);
      expect((await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/branches`, headers: admin, payload: { branches: ['atlantis'] } })).json()).toMatchObject({ error: 'unknown-branch' });

      // What a branch sees: its own rank and the gap to the one above; the top three at most.
      const view = (await t.app.inject({ url: `/api/competitions/${c.id}/branches`, headers: s('乙一').auth })).json<{ mine: { code: string; rank: number | null }; top: { code: string }[]; gapToNext: number | null; rule: { id: string; minPlayers: number } }>();
      expect(view.rule).toEqual({ id: 'mean-first-attempts-in-window', minPlayers: 2 });
      expect(view.mine.code).toBe('east-lake');
      const ranked = [cbd, east].filter((b) => b !== undefined).sort((x, y) => (y.mean ?? 0) - (x.mean ?? 0));
      expect(view.top.map((b) => b.code)).toEqual(ranked.map((b) => b.code));
      // railway has one participant: shown to itself, unranked.
      const railway = (await t.app.inject({ url: `/api/competitions/${c.id}/branches`, headers: s('丙一').auth })).json<{ mine: { rank: number | null; participants: number } }>();
      expect(railway.mine).toMatchObject({ rank: null, participants: 1 });

      // What a trainee sees: the ranked list from the top, their own entry, never who is below.
      const mine = (await t.app.inject({ url: `/api/competitions/${c.id}/players`, headers: s('乙二').auth })).json<{ top: { name: string; me: boolean }[]; mine: { name: string; rank: number; total: number } | null; above: unknown[] }>();
      expect(mine.mine).toMatchObject({ name: '乙二', total: b2 });
      expect(mine.top.filter((e) => e.me).map((e) => e.name)).toEqual(['乙二']);
      expect(JSON.stringify(mine)).not.toContain('playerId');

      // Closing early freezes the results: a first attempt after the close does not count.
      clock.set('2026-12-01T15:00:00.000Z');
      const closed = (await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/close`, headers: admin })).json<{ state: string; closesAt: string }>();
      expect(closed.state).toBe('closed');
      expect(closed.closesAt.slice(0, 19)).toBe('2026-12-01T15:00:00');
      clock.set('2026-12-01T16:00:00.000Z');
      await run('乙一', closing, best);
      const after = (await t.app.inject({ url: `/api/admin/competitions/${c.id}/results`, headers: admin })).json<{ players: { name: string; total: number }[] }>();
      expect(after.players.find((x) => x.name === '乙一')?.total).toBe(b1);
      expect((await t.app.inject({ method: 'POST', url: `/api/admin/competitions/${c.id}/branches`, headers: admin, payload: { branches: ['harbour'] } })).json()).toMatchObject({ error: 'wrong-state' });
      expect((await t.app.inject('/api/competitions')).json<{ competitions: { state: string }[] }>().competitions[0]?.state).toBe('closed');

      // The export: BOM, Chinese, every branch and player (organisers see the whole list).
      const csv = await t.app.inject({ url: `/api/admin/competitions/${c.id}/results.csv`, headers: admin });
      expect(csv.statusCode).toBe(200);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(String(csv.headers['content-disposition'])).toContain("filename*=UTF-8''");
      expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const text = csv.rawPayload.toString('utf8');
      expect(text).toContain('厅堂服务技能竞赛（第一季）');
      for (const name of ['甲一', '甲二', '乙一', '乙二', '丙一']) expect(text).toContain(`,${name},`);
      // The window in Beijing time (closed early at 15:00 UTC = 23:00 北京时间), as Excel reads dates.
      expect(text).toMatch(/\r\n时间（北京时间）,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 至 2026-12-01 23:00:00,/);
      expect(text).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);
      expect(text.split('\r\n').length).toBeGreaterThan(12);
    });
  });

  describe('branches, PINs and the case board export', () => {
    let t: TestApp;
    let admin: { authorization: string };
    let target: DatabaseTarget;
    beforeAll(async () => {
      target = await freshTarget(dialect);
      t = await makeApp(dist, target, { adminToken: ADMIN });
      admin = await adminLogin(t);
    });
    afterAll(async () => {
      await t.close();
    });

    it('adds and edits branches (code, name, region); refuses markup and bad codes', async () => {
      const add = await t.app.inject({ method: 'PUT', url: '/api/admin/branches/west-gate', headers: admin, payload: { name: '西门支行', region: '城区' } });
      expect(add.statusCode).toBe(201);
      const edit = await t.app.inject({ method: 'PUT', url: '/api/admin/branches/west-gate', headers: admin, payload: { name: '西门分理处', region: '城西' } });
      expect(edit.statusCode).toBe(200);
      const list = (await t.app.inject('/api/branches')).json<{ branches: { code: string; name: string; region: string }[] }>().branches;
      expect(list.find((b) => b.code === 'west-gate')).toEqual({ code: 'west-gate', name: '西门分理处', region: '城西' });
      // An organiser's edit of a branch the file lists survives the next start (the file does not undo it).
      expect((await t.app.inject({ method: 'PUT', url: '/api/admin/branches/harbour', headers: admin, payload: { name: '港口支行（新址）', region: '沿海' } })).statusCode).toBe(200);
      await t.close();
      t = await makeApp(dist, target, { adminToken: ADMIN });
      admin = await adminLogin(t);
      const again = (await t.app.inject('/api/branches')).json<{ branches: { code: string; name: string }[] }>().branches;
      expect(again.find((b) => b.code === 'harbour')?.name).toBe('港口支行（新址）');
      expect(again.find((b) => b.code === 'cbd')?.name).toBe('中央商务区支行');
      expect((await t.app.inject({ method: 'PUT', url: '/api/admin/branches/x', headers: admin, payload: { name: '<b>支行</b>', region: '' } })).json()).toMatchObject({ error: 'invalid-name' });
      expect((await t.app.inject({ method: 'PUT', url: '/api/admin/branches/Bad%20Code', headers: admin, payload: { name: '支行', region: '' } })).json()).toMatchObject({ error: 'invalid-body' });
      expect((await t.app.inject({ method: 'PUT', url: '/api/admin/branches/y', headers: admin, payload: { name: '支行' } })).json()).toMatchObject({ error: 'invalid-body' });
    });

    it('resets a PIN: the old PIN and every old sign-in stop working, the new PIN works', async () => {
      const who = await register(t.app, '王五', 'harbour', '1111');
      const res = await t.app.inject({ method: 'POST', url: '/api/admin/players/pin', headers: admin, payload: { branch: 'harbour', name: '王五', pin: '2222' } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ playerId: who.playerId, sessionsEnded: 1 });
      expect((await t.app.inject({ url: '/api/me/record', headers: who.auth })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '王五', branch: 'harbour', pin: '1111' } })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '王五', branch: 'harbour', pin: '2222' } })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'POST', url: '/api/admin/players/pin', headers: admin, payload: { branch: 'harbour', name: '无此人', pin: '2222' } })).json()).toMatchObject({ error: 'unknown-player' });
      expect((await t.app.inject({ method: 'POST', url: '/api/admin/players/pin', headers: admin, payload: { branch: 'harbour', name: '王五', pin: '12' } })).json()).toMatchObject({ error: 'invalid-pin' });
    });

    it('exports a case board as CSV with quoting and a guard against formulas', async () => {
      // Branch names an organiser typed: a comma, quotes, and what Excel would run as a formula.
      await t.app.inject({ method: 'PUT', url: '/api/admin/branches/formula', headers: admin, payload: { name: '=HYPERLINK("http://x","点我")', region: '' } });
      await t.app.inject({ method: 'PUT', url: '/api/admin/branches/comma', headers: admin, payload: { name: '东湖,"二"支行', region: '' } });
      const a = await register(t.app, '赵六', 'formula');
      const b = await register(t.app, '钱七', 'comma');
      await play(t.app, a, angry, (seed) => bestPath(angry, seed));
      await play(t.app, b, angry, (seed) => pathTaking(angry, seed, () => 0));
      const res = await t.app.inject({ url: `/api/admin/boards/cases/${angry.compiled.hash}.csv`, headers: admin });
      expect(res.statusCode).toBe(200);
      const text = res.rawPayload.toString('utf8');
      expect(text.startsWith('\uFEFF名次,姓名,支行代码,支行,最好成绩,达到时间（北京时间）\r\n')).toBe(true);
      // Times as Beijing wall-clock time in a form Excel reads as a date, not UTC ISO strings.
      const rows = text.trim().split('\r\n').slice(1);
      expect(rows).toHaveLength(2);
      for (const row of rows) expect(row).toMatch(/,\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(text).toContain(`,赵六,formula,"'=HYPERLINK(""http://x"",""点我"")",`);
      expect(text).toContain(',钱七,comma,"东湖,""二""支行",');
      expect((await t.app.inject({ url: '/api/admin/boards/cases/0000000000000000.csv', headers: admin })).json()).toMatchObject({ error: 'unknown-story' });
      expect((await t.app.inject({ url: `/api/admin/boards/cases/${angry.compiled.hash}.csv`, headers: a.auth })).statusCode).toBe(401);
    });
  });
});
