/**
 * The server on SQLite and on a real PostgreSQL (started by the test run): the built game on one
 * port with a strict CSP and real 404s, players, verified scores (the server's score is the core's
 * score for the path, whatever the client believes), exactly-once submissions and the boards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCORING_VERSION } from '../../src/core';
import { bestPath, casesOf, expected, makeApp, pathTaking, play, register, start, submission, testDist, type TestApp, type TestCase } from './harness';
import { DIALECTS, useDatabases } from './databases';

const freshTarget = useDatabases();

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestApp;
let cases: TestCase[];
let angry: TestCase;
let closing: TestCase;

beforeAll(async () => {
  const dist = testDist();
  cases = casesOf(dist).cases;
  angry = cases.find((c) => c.compiled.meta.id === 'angry-customer') as TestCase;
  closing = cases.find((c) => c.compiled.meta.id === 'closing-time') as TestCase;
  t = await makeApp(dist, await freshTarget(dialect));
});
afterAll(async () => {
  await t.close();
});

  describe('serving the game', () => {
    it('serves the page with a strict content-security policy and security headers', async () => {
      const res = await t.app.inject('/');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect((await t.app.inject('/assets/game.js')).statusCode).toBe(200);
      // Only the trainers' Studio page lets its editor style itself inline.
      const studio = String((await t.app.inject('/studio.html')).headers['content-security-policy']);
      expect(studio).toContain("style-src 'self' 'unsafe-inline'");
      expect(studio).toContain("script-src 'self'");
      expect(studio).not.toMatch(/script-src[^;]*unsafe-inline/);
    });

    it('answers 404 for a missing file or a path outside the game, never the page in its place', async () => {
      for (const url of ['/content/cases/0000000000000000.json', '/missing.json', '/assets/nothing.js', '/api/nothing', '/content/', '/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/etc/passwd']) {
        const res = await t.app.inject(url);
        expect(res.statusCode, url).toBe(404);
        expect(res.body, url).not.toContain('<!doctype html>');
      }
    });

    it('keeps CORS closed by default', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/cases', headers: { origin: 'https://evil.example' } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const pre = await t.app.inject({ method: 'OPTIONS', url: '/api/submissions', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('lists the published cases and the branches from the organisation’s file', async () => {
      const list = (await t.app.inject('/api/cases')).json<{ cases: { caseId: string; storyHash: string }[] }>().cases;
      expect(list.map((c) => c.storyHash).sort()).toEqual(cases.map((c) => c.compiled.hash).sort());
      const branches = (await t.app.inject('/api/branches')).json<{ branches: { code: string; region: string }[] }>().branches;
      expect(branches.find((b) => b.code === 'harbour')?.region).toBe('沿海');
      expect(branches.find((b) => b.code === 'railway')?.region).toBe('');
    });
  });

  describe('players', () => {
    it('registers, signs in by branch, name and PIN, and refuses a wrong PIN', async () => {
      const a = await register(t.app, '王 小明', 'cbd', '246810');
      const ok = await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '王 小明', branch: 'cbd', pin: '246810' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json<{ playerId: string }>().playerId).toBe(a.playerId);
      const wrong = await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '王 小明', branch: 'cbd', pin: '246811' } });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.json<{ error: string }>().error).toBe('wrong-login');
      const taken = await t.app.inject({ method: 'POST', url: '/api/players', payload: { name: '王 小明', branch: 'cbd', pin: '1111' } });
      expect(taken.json<{ error: string }>().error).toBe('name-taken');
    });

    it('treats names written another way (spaces, full-width letters, separators, case) as the same trainee', async () => {
      const a = await register(t.app, '王 晓明', 'railway', '1111');
      const b = await register(t.app, 'Wang Li', 'railway', '2222');
      for (const [name, who] of [['王晓明', a], ['王晓明.', a], ['王·晓明', a], ['wangli', b], ['ＷＡＮＧ ＬＩ', b], ['Ｗang-Li', b]] as const) {
        const again = await t.app.inject({ method: 'POST', url: '/api/players', payload: { name, branch: 'railway', pin: '3333' } });
        expect([name, again.statusCode, again.json<{ error: string }>().error]).toEqual([name, 409, 'name-taken']);
        expect(again.json<{ message: string }>().message).toContain('写法相近');
        // Signing in with the name written that way reaches the trainee's own account.
        const pin = who === a ? '1111' : '2222';
        const signedIn = await t.app.inject({ method: 'POST', url: '/api/login', payload: { name, branch: 'railway', pin } });
        expect([name, signedIn.statusCode, signedIn.json<{ playerId: string }>().playerId]).toEqual([name, 200, who.playerId]);
      }
      // Another branch's 王晓明 is another trainee.
      expect((await t.app.inject({ method: 'POST', url: '/api/players', payload: { name: '王晓明', branch: 'cbd', pin: '1111' } })).statusCode).toBe(201);
    });
  });

  describe('verified scores', () => {
    it('stores and returns the score the core computes for the path', async () => {
      const p = await register(t.app, '李华', 'east-lake');
      const best = await play(t.app, p, angry, (seed) => bestPath(angry, seed));
      expect(best.status).toBe(201);
      const want = expected(angry, best.seed, best.path);
      expect(best.body).toMatchObject({ score: want.score, rawScore: want.rawScore, grade: want.grade, endingId: want.endingId, first: true, online: true, duplicate: false, scoringVersion: SCORING_VERSION });
      expect(best.body['score']).toBe(100);
      expect(best.body['principles']).toEqual(want.principles);

      const worst = await play(t.app, p, angry, (seed) => pathTaking(angry, seed, (n) => n - 1));
      const w = expected(angry, worst.seed, worst.path);
      expect(worst.body).toMatchObject({ score: w.score, grade: w.grade, first: false });
      expect(worst.body['breaches']).toEqual(w.breaches);
    });

    it('records a resubmission with the same idempotency key once, and returns the same result', async () => {
      const p = await register(t.app, '赵敏', 'railway');
      const s = await start(t.app, p, closing);
      const body = submission(closing, s, bestPath(closing, s.seed));
      const first = await t.app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: body });
      const again = await Promise.all([1, 2, 3].map(() => t.app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: body })));
      expect(first.statusCode).toBe(201);
      for (const r of again) {
        expect(r.statusCode).toBe(200);
        expect(r.json()).toEqual({ ...first.json<object>(), duplicate: true });
      }
      const other = await t.app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: { ...body, idempotencyKey: 'another-key-123' } });
      expect(other.statusCode).toBe(409);
      expect(other.json<{ error: string }>().error).toBe('already-submitted');
      const record = (await t.app.inject({ url: '/api/me/record', headers: p.auth })).json<{ cases: { storyHash: string; attempts: number }[] }>();
      expect(record.cases.find((c) => c.storyHash === closing.compiled.hash)?.attempts).toBe(1);
    });

    it('records concurrent submissions of one attempt with different keys exactly once', async () => {
      const p = await register(t.app, '钱多多', 'railway');
      const s = await start(t.app, p, closing);
      const path = bestPath(closing, s.seed);
      const replies = await Promise.all([0, 1, 2, 3].map((i) => t.app.inject({ method: 'POST', url: '/api/submissions', headers: p.auth, payload: submission(closing, s, path, { idempotencyKey: `race-key-${i}-${s.attemptId.slice(0, 8)}` }) })));
      expect(replies.filter((r) => r.statusCode === 201)).toHaveLength(1);
      expect(replies.filter((r) => r.statusCode === 409)).toHaveLength(3);
    });

    it('accepts an offline attempt with the client’s seed, verified and marked offline, once per key', async () => {
      const p = await register(t.app, '孙离线', 'harbour');
      const seed = 424242;
      const body = { caseId: angry.compiled.meta.id, storyHash: angry.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: angry.catalogue.hash, seed, path: bestPath(angry, seed), idempotencyKey: 'offline-key-0001' };
      const r1 = await t.app.inject({ method: 'POST', url: '/api/submissions/offline', headers: p.auth, payload: body });
      const r2 = await t.app.inject({ method: 'POST', url: '/api/submissions/offline', headers: p.auth, payload: body });
      expect(r1.statusCode).toBe(201);
      expect(r1.json()).toMatchObject({ online: false, first: true, score: 100, seed });
      expect(r2.statusCode).toBe(200);
      expect(r2.json<{ attemptId: string }>().attemptId).toBe(r1.json<{ attemptId: string }>().attemptId);
    });
  });

  describe('boards', () => {
    it('ranks a case by best score, shows the viewer their rank and the people just above, never the bottom', async () => {
      const dist = testDist();
      const b = await makeApp(dist, await freshTarget(dialect));
      try {
        // 15 players on case "closing-time": player i takes option (i mod n) at every turn.
        const players = [];
        for (let i = 0; i < 15; i++) players.push(await register(b.app, `学员${String(i).padStart(2, '0')}`, ['cbd', 'east-lake', 'railway'][i % 3] ?? 'cbd'));
        const scores: number[] = [];
        for (const [i, p] of players.entries()) {
          const r = await play(b.app, p, closing, (seed) => pathTaking(closing, seed, (n, turn) => (i + turn) % n));
          expect(r.status).toBe(201);
          scores.push(r.body['score'] as number);
        }
        const anon = (await b.app.inject(`/api/boards/cases/${closing.compiled.hash}`)).json<{ top: { value: number; rank: number }[]; mine: unknown; above: unknown[] }>();
        expect(anon.top).toHaveLength(10);
        expect(anon.top.map((e) => e.value)).toEqual([...scores].sort((x, y) => y - x).slice(0, 10));
        expect(anon.mine).toBeNull();
        expect(anon.above).toEqual([]);
        // The lowest-ranked player sees their own rank and the three just above, and nothing below.
        const order = anon.top.length;
        for (const p of players) {
          const view = (await b.app.inject({ url: `/api/boards/cases/${closing.compiled.hash}`, headers: p.auth })).json<{ top: { me: boolean }[]; mine: { rank: number; value: number } | null; above: { rank: number }[] }>();
          expect(view.mine).not.toBeNull();
          const rank = view.mine?.rank ?? 0;
          const justAbove: number[] = [];
          for (let r = Math.max(order + 1, rank - 3); r < rank; r++) justAbove.push(r);
          expect(view.above.map((e) => e.rank)).toEqual(justAbove);
          expect(view.top.filter((e) => e.me)).toHaveLength(rank <= order ? 1 : 0);
          expect(view.above.every((e) => e.rank < rank)).toBe(true);
        }
      } finally {
        await b.close();
      }
    });

    it('ranks branches by the mean of members’ first attempts, with a minimum participation', async () => {
      const dist = testDist();
      const b = await makeApp(dist, await freshTarget(dialect), { branchMinPlayers: 2 });
      try {
        const worst = (seed: number): number[] => pathTaking(angry, seed, (n) => n - 1);
        const best = (seed: number): number[] => bestPath(angry, seed);
        // cbd: two members, first attempts 100 and worst; then a retry at 100 (retries never count).
        const c1 = await register(b.app, '甲', 'cbd');
        const c2 = await register(b.app, '乙', 'cbd');
        await play(b.app, c1, angry, best);
        const w = await play(b.app, c2, angry, worst);
        await play(b.app, c2, angry, best);
        // east-lake: two members, both 100 on their first attempt.
        const e1 = await register(b.app, '丙', 'east-lake');
        const e2 = await register(b.app, '丁', 'east-lake');
        await play(b.app, e1, angry, best);
        await play(b.app, e2, angry, best);
        // railway: one member only (below the minimum): not ranked.
        const r1 = await register(b.app, '戊', 'railway');
        await play(b.app, r1, angry, best);
        const worstScore = w.body['score'] as number;
        expect(worstScore).toBeLessThan(100);

        const url = `/api/boards/branches?story=${angry.compiled.hash}`;
        const cbdView = (await b.app.inject({ url, headers: c1.auth })).json<{ top: { code: string; mean: number }[]; mine: { rank: number; mean: number; participants: number }; gapToNext: number; rule: { minPlayers: number } }>();
        expect(cbdView.top.map((x) => x.code)).toEqual(['east-lake', 'cbd']);
        expect(cbdView.mine).toMatchObject({ rank: 2, mean: (100 + worstScore) / 2, participants: 2 });
        expect(cbdView.gapToNext).toBe(100 - (100 + worstScore) / 2);
        expect(cbdView.rule.minPlayers).toBe(2);
        const railView = (await b.app.inject({ url, headers: r1.auth })).json<{ mine: { rank: number | null; participants: number }; gapToNext: number | null }>();
        expect(railView.mine).toMatchObject({ rank: null, participants: 1 });
        expect(railView.gapToNext).toBeNull();
        const topView = (await b.app.inject({ url, headers: e1.auth })).json<{ mine: { rank: number }; gapToNext: number | null }>();
        expect(topView.mine.rank).toBe(1);
        expect(topView.gapToNext).toBeNull();
      } finally {
        await b.close();
      }
    });

    it('ranks a principle on its own board', async () => {
      const principle = angry.compiled.meta.principles[0] ?? '';
      const res = await t.app.inject(`/api/boards/cases/${angry.compiled.hash}/principles/${principle}`);
      expect(res.statusCode).toBe(200);
      const board = res.json<{ metric: string; top: { value: number }[] }>();
      expect(board.metric).toBe(`principle:${principle}`);
      expect(board.top.length).toBeGreaterThan(0);
      expect((await t.app.inject(`/api/boards/cases/${angry.compiled.hash}/principles/no-such-principle`)).statusCode).toBe(404);
    });
  });
});
