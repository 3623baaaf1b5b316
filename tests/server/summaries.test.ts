/**
 * The boards read summary tables (src/server/summaries.ts) that each verified submission updates.
 * Here they must agree with the boards' rules computed straight from the attempts: for every
 * player and viewer, the case and principle boards (top, own rank, the people just above) and the
 * branch board; and rebuilding the summaries from the attempts (migration 0004's backfill) gives
 * exactly the rows kept incrementally. Ties on score are many (few distinct paths), so the
 * earliest-first and player-id tie-breaks are exercised.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABOVE, TOP_N } from '../../src/server/boards';
import { rebuildSummaries } from '../../src/server/summaries';
import { startPostgres, type Postgres } from './postgres';
import { casesOf, makeApp, pathTaking, register, sqliteTarget, start, submission, testDist, type Signed, type TestApp, type TestCase } from './harness';
import { SCORING_VERSION } from '../../src/core';

let postgres: Postgres | null = null;
afterAll(() => {
  postgres?.stop();
});

const PLAYERS = 17;
const BRANCHES = ['cbd', 'east-lake', 'railway', 'harbour'];

interface Entry {
  name: string;
  value: number;
  at: string;
  rank: number;
}

describe.each(['sqlite', 'postgres'] as const)('on %s', (dialect) => {
  let t: TestApp;
  let cases: TestCase[];
  const players: (Signed & { name: string; branch: string })[] = [];

  beforeAll(async () => {
    cases = casesOf(testDist()).cases;
    if (dialect === 'postgres') postgres ??= startPostgres();
    t = await makeApp(testDist(), dialect === 'sqlite' ? sqliteTarget() : { postgresUrl: await (postgres as Postgres).newDatabase() }, { branchMinPlayers: 2 });
    for (let p = 0; p < PLAYERS; p++) {
      const name = `汇总${p}`;
      const branch = BRANCHES[p % 3] as string; // harbour has nobody: never ranked
      players.push({ ...(await register(t.app, name, branch)), name, branch });
    }
    // Each player: two online attempts at cases 0 and 1 (the first abandoned for some), and one offline.
    for (const [p, who] of players.entries()) {
      for (const [k, c] of cases.slice(0, 2).entries()) {
        for (let n = 0; n < 2; n++) {
          const s = await start(t.app, who, c);
          if (n === 0 && p % 4 === 3) continue; // abandoned first attempt: retries never count as first
          const path = pathTaking(c, s.seed, (opts, turn) => (p * 7 + k + n + turn) % opts);
          const res = await t.app.inject({ method: 'POST', url: '/api/submissions', headers: who.auth, payload: submission(c, s, path) });
          expect(res.statusCode).toBe(201);
        }
      }
      const c = cases[2] as TestCase;
      const seed = 100 + p;
      const body = { caseId: c.compiled.meta.id, storyHash: c.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: c.catalogue.hash, seed, path: pathTaking(c, seed, (opts, turn) => (p + turn) % opts), idempotencyKey: `summaries-off-${p}` };
      expect((await t.app.inject({ method: 'POST', url: '/api/submissions/offline', headers: who.auth, payload: body })).statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  /** The board's rule straight from the attempts: best per player, earliest, then player id. */
  async function expectedBoard(storyHash: string, principle: string | null): Promise<(Entry & { playerId: string })[]> {
    const { db } = t.database;
    const scores =
      principle === null
        ? (await db.selectFrom('attempts').select(['player_id', 'score', 'submitted_at']).where('story_hash', '=', storyHash).where('status', '=', 'verified').execute()).map((r) => ({ player: r.player_id, value: Number(r.score), at: String(r.submitted_at) }))
        : (await db.selectFrom('attempt_principles as ap').innerJoin('attempts as a', 'a.id', 'ap.attempt_id').select(['ap.player_id', 'ap.percent', 'a.submitted_at']).where('ap.story_hash', '=', storyHash).where('ap.principle_id', '=', principle).execute()).map((r) => ({ player: r.player_id, value: r.percent, at: String(r.submitted_at) }));
    const best = new Map<string, { value: number; at: string }>();
    for (const s of scores) {
      const b = best.get(s.player);
      if (b === undefined || s.value > b.value || (s.value === b.value && s.at < b.at)) best.set(s.player, { value: s.value, at: s.at });
    }
    const names = new Map(players.map((p) => [p.playerId, p.name]));
    return [...best]
      .sort(([pa, a], [pb, b]) => b.value - a.value || (a.at < b.at ? -1 : a.at > b.at ? 1 : pa < pb ? -1 : 1))
      .map(([playerId, b], i) => ({ playerId, name: names.get(playerId) ?? '?', value: b.value, at: b.at, rank: i + 1 }));
  }

  it('gives every viewer the case and principle boards the rule gives from the attempts', async () => {
    const c = cases[0] as TestCase;
    const principles = c.catalogue.principles.map((p) => p.id);
    let checked = 0;
    for (const principle of [null, ...principles]) {
      const want = await expectedBoard(c.compiled.hash, principle);
      if (want.length === 0) continue;
      const url = principle === null ? `/api/boards/cases/${c.compiled.hash}` : `/api/boards/cases/${c.compiled.hash}/principles/${principle}`;
      for (const viewer of players) {
        const got = (await t.app.inject({ method: 'GET', url, headers: viewer.auth })).json<{ top: Entry[]; mine: Entry | null; above: Entry[] }>();
        const pick = (e: Entry): Entry => ({ name: e.name, value: e.value, at: e.at, rank: e.rank });
        expect(got.top.map(pick), `${principle ?? 'score'} top`).toEqual(want.slice(0, TOP_N).map(pick));
        const at = want.findIndex((w) => w.playerId === viewer.playerId);
        expect(got.mine === null ? null : pick(got.mine)).toEqual(at < 0 ? null : pick(want[at] as Entry));
        const from = Math.max(TOP_N, at - ABOVE);
        expect(got.above.map(pick), `${principle ?? 'score'} above ${viewer.name}`).toEqual(at > TOP_N ? want.slice(from, at).map(pick) : []);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(PLAYERS * 2);
  });

  it('gives the branch board the rule gives from first attempts, and each trainee their record', async () => {
    const { db } = t.database;
    const firsts = await db.selectFrom('first_attempts as f').innerJoin('attempts as a', 'a.id', 'f.attempt_id').innerJoin('players as p', 'p.id', 'f.player_id').select(['p.branch_code', 'p.id', 'a.score']).where('a.status', '=', 'verified').execute();
    const byBranch = new Map<string, { total: number; n: number; members: Set<string> }>();
    for (const f of firsts) {
      const b = byBranch.get(f.branch_code) ?? { total: 0, n: 0, members: new Set() };
      b.total += Number(f.score);
      b.n++;
      b.members.add(f.id);
      byBranch.set(f.branch_code, b);
    }
    const board = (await t.app.inject({ method: 'GET', url: '/api/boards/branches', headers: (players[0] as Signed).auth })).json<{ top: { code: string; mean: number; participants: number; attempts: number }[]; mine: { code: string; mean: number | null; participants: number; attempts: number } | null }>();
    for (const s of [...board.top, board.mine]) {
      if (s === null) continue;
      const b = byBranch.get(s.code);
      expect(s.attempts).toBe(b?.n ?? 0);
      expect(s.participants).toBe(b?.members.size ?? 0);
      expect(s.mean).toBe(b === undefined ? null : Math.round((100 * b.total) / b.n) / 100);
    }
    expect(board.top.map((s) => s.code)).not.toContain('harbour');
    for (const who of players.slice(0, 5)) {
      const record = (await t.app.inject({ method: 'GET', url: '/api/me/record', headers: who.auth })).json<{ cases: { storyHash: string; rank: number | null }[] }>();
      for (const r of record.cases) {
        const want = await expectedBoard(r.storyHash, null);
        const at = want.findIndex((w) => w.playerId === who.playerId);
        expect(r.rank).toBe(at < 0 ? null : at + 1);
      }
    }
  });

  it('rebuilds the summaries from the attempts to exactly the rows kept as submissions came in', async () => {
    const { db } = t.database;
    const read = async (): Promise<unknown[]> => [
      (await db.selectFrom('board_bests').selectAll().execute()).sort((a, b) => `${a.story_hash}${a.principle_id}${a.player_id}`.localeCompare(`${b.story_hash}${b.principle_id}${b.player_id}`)),
      (await db.selectFrom('first_scores').selectAll().execute()).sort((a, b) => `${a.player_id}${a.story_hash}`.localeCompare(`${b.player_id}${b.story_hash}`)),
      (await db.selectFrom('branch_story_totals').selectAll().execute()).sort((a, b) => `${a.branch_code}${a.story_hash}`.localeCompare(`${b.branch_code}${b.story_hash}`)),
      // Counts of players per best value; a value nobody holds any more may be kept at 0.
      (await db.selectFrom('board_counts').selectAll().where('players', '<>', 0).execute()).sort((a, b) => `${a.story_hash}${a.principle_id}${String(a.best).padStart(3, '0')}`.localeCompare(`${b.story_hash}${b.principle_id}${String(b.best).padStart(3, '0')}`)),
    ];
    const kept = await read();
    expect((kept[0] as unknown[]).length).toBeGreaterThan(PLAYERS * 3);
    await rebuildSummaries(db);
    expect(await read()).toEqual(kept);
  });

  it('counts a branch’s new participant on the next board, whichever case their first attempt is at', async () => {
    type Standing = { code: string; participants: number; attempts: number };
    const harbour = async (who: Signed): Promise<Standing> => (await t.app.inject({ method: 'GET', url: '/api/boards/branches', headers: who.auth })).json<{ mine: Standing }>().mine;
    const first = await register(t.app, '汇总新人甲', 'harbour');
    expect(await harbour(first)).toMatchObject({ participants: 0, attempts: 0 });
    for (const [n, c] of [cases[1], cases[0], cases[1]].entries()) {
      const who = n === 0 ? first : await register(t.app, `汇总新人${n}`, 'harbour');
      const s = await start(t.app, who, c as TestCase);
      const path = pathTaking(c as TestCase, s.seed, () => 0);
      expect((await t.app.inject({ method: 'POST', url: '/api/submissions', headers: who.auth, payload: submission(c as TestCase, s, path) })).statusCode).toBe(201);
      expect(await harbour(first)).toMatchObject({ participants: n + 1, attempts: n + 1 });
    }
  });
});
