import { describe, expect, it } from 'vitest';
import { GameStore, MAX_ATTEMPTS, type KeyValue } from '../../src/game/storage';
import { SCORING_VERSION, type AttemptRecord } from '../../src/core';

function memory(): KeyValue & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}

const rec = (caseId: string, score: number): AttemptRecord => ({ caseId, storyHash: 'h', scoringVersion: SCORING_VERSION, seed: 1, path: [0, 1], score, grade: 'B', endingId: 'e', principles: { 'listen-first': score }, at: '2026-11-29T00:00:00.000Z' });

describe('GameStore: trainees sharing one browser', () => {
  it('keeps each trainee’s saves, bests and attempts apart, and finds a returning trainee by name and branch', () => {
    const kv = memory();
    const store = new GameStore(kv, () => undefined);
    const wang = store.signIn(' 王晓明 ', 'b1');
    expect(wang.name).toBe('王晓明');
    expect(wang.id).toMatch(/^[0-9a-f]{32}$/);
    store.setSave('angry-customer', { format: 2 });
    store.recordScore('angry-customer', 80, 'B', new Date(0));
    store.addAttempt(rec('angry-customer', 80));

    const li = store.signIn('李娜', 'b1');
    expect(li.id).not.toBe(wang.id);
    expect(store.hasSave('angry-customer')).toBe(false);
    expect(store.best('angry-customer')).toBeNull();
    expect(store.attempts()).toEqual([]);

    // Same name, another branch: another trainee.
    expect(store.signIn('王晓明', 'b2').id).not.toBe(wang.id);
    const back = store.signIn('王晓明', 'b1');
    expect(back.id).toBe(wang.id);
    expect(store.hasSave('angry-customer')).toBe(true);
    expect(store.best('angry-customer')?.score).toBe(80);
    expect(store.attempts().map((a) => a.score)).toEqual([80]);
    // A reload reads the signed-in trainee back.
    const again = new GameStore(kv, () => undefined);
    expect(again.profile()?.id).toBe(wang.id);
    expect(again.attempts()).toHaveLength(1);
  });

  it('gives progress saved before trainees had ids to the trainee signed in then', () => {
    const kv = memory();
    kv.set('profile', JSON.stringify({ name: '王晓明', branchId: 'b1' }));
    kv.set('best.angry-customer', JSON.stringify({ score: 77, grade: 'B', at: '2026-01-01T00:00:00.000Z', scoringVersion: SCORING_VERSION }));
    kv.set('save.closing-time', JSON.stringify({ format: 2 }));
    const store = new GameStore(kv, () => undefined);
    const p = store.profile();
    expect(p?.name).toBe('王晓明');
    expect(store.best('angry-customer')?.score).toBe(77);
    expect(store.hasSave('closing-time')).toBe(true);
    expect(kv.map.has('best.angry-customer')).toBe(false);
    // Another trainee does not inherit it.
    store.signIn('李娜', 'b1');
    expect(store.best('angry-customer')).toBeNull();
    expect(store.hasSave('closing-time')).toBe(false);
  });

  it('skips damaged attempts (and says so), and keeps only the latest MAX_ATTEMPTS', () => {
    const kv = memory();
    const discarded: string[] = [];
    const store = new GameStore(kv, (w) => discarded.push(w));
    const p = store.signIn('王晓明', 'b1');
    kv.set(`p.${p.id}.attempts`, JSON.stringify([rec('a', 10), { caseId: 'broken' }, rec('b', 20)]));
    expect(store.attempts().map((a) => a.caseId)).toEqual(['a', 'b']);
    expect(discarded).toEqual(['attempts']);
    expect(store.attempts()).toHaveLength(2);
    expect(discarded).toHaveLength(1);
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) store.addAttempt(rec('c', i % 100));
    const all = store.attempts();
    expect(all).toHaveLength(MAX_ATTEMPTS);
    expect(all[all.length - 1]?.score).toBe((MAX_ATTEMPTS + 4) % 100);
  });
});
