/**
 * The replay worker reuses each case's parsed story (core StoryTemplate) instead of building a
 * Story from JSON for every submission. A reused story must replay exactly as a fresh one: the
 * same results for many seeds and paths, across cases, with refused paths (which discard the
 * parsed story) and story limits in between.
 */
import { expect, it } from 'vitest';
import { replayToEnd, ReplayError, StoryTemplate } from '../../src/core';
import { verifyPath, type VerifyOutcome } from '../../src/server/replay/verify';
import { bestPath, casesOf, pathTaking, testDist, type TestCase } from './harness';

/** What a fresh Story gives for the path, in the worker's terms. */
function fresh(c: TestCase, seed: number, path: number[]): VerifyOutcome {
  try {
    const r = replayToEnd(c.compiled, c.catalogue, seed, path);
    return { ok: true, result: { scoringVersion: r.scoringVersion, storyHash: r.storyHash, catalogueHash: r.catalogueHash, score: r.score, rawScore: r.rawScore, grade: r.grade, endingId: r.endingId, breaches: [...r.breaches], principles: [...r.principles] } };
  } catch (e) {
    if (e instanceof ReplayError) return { ok: false, reason: 'path-invalid', message: e.message };
    throw e;
  }
}

it('replays through a reused story exactly as through a fresh one, refused paths in between', () => {
  const cases = casesOf(testDist()).cases;
  let compared = 0;
  const refused = new Set<string>();
  for (let seed = 1; seed <= 12; seed++) {
    for (const [k, c] of cases.entries()) {
      const good = [bestPath(c, seed), pathTaking(c, seed, (n) => n - 1), pathTaking(c, seed, (n, turn) => (seed + k + turn) % n)];
      const bad = [[...(good[0] ?? []), 0], (good[1] ?? []).slice(0, -1), [9]];
      for (const path of [...good, bad[seed % bad.length] ?? []]) {
        const task = { storyHash: c.compiled.hash, catalogueHash: c.catalogue.hash, storyJson: c.compiled.json, catalogueJson: JSON.stringify(c.catalogue), seed, path };
        const got = verifyPath(task);
        expect(got, `${c.compiled.meta.id} seed ${seed} ${JSON.stringify(path)}`).toEqual(fresh(c, seed, path));
        if (!got.ok) refused.add(got.reason);
        compared++;
      }
    }
  }
  expect(compared).toBe(12 * cases.length * 4);
  expect([...refused]).toEqual(['path-invalid']);
});

it('a template gives the same story to each run in turn, and refuses another story’s session', () => {
  const [a, b] = casesOf(testDist()).cases as [TestCase, TestCase];
  const t = new StoryTemplate(a.compiled.json);
  // (Booleans only: a failing expect on a Story would try to print its whole object graph.)
  const first = t.take(5);
  const again = t.take(6);
  expect(again === first).toBe(true);
  expect(again.state.storySeed).toBe(6);
  t.discard();
  expect(t.take(7) === first).toBe(false);
  expect(() => replayToEnd(b.compiled, b.catalogue, 1, bestPath(b, 1), t)).toThrow('another story');
});
