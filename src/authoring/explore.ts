/**
 * Plays every path through a case (bounded), forking the session at each choice point instead of
 * replaying from the start, so the work grows with the number of paths explored. Loops, threads,
 * tunnels and RANDOM (with the session's fixed seed) run as the real game runs them. Whenever a
 * bound is hit, exploration stops and says which bound and how far it got: it never hangs.
 */
import { advanceToStop, CaseSession, choicePointId, knotNames, openStory, StoryError, type Catalogue, type ChoiceOption, type CompiledCase, type Grade, type SessionSnapshot } from '../core';

export interface ExploredPath {
  /** Option indices taken. */
  readonly path: readonly number[];
  /** The text of each option taken. */
  readonly choices: readonly string[];
  readonly endingId: string | null;
  readonly score: number;
  readonly grade: Grade;
  /** What is wrong with this path, if anything. */
  readonly problem: 'dead-end' | 'no-debrief' | 'runtime-error' | null;
  readonly message: string;
  /** Where a runtime problem arose (`file.ink line N`), when known. */
  readonly location: string | null;
  /** Knots entered since the last choice point (where a dead end must lie). */
  readonly entered: readonly string[];
}

export interface Exploration {
  /** Complete paths played (to an ending, or to a problem). */
  readonly paths: number;
  readonly endings: Readonly<Record<string, number>>;
  readonly scores: { readonly min: number; readonly median: number; readonly max: number } | null;
  readonly best: ExploredPath | null;
  readonly worst: ExploredPath | null;
  /** Paths with a problem (the first few of each kind). */
  readonly problems: readonly ExploredPath[];
  /** Texts of every option offered on some path. */
  readonly offered: ReadonlySet<string>;
  /** Knots never entered on any explored path (meaningful when the story counts all visits). */
  readonly unvisitedKnots: readonly string[];
  /** Why exploration stopped early, or null if every path was played. */
  readonly stopped: string | null;
  readonly millis: number;
}

export interface ExploreLimits {
  readonly maxPaths: number;
  /** Choices on one path before it is treated as a loop. */
  readonly maxTurns: number;
  readonly maxMillis: number;
}

/** Receives each step of every explored path, to draw the story's branch map. */
export interface ExploreTrace {
  /**
   * `from` is a choice point id, `option` the option taken there, `to` the next stop's id;
   * `toLabel` is the ending's title when `to` is an ending (`end:<id>`).
   */
  /** A choice point reached, with the line shown just before it (for the map's tooltips). */
  stop?(id: string, line: string | null): void;
  edge(from: string, option: ChoiceOption, to: string, toLabel?: string): void;
}

export const DEFAULT_LIMITS: ExploreLimits = { maxPaths: 20_000, maxTurns: 150, maxMillis: 4_000 };
const KEEP_PROBLEMS = 5;

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? 0;
  return sorted.length % 2 === 1 ? at(mid) : Math.round((at(mid - 1) + at(mid)) / 2);
}

