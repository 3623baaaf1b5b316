/**
 * The scoring contract (src/core/scoring.ts), with numbers worked out by hand: spreads, ties, a
 * single decision, large penalties, principle bars that count only what was shown, red-line
 * ceilings from choices, lines and meter thresholds, ending bands and the shown order.
 */
import { describe, expect, it } from 'vitest';
import {
  advanceToStop,
  applyCeilings,
  bestOption,
  CaseSession,
  gradeFor,
  inBand,
  replay,
  replayToEnd,
  scoreDecisions,
  SCORING_VERSION,
  shuffledOrder,
  topOfGrade,
  type Breach,
  type Catalogue,
  type ChoiceOption,
  type Decision,
} from '../../src/core';
import { compiledCase, HEADER } from '../fixtures/inkFixtures';
import { inkBuild } from '../inkBuild';

const catalogue: Catalogue = {
  principles: [
    { id: 'listen-first', name: '聆听', short: '聆听', sources: ['x'] },
    { id: 'dont-judge', name: '不评判', short: '不评判', sources: ['x'] },
    { id: 'fair-to-all', name: '公平', short: '公平', sources: ['x'] },
  ],
  meters: [],
  redlines: [
    { id: 'pay-to-quiet', name: '花钱消灾', ceiling: 'D', sources: ['x'] },
    { id: 'promise-to-pay', name: '许诺赔偿', ceiling: 'C', sources: ['x'] },
  ],
  hash: '0000000000000000',
};

function opt(index: number, deltas: Record<string, number>): ChoiceOption {
  const list = Object.entries(deltas).map(([principle, delta]) => ({ principle, delta }));
  return { index, text: `选项${index}`, deltas: list, value: list.reduce((a, d) => a + d.delta, 0), why: '', redlines: [], source: `k.0.c-${index}` };
}
const pick = (options: readonly ChoiceOption[], chosen: number): Decision => ({ options, chosen });
const bar = (r: ReturnType<typeof scoreDecisions>, id: string): number | null | undefined => r.principles.find((p) => p.id === id)?.percent;

const d1 = [opt(0, { 'listen-first': 3 }), opt(1, { 'listen-first': -2 }), opt(2, { 'listen-first': 1 })];
const d2 = [opt(0, { 'dont-judge': -3, 'listen-first': -1 }), opt(1, { 'dont-judge': 2 })];

describe('the score', () => {
  it('is 100 for the best option at every decision and 0 for the worst', () => {
    expect(scoreDecisions([pick(d1, 0), pick(d2, 1)], catalogue).score).toBe(100);
    expect(scoreDecisions([pick(d1, 1), pick(d2, 0)], catalogue).score).toBe(0);
  });

  it('weights each decision by the spread between its best and worst option', () => {
    // d1: values 3, -2, 1 → spread 5, the middle option earns 3. d2: values -4, 2 → spread 6,
    // the best earns 6. (3 + 6) / (5 + 6) = 81.8 → 82.
    expect(scoreDecisions([pick(d1, 2), pick(d2, 1)], catalogue).score).toBe(82);
  });

  it('gives full marks for any of several tied best options, and the model takes the first', () => {
    const tied = [opt(0, { 'fair-to-all': -1 }), opt(1, { 'listen-first': 2 }), opt(2, { 'dont-judge': 2 })];
    expect(scoreDecisions([pick(tied, 1)], catalogue).score).toBe(100);
    expect(scoreDecisions([pick(tied, 2)], catalogue).score).toBe(100);
    expect(bestOption(tied)?.index).toBe(1);
  });

  it('on a single decision is all or nothing between two options', () => {
    const one = [opt(0, { 'listen-first': 1 }), opt(1, { 'listen-first': -1 })];
    expect(scoreDecisions([pick(one, 0)], catalogue).score).toBe(100);
    expect(scoreDecisions([pick(one, 1)], catalogue).score).toBe(0);
  });

  it('lets a large penalty weigh in full (no clamping)', () => {
    // Spread 11 (+1 against −10), earned in full; then spread 3, earned 0: 11 / 14 = 78.6 → 79.
    const big = [opt(0, { 'listen-first': 1 }), opt(1, { 'dont-judge': -10 })];
    const small = [opt(0, { 'fair-to-all': 3 }), opt(1, {})];
    expect(scoreDecisions([pick(big, 0), pick(small, 1)], catalogue).score).toBe(79);
    // The other way round: 0 of 11, 3 of 3 → 3 / 14 = 21.4 → 21.
    expect(scoreDecisions([pick(big, 1), pick(small, 0)], catalogue).score).toBe(21);
  });

  it('ignores decisions whose options are all worth the same, and single-option turns', () => {
    const flat = [opt(0, { 'fair-to-all': 1 }), opt(1, { 'fair-to-all': 1 })];
    const r = scoreDecisions([pick(flat, 1), pick([opt(0, {})], 0), pick(d1, 0)], catalogue);
    expect(r.score).toBe(100);
  });
});

