import { describe, expect, it } from 'vitest';
import { gradeFor, scoreDecisions, type Catalogue, type ChoiceOption, type Decision } from '../../src/core';

const catalogue: Catalogue = {
  principles: [
    { id: 'listen-first', name: '聆听', short: '聆听', sources: ['x'] },
    { id: 'dont-judge', name: '不评判', short: '不评判', sources: ['x'] },
    { id: 'fair-to-all', name: '公平', short: '公平', sources: ['x'] },
  ],
  meters: [],
};

function opt(index: number, deltas: Record<string, number>): ChoiceOption {
  const list = Object.entries(deltas).map(([principle, delta]) => ({ principle, delta }));
  return { index, text: `选项${index}`, deltas: list, value: list.reduce((a, d) => a + d.delta, 0), why: '', source: `k.0.c-${index}` };
}

const d1: Decision['options'] = [opt(0, { 'listen-first': 3 }), opt(1, { 'listen-first': -2 }), opt(2, { 'listen-first': 1 })];
const d2: Decision['options'] = [opt(0, { 'dont-judge': -3, 'listen-first': -1 }), opt(1, { 'dont-judge': 2 })];

describe('scoreDecisions', () => {
  it('gives 100 for the best option at every decision and 0 for the worst', () => {
    expect(scoreDecisions([{ options: d1, chosen: 0 }, { options: d2, chosen: 1 }], catalogue).score).toBe(100);
    expect(scoreDecisions([{ options: d1, chosen: 1 }, { options: d2, chosen: 0 }], catalogue).score).toBe(0);
  });

  it('weights each decision by the spread between its best and worst option', () => {
    // d1 spread 5 (earned 3 with the middle option), d2 spread 6 (earned 6): 9 / 11.
    const r = scoreDecisions([{ options: d1, chosen: 2 }, { options: d2, chosen: 1 }], catalogue);
    expect(r.score).toBe(Math.round((100 * 9) / 11));
  });

  it('ignores decisions whose options are all worth the same, and single-option turns', () => {
    const flat = [opt(0, { 'fair-to-all': 1 }), opt(1, { 'fair-to-all': 1 })];
    const r = scoreDecisions([{ options: flat, chosen: 1 }, { options: [opt(0, {})], chosen: 0 }, { options: d1, chosen: 0 }], catalogue);
    expect(r.score).toBe(100);
    expect(r.principles.find((p) => p.id === 'fair-to-all')?.percent).toBeNull();
  });

  it('scores each principle on its own deltas', () => {
    const r = scoreDecisions([{ options: d1, chosen: 2 }, { options: d2, chosen: 0 }], catalogue);
    const listen = r.principles.find((p) => p.id === 'listen-first');
    // listen-first: d1 earned 3 of 5; d2 earned 0 of 1 (options -1 and 0).
    expect(listen).toMatchObject({ earned: 3, possible: 6, percent: 50 });
    expect(r.principles.find((p) => p.id === 'dont-judge')).toMatchObject({ earned: 0, possible: 5, percent: 0 });
  });

  it('maps scores to grades at the documented thresholds', () => {
    expect([100, 85, 84, 70, 69, 55, 54, 0].map((s) => gradeFor(s).grade)).toEqual(['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']);
    expect(gradeFor(90).label).toBe('优秀');
    expect(gradeFor(10).label).toBe('待提高');
  });
});
