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

describe('GameStore: what is stored is validated on read, and formats are migrated', () => {
  it('cuts an overlong stored name to the form’s limit instead of breaking the top bar', () => {
    const kv = memory();
    kv.set('profile', JSON.stringify({ format: 1, id: 'ab'.repeat(16), name: '王'.repeat(10_000), branchId: 'b1' }));
    const p = new GameStore(kv, () => undefined).profile();
    expect(p?.name).toBe('王'.repeat(20));
    expect(p?.id).toBe('ab'.repeat(16));
  });

  it('does not believe out-of-range numbers', () => {
    const kv = memory();
    const store = new GameStore(kv, () => undefined);
    const p = store.signIn('王晓明', 'b1');
    for (const bad of [{ score: 250, grade: 'A' }, { score: -1, grade: 'D' }, { score: 80.5, grade: 'B' }, { score: 80, grade: 'Z' }]) {
      kv.set(`p.${p.id}.best.x`, JSON.stringify({ ...bad, at: '2026-01-01T00:00:00.000Z', scoringVersion: SCORING_VERSION }));
      expect(store.best('x')).toBeNull();
    }
    kv.set('settings', JSON.stringify({ format: 1, muted: 'yes', volume: 7 }));
    expect(store.settings()).toEqual({ muted: false, volume: 1 });
  });

  it('reads records written before formats (format 0) and writes format 1', () => {
    const kv = memory();
    kv.set('players', JSON.stringify([{ id: 'cd'.repeat(16), name: '李娜', branchId: 'b1' }]));
    const store = new GameStore(kv, () => undefined);
    expect(store.signIn('李娜', 'b1').id).toBe('cd'.repeat(16));
    expect(JSON.parse(kv.map.get('players') ?? '{}')).toMatchObject({ format: 1 });
    store.addAttempt(rec('a', 50));
    expect(JSON.parse(kv.map.get(`p.${'cd'.repeat(16)}.attempts`) ?? '{}')).toMatchObject({ format: 1, attempts: [{ caseId: 'a' }] });
  });

  it('leaves a record from a newer version of the game in place, unused, rather than calling it corrupt', () => {
    const kv = memory();
    const discarded: string[] = [];
    const store = new GameStore(kv, (w) => discarded.push(w));
    const p = store.signIn('王晓明', 'b1');
    const future = JSON.stringify({ format: 9, attempts: [{ anything: true }] });
    kv.set(`p.${p.id}.attempts`, future);
    expect(store.attempts()).toEqual([]);
    expect(kv.map.get(`p.${p.id}.attempts`)).toBe(future);
    expect(discarded).toEqual([]);
  });
});

describe('GameStore: motion settings (issue 7, fault 11)', () => {
  it('keeps 减少动画, 文字立即显示 and 暂停大厅 per trainee, and believes only stored trues', () => {
    const kv = memory();
    const store = new GameStore(kv, () => undefined);
    const off = { reduceMotion: false, instantText: false, lobbyPaused: false };
    store.signIn('王晓明', 'b1');
    expect(store.motionSettings()).toEqual(off);
    store.setMotionSettings({ reduceMotion: true, instantText: true, lobbyPaused: false });
    store.signIn('李娜', 'b1');
    expect(store.motionSettings()).toEqual(off);
    store.setMotionSettings({ ...off, lobbyPaused: true });
    const wang = store.signIn('王晓明', 'b1');
    expect(store.motionSettings()).toEqual({ reduceMotion: true, instantText: true, lobbyPaused: false });
    // Damaged or foreign values read as off.
    kv.set(`p.${wang.id}.motion`, JSON.stringify({ format: 1, reduceMotion: 'yes', instantText: 1, lobbyPaused: null }));
    expect(store.motionSettings()).toEqual(off);
  });
});