export function explore(
  compiled: CompiledCase,
  catalogue: Catalogue,
  limits: ExploreLimits = DEFAULT_LIMITS,
  now: () => number = () => Date.now(),
  trace?: ExploreTrace,
): Exploration {
  const started = now();
  const knots = knotNames(openStory(compiled.json, 1));
  const visited = new Set<string>();
  const endings: Record<string, number> = {};
  const scores: number[] = [];
  const problems: ExploredPath[] = [];
  const offered = new Set<string>();
  let best: ExploredPath | null = null;
  let worst: ExploredPath | null = null;
  let paths = 0;
  /** Paths abandoned at the turn bound (loops); they count against maxPaths too. */
  let cut = 0;
  let loopNote = null as string | null;
  let stopped: string | null = null;

  /** Visit counts at the last choice point, to tell which knots the flow entered since. */
  let visitsThen: readonly number[] = knots.map(() => 0);
  const finish = (s: CaseSession, endingId: string | null, problem: ExploredPath['problem'], message: string, location: string | null = null): void => {
    paths++;
    for (const k of knots) if (!visited.has(k) && s.visits(k) > 0) visited.add(k);
    const r = s.result();
    const decisions = r.decisions;
    const p: ExploredPath = {
      path: [...s.path],
      choices: decisions.map((d) => d.options[d.chosen]?.text ?? ''),
      endingId,
      score: r.score,
      grade: r.grade,
      problem,
      message,
      location,
      entered: problem === null ? [] : knots.filter((k, i) => s.visits(k) > (visitsThen[i] ?? 0)),
    };
    if (problem !== null) {
      if (problems.filter((x) => x.problem === problem).length < KEEP_PROBLEMS) problems.push(p);
      return;
    }
    endings[endingId ?? ''] = (endings[endingId ?? ''] ?? 0) + 1;
    scores.push(r.score);
    if (best === null || r.score > best.score) best = p;
    if (worst === null || r.score < worst.score) worst = p;
  };

  // One story, walked depth first: at each choice point the state is saved once, the first
  // option is followed at once, and the others wait on the stack with the saved state.
  const s = new CaseSession(compiled, catalogue, 1);
  interface Step {
    readonly from: string;
    readonly option: ChoiceOption;
  }
  const stack: { readonly snap: SessionSnapshot; readonly visits: readonly number[]; readonly option: number; readonly step: Step }[] = [];
  const descend = (first: Step | null): void => {
    let step = first;
    const reach = (to: string, toLabel?: string): void => {
      if (step !== null) trace?.edge(step.from, step.option, to, toLabel);
    };
    for (;;) {
      let stop;
      try {
        stop = advanceToStop(s);
      } catch (e) {
        if (!(e instanceof StoryError)) throw e;
        const deadEnd = /ran out of content/i.test(e.message);
        reach(`problem:${deadEnd ? 'dead-end' : 'runtime-error'}`);
        finish(s, null, deadEnd ? 'dead-end' : 'runtime-error', e.message, e.location);
        return;
      }
      if (stop.kind === 'end') {
        const id = stop.result.endingId;
        if (id === 'unknown') reach('problem:no-debrief');
        else reach(`end:${id}`, stop.result.endingTitle);
        if (id === 'unknown') finish(s, null, 'no-debrief', '故事结束了，但这条路上没有 # ending: 标签');
        else finish(s, id, null, '');
        return;
      }
      const here = choicePointId(stop.options);
      reach(here);
      trace?.stop?.(here, s.lastLine?.text ?? null);
      if (s.path.length >= limits.maxTurns) {
        cut++;
        loopNote ??= `有路径超过 ${limits.maxTurns} 次选择仍未结束（可能是循环），这些路径未继续探索`;
        return;
      }
      for (const o of stop.options) offered.add(o.text);
      if (stop.options.length > 1) {
        const snap = s.snapshot();
        const visits = knots.map((k) => s.visits(k));
        for (let i = stop.options.length - 1; i >= 1; i--) {
          const option = stop.options[i];
          if (option !== undefined) stack.push({ snap, visits, option: i, step: { from: here, option } });
        }
      }
      visitsThen = knots.map((k) => s.visits(k));
      const firstOption = stop.options[0];
      if (firstOption === undefined) return;
      step = { from: here, option: firstOption };
      s.choose(0);
    }
  };
  descend(null);
  while (stack.length > 0) {
    if (paths + cut >= limits.maxPaths) {
      stopped = `已探索 ${paths + cut} 条路径，达到上限 ${limits.maxPaths}，其余路径未检查`;
      break;
    }
    if (now() - started > limits.maxMillis) {
      stopped = `探索超过 ${limits.maxMillis / 1000} 秒，已停止（完成 ${paths} 条路径）`;
      break;
    }
    const next = stack.pop();
    if (next === undefined) break;
    s.restore(next.snap);
    visitsThen = next.visits;
    s.choose(next.option);
    descend(next.step);
  }
  if (loopNote !== null) stopped = stopped === null ? loopNote : `${loopNote}；${stopped}`;
  scores.sort((a, b) => a - b);
  return {
    paths,
    endings,
    scores: scores.length === 0 ? null : { min: scores[0] ?? 0, median: median(scores), max: scores[scores.length - 1] ?? 0 },
    best,
    worst,
    problems,
    offered,
    unvisitedKnots: knots.filter((k) => !visited.has(k)),
    stopped,
    millis: now() - started,
  };
}
