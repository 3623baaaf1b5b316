import { describe, expect, it } from 'vitest';
import { attemptRecord, bestScores, parseAttemptRecord, principleStanding, recommendNext, settingGroup, SCORING_VERSION, type AttemptRecord, type CaseCard, type CaseResult } from '../../src/core';

const ORDER = ['listen-first', 'calm-first', 'fair-to-all', 'own-the-problem'];

function attempt(caseId: string, score: number, principles: Record<string, number>, extra: Partial<AttemptRecord> = {}): AttemptRecord {
  return { caseId, storyHash: 'h', scoringVersion: SCORING_VERSION, seed: 1, path: [0], score, grade: score >= 85 ? 'A' : score >= 70 ? 'B' : score >= 55 ? 'C' : 'D', endingId: 'e', principles, at: '2026-11-29T00:00:00.000Z', ...extra };
}

function card(id: string, number: number, principles: string[], extra: Partial<CaseCard> = {}): CaseCard {
  return { id, title: id, number, origin: 'deck', principles, setting: 'counter-1', channel: 'walk-in', customer: '', look: 'man', role: '', meters: [], summary: '', ...extra };
}

describe('principle standing', () => {
  it('averages every attempt, not the last one only', () => {
    // Last attempt is perfect on calm-first, but the earlier two were poor: still the weakest.
    const attempts = [attempt('a', 40, { 'calm-first': 20, 'listen-first': 80 }), attempt('b', 50, { 'calm-first': 30 }), attempt('a', 90, { 'calm-first': 100, 'listen-first': 50 })];
    const s = principleStanding(attempts, ORDER);
    expect(s).toEqual([
      { id: 'calm-first', percent: 50, attempts: 3 },
      { id: 'listen-first', percent: 65, attempts: 2 },
    ]);
  });

  it('leaves out attempts scored under another scoring version', () => {
    const s = principleStanding([attempt('a', 10, { 'calm-first': 0 }, { scoringVersion: SCORING_VERSION - 1 }), attempt('a', 90, { 'calm-first': 90 })], ORDER);
    expect(s).toEqual([{ id: 'calm-first', percent: 90, attempts: 1 }]);
  });

  it('breaks ties by fewer attempts, then catalogue order', () => {
    const s = principleStanding([attempt('a', 50, { 'fair-to-all': 50, 'listen-first': 50 }), attempt('b', 50, { 'listen-first': 50 })], ORDER);
    expect(s.map((p) => p.id)).toEqual(['fair-to-all', 'listen-first']);
    const t = principleStanding([attempt('a', 50, { 'fair-to-all': 50, 'listen-first': 50 })], ORDER);
    expect(t.map((p) => p.id)).toEqual(['listen-first', 'fair-to-all']);
  });
});

describe('recommending the next case', () => {
  const cases = [card('one', 1, ['listen-first', 'calm-first']), card('two', 2, ['calm-first']), card('three', 3, ['calm-first', 'fair-to-all']), card('four', 4, ['listen-first'])];

  it('suggests nothing before any attempt', () => {
    expect(recommendNext([], cases, ORDER)).toBeNull();
  });

  it('picks an unfinished case that trains the weakest principle, not the one just finished', () => {
    const attempts = [attempt('one', 60, { 'listen-first': 90, 'calm-first': 30 })];
    const rec = recommendNext(attempts, cases, ORDER, 'one');
    expect(rec).toEqual({ caseId: 'two', principle: { id: 'calm-first', percent: 30, attempts: 1 }, best: null });
  });

  it('prefers the lowest best score once every such case is finished', () => {
    const attempts = [attempt('one', 60, { 'calm-first': 40 }), attempt('two', 80, { 'calm-first': 60 }), attempt('three', 50, { 'calm-first': 20, 'fair-to-all': 90 })];
    expect(recommendNext(attempts, cases, ORDER, 'one')?.caseId).toBe('three');
    expect(recommendNext(attempts, cases, ORDER, 'three')).toMatchObject({ caseId: 'one', best: 60 });
  });

  it('suggests the same case again when it is the only one training that principle', () => {
    const attempts = [attempt('three', 70, { 'fair-to-all': 10, 'calm-first': 90 })];
    expect(recommendNext(attempts, cases, ORDER, 'three')?.caseId).toBe('three');
  });

  it('moves to the next weakest when no case trains the weakest', () => {
    const attempts = [attempt('one', 70, { 'own-the-problem': 0, 'calm-first': 50 })];
    expect(recommendNext(attempts, cases, ORDER, 'one')).toMatchObject({ caseId: 'two', principle: { id: 'calm-first' } });
  });

  it('has nothing to suggest when every principle is at 100 %', () => {
    expect(recommendNext([attempt('one', 100, { 'listen-first': 100, 'calm-first': 100 })], cases, ORDER, 'one')).toBeNull();
  });
});

describe('attempt records', () => {
  const result = {
    scoringVersion: SCORING_VERSION,
    storyHash: '0123456789abcdef',
    catalogueHash: 'x',
    endingId: 'calm',
    endingTitle: '',
    band: null,
    rawScore: 81,
    score: 69,
    grade: 'C',
    breaches: [],
    principles: [
      { id: 'listen-first', earned: 3, possible: 4, percent: 75 },
      { id: 'calm-first', earned: 0, possible: 0, percent: null },
    ],
    meters: {},
    decisions: [],
  } satisfies CaseResult;

  it('keeps seed, path, the score after ceilings and the principles that counted', () => {
    const r = attemptRecord('angry-customer', 42, [1, 0, 2], result, new Date(Date.UTC(2026, 10, 29, 8)));
    expect(r).toEqual({ caseId: 'angry-customer', storyHash: '0123456789abcdef', scoringVersion: SCORING_VERSION, seed: 42, path: [1, 0, 2], score: 69, grade: 'C', endingId: 'calm', principles: { 'listen-first': 75 }, at: '2026-11-29T08:00:00.000Z' });
    expect(parseAttemptRecord(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it('refuses damaged records', () => {
    const good = attemptRecord('a', 1, [0], result, new Date(0));
    for (const bad of [null, 3, { ...good, path: [0.5] }, { ...good, path: [-1] }, { ...good, grade: 'E' }, { ...good, principles: { x: 101 } }, { ...good, seed: '1' }]) {
      expect(parseAttemptRecord(bad)).toBeNull();
    }
  });

  it('best scores per case', () => {
    const best = bestScores([attempt('a', 50, {}), attempt('a', 70, {}), attempt('b', 20, {}), attempt('a', 60, {})]);
    expect([...best.entries()].map(([id, r]) => [id, r.score])).toEqual([
      ['a', 70],
      ['b', 20],
    ]);
  });
});

describe('setting groups', () => {
  it('a phone call is on the phone wherever the desk is; counters, self-service and the lobby', () => {
    expect(settingGroup({ setting: 'counter-2', channel: 'phone' })).toBe('phone');
    expect(settingGroup({ setting: 'counter-3', channel: 'walk-in' })).toBe('counter');
    expect(settingGroup({ setting: 'atm', channel: 'walk-in' })).toBe('self-service');
    expect(settingGroup({ setting: 'manager-desk', channel: 'walk-in' })).toBe('lobby');
  });
});
