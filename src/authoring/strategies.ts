/**
 * Test-wise strategies: what a trainee who never reads the case would score by picking options
 * by their look alone (always the longest, always the shortest, always the k-th in ink's order).
 * If any of them reaches B, the answer key can be read off the wording or the layout, and the
 * checker reports it as an error (issue: "no answer key in the wording").
 */
import { advanceToStop, CaseSession, StoryError, type Catalogue, type ChoiceOption, type CompiledCase, type Grade } from '../core';

export interface StrategyResult {
  /** `longest`, `shortest`, `position-1` … (1-based, in ink's order). */
  readonly id: string;
  /** A short Chinese description for messages. */
  readonly label: string;
  readonly path: readonly number[];
  readonly endingId: string | null;
  readonly score: number;
  readonly grade: Grade;
  /** Set when the walk did not reach an ending (an ink error, or the turn bound). */
  readonly problem: string | null;
}

/** Text length in characters (code points), as a trainee sees it. */
export function optionLength(o: ChoiceOption): number {
  return Array.from(o.text).length;
}

/** Which option (an index into ink's order) a strategy takes at a choice point. */
export type Pick = (options: readonly ChoiceOption[]) => number;

/** Index (into `options`) of the longest option; the first on a tie. */
const longest: Pick = (options) => options.reduce((best, o, i) => (optionLength(o) > optionLength(options[best] ?? o) ? i : best), 0);
const shortest: Pick = (options) => options.reduce((best, o, i) => (optionLength(o) < optionLength(options[best] ?? o) ? i : best), 0);
const position = (k: number): Pick => (options) => Math.min(k, options.length - 1);

/** Plays one strategy from the start; bounded by `maxTurns` choices. */
export function playStrategy(compiled: CompiledCase, catalogue: Catalogue, pick: Pick, maxTurns: number): Omit<StrategyResult, 'id' | 'label'> {
  const s = new CaseSession(compiled, catalogue, 1);
  try {
    for (let turn = 0; turn <= maxTurns; turn++) {
      const stop = advanceToStop(s);
      if (stop.kind === 'end') {
        const r = stop.result;
        const problem = r.endingId === 'unknown' ? '故事结束了，但这条路上没有 # ending: 标签' : null;
        return { path: [...s.path], endingId: problem === null ? r.endingId : null, score: r.score, grade: r.grade, problem };
      }
      if (turn === maxTurns) break;
      s.choose(stop.options[pick(stop.options)]?.index ?? 0);
    }
    const r = s.result();
    return { path: [...s.path], endingId: null, score: r.score, grade: r.grade, problem: `超过 ${maxTurns} 次选择仍未结束` };
  } catch (e) {
    if (!(e instanceof StoryError)) throw e;
    const r = s.result();
    return { path: [...s.path], endingId: null, score: r.score, grade: r.grade, problem: e.message };
  }
}

/** Every strategy, in a fixed order: longest, shortest, then position 1…maxOptions. */
export function strategyList(maxOptions: number): { id: string; label: string; pick: Pick }[] {
  return [
    { id: 'longest', label: '总选最长的选项', pick: longest },
    { id: 'shortest', label: '总选最短的选项', pick: shortest },
    ...Array.from({ length: Math.max(1, maxOptions) }, (_, k) => ({ id: `position-${k + 1}`, label: `总选第 ${k + 1} 个选项`, pick: position(k) })),
  ];
}

/**
 * Plays every strategy from the start. The checker walks them on its story graph instead when
 * the graph is complete (explore.ts, the same results without playing ink again); this is the
 * fallback when exploration stopped at a bound.
 */
export function testWiseStrategies(compiled: CompiledCase, catalogue: Catalogue, maxOptions: number, maxTurns: number): StrategyResult[] {
  return strategyList(maxOptions).map(({ id, label, pick }) => ({ id, label, ...playStrategy(compiled, catalogue, pick, maxTurns) }));
}
