/**
 * Replays are bounded by counts, never by time: a published story that loops without printing
 * is stopped by the core's step budget and the submission refused (422 story-error), the same
 * way on every run; an over-long path is refused before anything runs. The worker pool gives the
 * same verdicts as the core in this thread.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { compileInk } from '../../src/authoring/compile';
import { contentHash, MAX_STEPS_PER_TURN } from '../../src/core';
import { createReplayPool, type ReplayPool } from '../../src/server/replay/pool';
import { MAX_PATH_CHOICES, seedMatters, verifyPath, type VerifyTask } from '../../src/server/replay/verify';
import { bestPath, casesOf, makeApp, pathTaking, register, start, submission, testDist, type TestApp, type TestCase } from './harness';

const root = join(import.meta.dirname, '../..');
let pool: ReplayPool;
let t: TestApp;
let looping: { json: string; hash: string };
/** A fixture whose score depends on ink's RANDOM, so on the seed. */
let lucky: { json: string; hash: string };
let catalogueJson: string;

beforeAll(async () => {
  const dist = testDist();
  const { index } = casesOf(dist);
  catalogueJson = JSON.stringify(index.catalogue);
  const files: Record<string, string> = {
    'common.ink': readFileSync(join(root, 'ink/common.ink'), 'utf8'),
    'silent-loop.ink': readFileSync(join(root, 'tests/fixtures/check/silent-loop.ink'), 'utf8'),
  };
  const r = compileInk('silent-loop.ink', { read: (n) => files[n] ?? null });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.text).join('\n'));
  looping = { json: r.json, hash: contentHash(r.json) };
  const head = files['silent-loop.ink']?.split('INCLUDE common.ink')[0] ?? '';
  files['lucky.ink'] = `${head}INCLUDE common.ink
开始。
* [您好！ # score: listen-first +2 # why: 主动招呼。]
  { RANDOM(1, 2) == 1: -> warm | -> cool }

=== warm ===
客户笑了。
* [继续倾听 # score: listen-first +2 # why: 倾听。]
  好的。 # ending: good 顺利
  -> END

=== cool ===
客户皱眉。
* [继续倾听 # score: listen-first -1 # why: 没接住。]
  客户走了。 # ending: poor 不顺
  -> END
`;
  const l = compileInk('lucky.ink', { read: (n) => files[n] ?? null });
  if (!l.ok) throw new Error(l.diagnostics.map((d) => d.text).join('\n'));
  lucky = { json: l.json, hash: contentHash(l.json) };
  pool = createReplayPool(1);
  t = await makeApp(dist);
});
afterAll(async () => {
  await pool.close();
  await t.close();
});

const task = (path: number[]): VerifyTask => ({ storyHash: looping.hash, catalogueHash: catalogueHashOf(), storyJson: looping.json, catalogueJson, seed: 11, path });
const catalogueHashOf = (): string => (JSON.parse(catalogueJson) as { hash: string }).hash;

it('stops a story that loops without printing by its step budget, with the same verdict every time', async () => {
  const here = verifyPath(task([1]));
  expect(here).toMatchObject({ ok: false, reason: 'story-error' });
  expect(here.ok ? '' : here.message).toContain(`${MAX_STEPS_PER_TURN} 步`);
  const there = await Promise.all([pool.verify(task([1])), pool.verify(task([1]))]);
  expect(there).toEqual([here, here]);
  expect(await pool.verify(task([0]))).toMatchObject({ ok: true, result: { storyHash: looping.hash, endingId: 'good' } });
});

it('knows which stories can score differently by seed: only those using ink’s randomness', () => {
  expect(seedMatters(lucky.json)).toBe(true);
  expect(seedMatters(looping.json)).toBe(false);
  for (const c of casesOf(testDist()).cases) expect(seedMatters(c.compiled.json), c.compiled.meta.id).toBe(false);
});

it('gives from its memo exactly what a replay gives, for every seed, and keeps seeds apart where the story is random', async () => {
  const cases = casesOf(testDist()).cases;
  let compared = 0;
  for (let seed = 1; seed <= 8; seed++) {
    for (const c of cases) {
      for (const path of [bestPath(c, seed), pathTaking(c, seed, (n) => n - 1), [...bestPath(c, seed), 0]]) {
        const t = { storyHash: c.compiled.hash, catalogueHash: c.catalogue.hash, storyJson: c.compiled.json, catalogueJson: JSON.stringify(c.catalogue), seed, path };
        // The same path comes back with other seeds: from the second seed on, the memo answers.
        expect(await pool.verify(t), `${c.compiled.meta.id} seed ${seed}`).toEqual(verifyPath(t));
        compared++;
      }
    }
  }
  expect(compared).toBe(8 * cases.length * 3);
  const outcomes = new Map<string, number>();
  for (let seed = 1; seed <= 12; seed++) {
    const t = { storyHash: lucky.hash, catalogueHash: catalogueHashOf(), storyJson: lucky.json, catalogueJson, seed, path: [0, 0] };
    const direct = verifyPath(t);
    expect(await pool.verify(t), `lucky seed ${seed}`).toEqual(direct);
    expect(await pool.verify(t)).toEqual(direct);
    if (direct.ok) outcomes.set(JSON.stringify(direct.result), seed);
  }
  expect(outcomes.size, 'RANDOM gives both branches over 12 seeds').toBe(2);
});

it('refuses a path longer than the bound before replaying it', () => {
  expect(verifyPath(task(Array.from({ length: MAX_PATH_CHOICES + 1 }, () => 0)))).toMatchObject({ ok: false, reason: 'path-invalid' });
});

it('answers a submission into a looping published story with 422 story-error, and stays up', async () => {
  const index = casesOf(testDist()).index;
  const card = index.cases[0]?.meta as TestCase['compiled']['meta'];
  // Published as a later publish route would: a row in published_cases.
  const player = await register(t.app, '循环测试', 'cbd');
  const published = { story_hash: looping.hash, case_id: 'fixture', number: 99, title: '循环', card_json: JSON.stringify({ ...card, id: 'fixture' }), knots_json: '{}', story_json: looping.json, catalogue_hash: index.catalogue.hash, catalogue_json: catalogueJson, publisher: 'test', published_at: new Date(0).toISOString() };
  await t.database.db.insertInto('published_cases').values(published).execute();
  const c = { compiled: { meta: { ...card, id: 'fixture' }, hash: looping.hash, json: looping.json }, catalogue: index.catalogue } as unknown as TestCase;
  const s = await start(t.app, player, c);
  const res = await t.app.inject({ method: 'POST', url: '/api/submissions', headers: player.auth, payload: submission(c, s, [1]) });
  expect(res.statusCode).toBe(422);
  expect(res.json<{ error: string }>().error).toBe('story-error');
  expect((await t.app.inject('/api/health')).statusCode).toBe(200);
  const ok = await t.app.inject({ method: 'POST', url: '/api/submissions', headers: player.auth, payload: submission(c, s, [0]) });
  expect(ok.statusCode).toBe(201);
});
