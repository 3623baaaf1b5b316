/**
 * "Did you mean …?" for names an author mistyped (a knot in a divert, a principle id, a tag name):
 * edit distance with adjacent transpositions (optimal string alignment), so `sit_dwon` is one
 * edit from `sit_down`.
 */

/** Edits (insert, delete, substitute, swap two neighbours) turning `a` into `b`; case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a.toLowerCase());
  const t = Array.from(b.toLowerCase());
  const d: number[][] = Array.from({ length: s.length + 1 }, (_, i) => Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= s.length; i++) {
    const row = d[i];
    if (row === undefined) continue;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      row[j] = best;
    }
  }
  return at(s.length, t.length);
}

/**
 * The candidates closest to `name`: those at the smallest distance found (ties in the
 * candidates' order), at most `limit`; only within a third of the name's length (at least 2
 * edits), so unrelated names are never suggested.
 */
export function nearest(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const bound = Math.max(2, Math.floor(Array.from(name).length / 3));
  const scored: { c: string; d: number; i: number }[] = [];
  let i = 0;
  for (const c of new Set(candidates)) {
    const d = editDistance(name, c);
    if (c !== name && d <= bound) scored.push({ c, d, i });
    i++;
  }
  const best = Math.min(...scored.map((x) => x.d));
  return scored.filter((x) => x.d === best).sort((x, y) => x.i - y.i).slice(0, limit).map((x) => x.c);
}

/** `你是不是想写 a？` / `你是不是想写 a 或 b？`, or '' when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const near = nearest(name, candidates);
  return near.length === 0 ? '' : `你是不是想写 ${near.join(' 或 ')}？`;
}
