/**
 * A trainee's progress across cases: the record kept of each finished attempt, each principle's
 * standing over all of them, and which case to practise next.
 *
 * Pure data in, data out: the game keeps the records in the browser, the leaderboard server can
 * compute the same from its own. A record holds the seed and the choice path, which are enough to
 * rebuild the whole session and its debrief (src/core/replay.ts).
 */
import type { CaseCard } from './caseMeta';
import { SCORING_VERSION, type CaseResult, type Grade } from './scoring';
import type { Place } from './vocabulary';

/** One finished attempt at a case. */
export interface AttemptRecord {
  readonly caseId: string;
  /** The compiled story's hash: a changed case is another story (src/core/content.ts). */
  readonly storyHash: string;
  readonly scoringVersion: number;
  readonly seed: number;
  /** ink's choice indices, one per decision, in order. */
  readonly path: readonly number[];
  /** 0–100 after red-line ceilings. */
  readonly score: number;
  readonly grade: Grade;
  readonly endingId: string;
  /** Per principle that counted on this path: its percent, 0–100. */
  readonly principles: Readonly<Record<string, number>>;
  /** ISO 8601 time of the finish. */
  readonly at: string;
}

/** The record of a finish; `at` is when it finished. */
export function attemptRecord(caseId: string, seed: number, path: readonly number[], result: CaseResult, at: Date): AttemptRecord {
  const principles: Record<string, number> = {};
  for (const p of result.principles) if (p.percent !== null) principles[p.id] = p.percent;
  return {
    caseId,
    storyHash: result.storyHash,
    scoringVersion: result.scoringVersion,
    seed,
    path: [...path],
    score: result.score,
    grade: result.grade,
    endingId: result.endingId,
    principles,
    at: at.toISOString(),
  };
}

const GRADE_SET: ReadonlySet<string> = new Set(['A', 'B', 'C', 'D']);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Reads a stored record back; null for anything that is not one (corrupt or foreign data). */
export function parseAttemptRecord(raw: unknown): AttemptRecord | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const principles = r['principles'];
  if (
    typeof r['caseId'] !== 'string' ||
    typeof r['storyHash'] !== 'string' ||
    !isInt(r['scoringVersion']) ||
    !isInt(r['seed']) ||
    !Array.isArray(r['path']) ||
    !r['path'].every((i) => isInt(i) && i >= 0) ||
    !isInt(r['score']) ||
    typeof r['grade'] !== 'string' ||
    !GRADE_SET.has(r['grade']) ||
    typeof r['endingId'] !== 'string' ||
    typeof r['at'] !== 'string' ||
    typeof principles !== 'object' ||
    principles === null ||
    !Object.values(principles).every((v) => typeof v === 'number' && v >= 0 && v <= 100)
  ) {
    return null;
  }
  return {
    caseId: r['caseId'],
    storyHash: r['storyHash'],
    scoringVersion: r['scoringVersion'],
    seed: r['seed'],
    path: r['path'] as number[],
    score: r['score'],
    grade: r['grade'] as Grade,
    endingId: r['endingId'],
    principles: principles as Record<string, number>,
    at: r['at'],
  };
}

/** How a trainee stands on one principle over all of their attempts. */
export interface PrincipleStanding {
  readonly id: string;
  /** Mean of the principle's percent over the attempts where it counted, rounded to an integer. */
  readonly percent: number;
  /** How many attempts it counted in. */
  readonly attempts: number;
}

/**
 * Each principle's mean percent over every attempt under the current scoring rules (attempts
 * scored by other rules are not comparable and are left out). Every attempt counts once, so a
 * trainee's standing reflects all their practice, not their last case only. Sorted weakest
 * first; ties go to the principle practised less, then to catalogue order (`order`).
 */
export function principleStanding(attempts: readonly AttemptRecord[], order: readonly string[]): PrincipleStanding[] {
  const sums = new Map<string, { total: number; n: number }>();
  for (const a of attempts) {
    if (a.scoringVersion !== SCORING_VERSION) continue;
    for (const [id, percent] of Object.entries(a.principles)) {
      const s = sums.get(id) ?? { total: 0, n: 0 };
      s.total += percent;
      s.n += 1;
      sums.set(id, s);
    }
  }
  const rank = (id: string): number => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return [...sums.entries()]
    .map(([id, s]) => ({ id, percent: Math.round(s.total / s.n), attempts: s.n }))
    .sort((a, b) => a.percent - b.percent || a.attempts - b.attempts || rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : 1));
}

/** The best score per case under the current scoring rules. */
export function bestScores(attempts: readonly AttemptRecord[]): Map<string, AttemptRecord> {
  const best = new Map<string, AttemptRecord>();
  for (const a of attempts) {
    if (a.scoringVersion !== SCORING_VERSION) continue;
    const b = best.get(a.caseId);
    if (b === undefined || a.score > b.score) best.set(a.caseId, a);
  }
  return best;
}

/** The case to practise next and why. */
export interface Recommendation {
  readonly caseId: string;
  /** The principle it trains: the trainee's weakest that some other case trains. */
  readonly principle: PrincipleStanding;
  /** The trainee's best score on that case, or null if they have not finished it yet. */
  readonly best: number | null;
}

/**
 * The next case for the trainee: one that trains their weakest principle (over all attempts,
 * `principleStanding`). Among the cases that train it, one not finished yet comes first, then the
 * lowest best score, then the lowest case number; the case just finished (`justFinished`) is
 * suggested only when no other case trains that principle. A principle at 100 % is not weak.
 * Null when there are no attempts yet or nothing is left to improve.
 */
export function recommendNext(
  attempts: readonly AttemptRecord[],
  cases: readonly CaseCard[],
  order: readonly string[],
  justFinished: string | null = null,
): Recommendation | null {
  const best = bestScores(attempts);
  for (const principle of principleStanding(attempts, order)) {
    if (principle.percent >= 100) break;
    const training = cases.filter((c) => c.principles.includes(principle.id));
    const others = training.filter((c) => c.id !== justFinished);
    const pool = others.length > 0 ? others : training;
    const pick = [...pool].sort((a, b) => {
      const ba = best.get(a.id)?.score ?? -1;
      const bb = best.get(b.id)?.score ?? -1;
      return ba - bb || a.number - b.number || (a.id < b.id ? -1 : 1);
    })[0];
    if (pick !== undefined) return { caseId: pick.id, principle, best: best.get(pick.id)?.score ?? null };
  }
  return null;
}

/** Where a case happens, as the board groups cases. */
export type SettingGroup = 'phone' | 'counter' | 'lobby' | 'self-service';

export const SETTING_GROUPS: readonly SettingGroup[] = ['counter', 'lobby', 'self-service', 'phone'];

/** The board's setting group of a case: a phone call is on the phone wherever the desk is. */
export function settingGroup(card: Pick<CaseCard, 'setting' | 'channel'>): SettingGroup {
  if (card.channel === 'phone') return 'phone';
  const place: Place = card.setting;
  if (place.startsWith('counter-')) return 'counter';
  if (place === 'atm') return 'self-service';
  return 'lobby';
}
