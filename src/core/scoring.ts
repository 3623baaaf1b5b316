/**
 * Scoring: the contract every result, save and leaderboard row is computed under.
 *
 * Score. Each decision is worth the spread between its best and worst option (by the sum of
 * principle deltas); the player earns the part of that spread their choice covers. So the model
 * path scores 100, the worst option at every turn scores 0, and a decision whose options are all
 * equal does not count.
 *
 * Principle bars. Per principle, at a decision where some option is scored up on it, the same
 * spread rule applies to that principle's deltas alone. At a decision where it appears only as a
 * penalty, it counts only when the chosen option carries the penalty (earned 0 of the penalty's
 * size): avoiding a mistake nobody had to make is not evidence of the behaviour. So a bar reads
 * 100 % only when the trainee chose an option scored up on that principle.
 *
 * Red lines. A chosen option or a line on the path can carry `# redline: id`, and a meter can
 * declare thresholds (`# cap: below 60 id`); each red line met caps the grade at its ceiling
 * (deck-drawn lines such as paying a customer to go quiet). The final score is the lower of the
 * earned score and the top of the lowest ceiling's band, so score and grade never disagree and
 * a capped path never outranks an honest one of that grade.
 *
 * Deterministic and pure: the server recomputes it from the choice path. Results carry codes
 * (grade letters, red-line ids); the interface owns the words.
 */
import type { Catalogue } from './catalogue';
import type { ChoiceOption, Decision } from './events';
import { GRADE_LETTERS, type CeilingGrade, type Grade, type GradeBand } from './tags';

export type { Grade } from './tags';

/**
 * The version of these rules. Stamped on every result and save beside the story and catalogue
 * hashes; a server refuses results computed under another version. Raise it whenever a rule
 * here changes what any path scores.
 */
export const SCORING_VERSION = 2;

/** Lowest score of each grade, best first. */
export const GRADES: readonly { readonly min: number; readonly grade: Grade }[] = [
  { min: 85, grade: 'A' },
  { min: 70, grade: 'B' },
  { min: 55, grade: 'C' },
  { min: 0, grade: 'D' },
];

export interface PrincipleScore {
  readonly id: string;
  /** Points earned, summed over the decisions that count for this principle. */
  readonly earned: number;
  /** Points that could have been earned at those decisions. */
  readonly possible: number;
  /** 0–100, or null when no decision on the path counted for this principle. */
  readonly percent: number | null;
}

/** A red line met on a path. */
export interface Breach {
  readonly redline: string;
  readonly ceiling: CeilingGrade;
  /** How many choices had been made when it was met (1 = right after the first choice). */
  readonly turn: number;
  /** What met it: a chosen option, a line of the story, or a meter crossing a threshold. */
  readonly via: 'choice' | 'line' | 'meter';
  /** The meter, when `via` is 'meter'. */
  readonly meter?: string;
}

export interface CaseResult {
  readonly scoringVersion: number;
  readonly storyHash: string;
  readonly catalogueHash: string;
  readonly endingId: string;
  readonly endingTitle: string;
  /** The grades the ending declares it stands for (`# band:`), if it does. */
  readonly band: GradeBand | null;
  /** The score the choices earned, before any red-line ceiling: 0–100, an integer. */
  readonly rawScore: number;
  /** The score after ceilings: 0–100, an integer. What boards rank. */
  readonly score: number;
  readonly grade: Grade;
  /** Red lines met, in the order they were met; each at most once. */
  readonly breaches: readonly Breach[];
  readonly principles: readonly PrincipleScore[];
  readonly meters: Readonly<Record<string, number>>;
  readonly decisions: readonly Decision[];
}

export function gradeFor(score: number): Grade {
  for (const g of GRADES) if (score >= g.min) return g.grade;
  return 'D';
}

/** The highest score a grade allows (the top of its band): A 100, B 84, C 69, D 54. */
export function topOfGrade(grade: Grade): number {
  const i = GRADES.findIndex((g) => g.grade === grade);
  const above = GRADES[i - 1];
  return above === undefined ? 100 : above.min - 1;
}

/** True when `grade` is within `band` (inclusive). */
export function inBand(grade: Grade, band: GradeBand): boolean {
  const g = GRADE_LETTERS.indexOf(grade);
  return g >= GRADE_LETTERS.indexOf(band.best) && g <= GRADE_LETTERS.indexOf(band.worst);
}

function deltaFor(option: ChoiceOption, principle: string): number {
  return option.deltas.filter((d) => d.principle === principle).reduce((a, d) => a + d.delta, 0);
}

/** The option a model answer picks at a decision: the highest value, the first on a tie. */
export function bestOption(options: readonly ChoiceOption[]): ChoiceOption | undefined {
  let best: ChoiceOption | undefined;
  for (const o of options) if (best === undefined || o.value > best.value) best = o;
  return best;
}

/** What one decision contributes to the score: the part of its best-to-worst spread the choice covers. */
export function decisionAt(d: Decision): { earned: number; possible: number } {
  const chosen = d.options.find((o) => o.index === d.chosen);
  if (chosen === undefined || d.options.length < 2) return { earned: 0, possible: 0 };
  const values = d.options.map((o) => o.value);
  const min = Math.min(...values);
  return { earned: chosen.value - min, possible: Math.max(...values) - min };
}

/** What one decision contributes to one principle's bar (see the module comment). */
export function principleAt(d: Decision, principle: string): { earned: number; possible: number } {
  const chosen = d.options.find((o) => o.index === d.chosen);
  if (chosen === undefined || d.options.length < 2) return { earned: 0, possible: 0 };
  const values = d.options.map((o) => deltaFor(o, principle));
  const mine = deltaFor(chosen, principle);
  const max = Math.max(...values);
  if (max > 0) {
    const min = Math.min(...values);
    return { earned: mine - min, possible: max - min };
  }
  return mine < 0 ? { earned: 0, possible: -mine } : { earned: 0, possible: 0 };
}

/**
 * `earned / possible` as a whole percent, rounded, except that only the full amount is 100: 199 of
 * 200 is 99, so a bar or score reads 100 only for what was done in full.
 */
export function percentOf(earned: number, possible: number): number {
  return earned >= possible ? 100 : Math.min(99, Math.round((100 * earned) / possible));
}

/** Score and principle bars of a path's decisions, before red lines. */
export function scoreDecisions(decisions: readonly Decision[], catalogue: Catalogue): {
  score: number;
  principles: PrincipleScore[];
} {
  let earned = 0;
  let possible = 0;
  for (const d of decisions) {
    const s = decisionAt(d);
    earned += s.earned;
    possible += s.possible;
  }
  const principles = catalogue.principles.map((p): PrincipleScore => {
    let e = 0;
    let pos = 0;
    for (const d of decisions) {
      const s = principleAt(d, p.id);
      e += s.earned;
      pos += s.possible;
    }
    return { id: p.id, earned: e, possible: pos, percent: pos === 0 ? null : percentOf(e, pos) };
  });
  return { score: possible === 0 ? 100 : percentOf(earned, possible), principles };
}

/** The final score and grade once every red line met has capped them. */
export function applyCeilings(rawScore: number, breaches: readonly Breach[]): { score: number; grade: Grade } {
  let score = rawScore;
  for (const b of breaches) score = Math.min(score, topOfGrade(b.ceiling));
  return { score, grade: gradeFor(score) };
}
