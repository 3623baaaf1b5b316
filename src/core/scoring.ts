/**
 * Scoring. Each decision is worth the spread between its best and worst option (by the sum of
 * principle deltas); the player earns the part of that spread their choice covers. So the model
 * path scores 100, the worst option at every turn scores 0, and a decision whose options are all
 * equal does not count. Per principle, the same rule is applied to that principle's deltas alone.
 * Deterministic and pure: the server recomputes it from the choice path.
 */
import type { Catalogue } from './catalogue';
import type { ChoiceOption, Decision } from './events';

export const GRADES = [
  { min: 85, grade: 'A', label: '优秀' },
  { min: 70, grade: 'B', label: '良好' },
  { min: 55, grade: 'C', label: '合格' },
  { min: 0, grade: 'D', label: '待提高' },
] as const;
export type Grade = (typeof GRADES)[number]['grade'];

export interface PrincipleScore {
  readonly id: string;
  /** Points earned above the worst option, summed over decisions that touched this principle. */
  readonly earned: number;
  /** The best-minus-worst spread, summed over the same decisions. */
  readonly possible: number;
  /** 0–100, or null when no decision on the path touched this principle. */
  readonly percent: number | null;
}

export interface CaseResult {
  readonly endingId: string;
  readonly endingTitle: string;
  /** 0–100, an integer. */
  readonly score: number;
  readonly grade: Grade;
  readonly gradeLabel: string;
  readonly principles: readonly PrincipleScore[];
  readonly meters: Readonly<Record<string, number>>;
  readonly decisions: readonly Decision[];
}

export function gradeFor(score: number): { grade: Grade; label: string } {
  for (const g of GRADES) if (score >= g.min) return { grade: g.grade, label: g.label };
  return { grade: 'D', label: '待提高' };
}

function deltaFor(option: ChoiceOption, principle: string): number {
  return option.deltas.filter((d) => d.principle === principle).reduce((a, d) => a + d.delta, 0);
}

function spread(values: readonly number[], chosen: number): { earned: number; possible: number } {
  const max = Math.max(...values);
  const min = Math.min(...values);
  return { earned: chosen - min, possible: max - min };
}

/** The option a model answer picks at a decision: the highest value, the first on a tie. */
export function bestOption(options: readonly ChoiceOption[]): ChoiceOption | undefined {
  let best: ChoiceOption | undefined;
  for (const o of options) if (best === undefined || o.value > best.value) best = o;
  return best;
}

export function scoreDecisions(decisions: readonly Decision[], catalogue: Catalogue): {
  score: number;
  principles: PrincipleScore[];
} {
  let earned = 0;
  let possible = 0;
  for (const d of decisions) {
    const chosen = d.options.find((o) => o.index === d.chosen);
    if (chosen === undefined || d.options.length < 2) continue;
    const s = spread(d.options.map((o) => o.value), chosen.value);
    earned += s.earned;
    possible += s.possible;
  }
  const principles = catalogue.principles.map((p): PrincipleScore => {
    let e = 0;
    let pos = 0;
    for (const d of decisions) {
      const chosen = d.options.find((o) => o.index === d.chosen);
      if (chosen === undefined || d.options.length < 2) continue;
      const s = spread(d.options.map((o) => deltaFor(o, p.id)), deltaFor(chosen, p.id));
      e += s.earned;
      pos += s.possible;
    }
    return { id: p.id, earned: e, possible: pos, percent: pos === 0 ? null : Math.round((100 * e) / pos) };
  });
  return { score: possible === 0 ? 100 : Math.round((100 * earned) / possible), principles };
}
