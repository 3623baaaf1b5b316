/**
 * The order options are shown in: a permutation drawn from the play's seed and the turn, so that
 * where an option sits says nothing about how it scores, yet the same seed and path always show
 * the same order (saves, replays and the server see ink's own indices, never the shown order).
 */

/** mulberry32: a small, well-known 32-bit PRNG; enough to shuffle a handful of options. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A permutation of 0…count-1 for the `turn`-th choice point of a play with `seed`
 * (Fisher–Yates). Pure; the same arguments give the same order on every machine.
 */
export function shuffledOrder(count: number, seed: number, turn: number): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const random = mulberry32(Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(turn + 1, 0xc2b2ae35));
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? i;
    order[i] = order[j] ?? j;
    order[j] = t;
  }
  return order;
}
