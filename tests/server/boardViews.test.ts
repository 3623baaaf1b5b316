/**
 * The two pure views every board shares (boards.ts), the case boards and the competitions alike:
 * what a trainee sees of a ranked list (the top, their own entry, the people just above, never the
 * bottom) and the branch rule (exact means, minimum participation, tie-breaks).
 */
import { describe, expect, it } from 'vitest';
import { ABOVE, aroundViewer, branchView, rankBranches, TOP_N } from '../../src/server/boards';

const rows = Array.from({ length: 40 }, (_, i) => ({ player_id: `p${String(i).padStart(2, '0')}`, value: 100 - i }));
const entry = (r: (typeof rows)[number], i: number): { rank: number; id: string } => ({ rank: i + 1, id: r.player_id });

describe('aroundViewer', () => {
  it('shows the top, the viewer and the people just above them, and nothing below', () => {
    const v = aroundViewer(rows, 'p19', entry);
    expect(v.top.map((e) => e.rank)).toEqual(Array.from({ length: TOP_N }, (_, i) => i + 1));
    expect(v.mine).toEqual({ rank: 20, id: 'p19' });
    expect(v.above.map((e) => e.rank)).toEqual([17, 18, 19]);
    expect(v.above).toHaveLength(ABOVE);
    const shown = [...v.top, ...v.above, v.mine].map((e) => e?.rank ?? 0);
    expect(Math.max(...shown)).toBe(20);
  });

  it('does not repeat the top as “above”, and shows an anonymous visitor only the top', () => {
    expect(aroundViewer(rows, 'p11', entry).above.map((e) => e.rank)).toEqual([11]);
    expect(aroundViewer(rows, 'p05', entry).above).toEqual([]);
    expect(aroundViewer(rows, null, entry)).toMatchObject({ mine: null, above: [] });
    expect(aroundViewer(rows, 'nobody', entry).mine).toBeNull();
  });
});

describe('rankBranches and branchView', () => {
  const branches = ['a', 'b', 'c', 'd', 'e'].map((code) => ({ code, name: `${code} 支行`, region: '' }));
  const tallies = new Map([
    ['a', { total: 240, attempts: 3, participants: 3 }], // 80
    ['b', { total: 160, attempts: 2, participants: 2 }], // 80, fewer members: below a
    ['c', { total: 270, attempts: 3, participants: 3 }], // 90
    ['d', { total: 100, attempts: 1, participants: 1 }], // 100 but one member: unranked
  ]);

  it('ranks by the exact mean, then participants, then code; below the minimum a branch is shown but unranked', () => {
    const s = rankBranches(branches, tallies, 2);
    expect(s.map((x) => [x.code, x.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 3],
      ['d', null],
      ['e', null],
    ]);
    expect(s.find((x) => x.code === 'e')).toMatchObject({ mean: null, participants: 0 });
  });

  it('gives a branch its own rank and the gap to the one just above, and only the top three of the rest', () => {
    const s = rankBranches(branches, tallies, 2);
    const b = branchView(s, 'b', { id: 'rule', minPlayers: 2 }, []);
    expect(b.mine?.rank).toBe(3);
    expect(b.next?.code).toBe('a');
    expect(b.gapToNext).toBe(0);
    expect(b.top.map((x) => x.code)).toEqual(['c', 'a', 'b']);
    expect(branchView(s, 'a', { id: 'rule', minPlayers: 2 }, []).gapToNext).toBe(10);
    expect(branchView(s, 'd', { id: 'rule', minPlayers: 2 }, [])).toMatchObject({ gapToNext: null, next: null });
  });
});