describe('principle bars', () => {
  it('score a principle on its own deltas where some option is scored up on it', () => {
    const r = scoreDecisions([pick(d1, 2), pick(d2, 1)], catalogue);
    // listen-first: d1 earned 1 − (−2) = 3 of 5; d2 has only a penalty (−1) on an option not chosen: not counted.
    expect(r.principles.find((p) => p.id === 'listen-first')).toMatchObject({ earned: 3, possible: 5, percent: 60 });
    // dont-judge: d2 values −3, 2: earned 5 of 5.
    expect(bar(r, 'dont-judge')).toBe(100);
  });

  it('count a penalty-only principle only against the option that carries it', () => {
    // Options: a penalty on listen-first, nothing, and dont-judge +2.
    const d = [opt(0, { 'listen-first': -3 }), opt(1, {}), opt(2, { 'dont-judge': 2 })];
    const avoided = scoreDecisions([pick(d, 1)], catalogue);
    expect(bar(avoided, 'listen-first')).toBeNull(); // avoided, but never shown: no bar at all
    expect(bar(avoided, 'dont-judge')).toBe(0); // 0 of 2
    expect(avoided.score).toBe(60); // values −3, 0, 2: earned 3 of 5
    const took = scoreDecisions([pick(d, 0)], catalogue);
    expect(took.principles.find((p) => p.id === 'listen-first')).toMatchObject({ earned: 0, possible: 3, percent: 0 });
  });

  it('read 100 only for the full amount: 199 of 200 is 99, not a rounded-up 100', () => {
    const d = [opt(0, { 'listen-first': 1 }), opt(1, { 'dont-judge': 1 }), opt(2, { 'listen-first': -199 })];
    const r = scoreDecisions([pick(d, 1)], catalogue);
    expect(bar(r, 'listen-first')).toBe(99);
    expect(r.score).toBe(100);
  });

  it('never read 100 % for a principle no chosen option was scored up on', () => {
    // Case 4's path 3,0,0 in the audit: penalties avoided on listen-first, never shown.
    const a = [opt(0, { 'listen-first': -2 }), opt(1, { 'dont-judge': -1 })];
    const b = [opt(0, { 'dont-judge': -2 }), opt(1, { 'listen-first': -1, 'fair-to-all': 1 })];
    const r = scoreDecisions([pick(a, 1), pick(b, 0)], catalogue);
    expect(bar(r, 'listen-first')).toBeNull();
    expect(bar(r, 'dont-judge')).toBe(0);
    expect(bar(r, 'fair-to-all')).toBe(0);
  });
});

describe('red-line ceilings', () => {
  const breach = (redline: string, ceiling: Breach['ceiling']): Breach => ({ redline, ceiling, turn: 1, via: 'choice' });

  it('cap the score at the top of the ceiling grade', () => {
    expect([topOfGrade('A'), topOfGrade('B'), topOfGrade('C'), topOfGrade('D')]).toEqual([100, 84, 69, 54]);
    expect(applyCeilings(92, [breach('promise-to-pay', 'C')])).toEqual({ score: 69, grade: 'C' });
    expect(applyCeilings(92, [breach('promise-to-pay', 'C'), breach('pay-to-quiet', 'D')])).toEqual({ score: 54, grade: 'D' });
    expect(applyCeilings(40, [breach('promise-to-pay', 'C')])).toEqual({ score: 40, grade: 'D' });
    expect(applyCeilings(79, [])).toEqual({ score: 79, grade: 'B' });
  });

  it('map scores to grades at 85, 70 and 55', () => {
    expect([100, 85, 84, 70, 69, 55, 54, 0].map(gradeFor)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
  });

  it('tell whether a grade is within an ending’s band', () => {
    expect(inBand('B', { best: 'A', worst: 'B' })).toBe(true);
    expect(inBand('C', { best: 'A', worst: 'B' })).toBe(false);
    expect(inBand('A', { best: 'C', worst: 'D' })).toBe(false);
  });
});

const story = `${HEADER.replace('# meters: trust', '# meters: trust, compliance')}
~ compliance = 100
王先生走到窗口。
* [先生您好，我来帮您。 # score: listen-first +2 # why: 招呼。]
  -> second
* [您先等等。 # score: listen-first -2 # why: 冷淡。]
  -> second
=== second ===
王先生说钱不对。
* [我们先一起查一查。 # score: listen-first +2 # why: 先查。]
  -> end_good
* [这200元我先垫上。 # score: listen-first +3 # redline: pay-to-quiet # why: 花钱消灾。]
  -> end_paid
* [按规定我帮您先登记。 # score: listen-first +1 # why: 合规。]
  ~ compliance -= 50
  -> end_good
=== end_good ===
{ trust > 100: 不会出现。 }
好。 # ending: good 查清了 # band: A-B
-> END
=== end_paid ===
王先生拿钱走了。 # ending: paid 赔钱了事 # band: C-D # redline: promise-to-pay
-> END
`;

describe('ceilings in play', () => {
  const c = compiledCase(story);
  const cat = inkBuild().catalogue;

  it('a chosen option’s red line caps a path that scored highest', () => {
    // Raw: first decision 4 of 4, second 3 − 1 = 2 of 2 (values 2, 3, 1): 100 before the ceiling.
    const r = replayToEnd(c, cat, 1, [0, 1]);
    expect(r.rawScore).toBe(100);
    expect(r.breaches.map((b) => [b.redline, b.ceiling, b.via, b.turn])).toEqual([
      ['pay-to-quiet', 'D', 'choice', 2],
      ['promise-to-pay', 'C', 'line', 2],
    ]);
    expect([r.score, r.grade]).toEqual([54, 'D']);
  });

  it('a meter crossing its catalogue threshold is a red line too', () => {
    // compliance 100 → 50 crosses “below 60 break-rules” (ceiling D). Raw: 4/4 + (1 − 1) of 2 = 67.
    const r = replayToEnd(c, cat, 1, [0, 2]);
    expect(r.rawScore).toBe(67);
    expect(r.breaches).toEqual([{ redline: 'break-rules', ceiling: 'D', turn: 2, via: 'meter', meter: 'compliance' }]);
    expect([r.score, r.grade]).toEqual([54, 'D']);
  });

  it('a meter a case starts beyond its threshold is the baseline, not a red line met', () => {
    const low = compiledCase(story.replace('~ compliance = 100', '~ compliance = 50'));
    expect(replayToEnd(low, cat, 1, [0, 0]).breaches).toEqual([]);
  });

  it('results carry the scoring version, both hashes and the ending’s band', () => {
    // 4 of 4, then 2 − 1 = 1 of 2 (the tempting +3 is the red line): 5 / 6 = 83.
    const r = replayToEnd(c, cat, 1, [0, 0]);
    expect(r).toMatchObject({ scoringVersion: SCORING_VERSION, storyHash: c.hash, catalogueHash: cat.hash, score: 83, grade: 'B', band: { best: 'A', worst: 'B' } });
    expect(cat.hash).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('the shown order', () => {
  it('is a permutation fixed by seed and turn', () => {
    for (let n = 1; n <= 5; n++) {
      for (let seed = 0; seed < 20; seed++) {
        const o = shuffledOrder(n, seed, 3);
        expect([...o].sort()).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(shuffledOrder(n, seed, 3)).toEqual(o);
      }
    }
  });

  it('puts every option first for some seeds (position says nothing)', () => {
    const firsts = new Set(Array.from({ length: 40 }, (_, seed) => shuffledOrder(4, seed, 0)[0]));
    expect(firsts).toEqual(new Set([0, 1, 2, 3]));
  });

  it('keeps ink’s indices for choosing, so saves and replays do not depend on it', () => {
    const c = compiledCase(story);
    const cat = inkBuild().catalogue;
    const s = new CaseSession(c, cat, 7);
    const stop = advanceToStop(s);
    if (stop.kind !== 'choices') throw new Error('expected choices');
    expect(stop.options.map((o) => o.index)).toEqual([0, 1]);
    expect([...stop.shown].map((o) => o.index).sort()).toEqual([0, 1]);
    s.choose(1);
    expect(replay(c, cat, 7, [1]).path).toEqual([1]);
  });
});
