/**
 * Plays every path through a case, in two stages, and sums up what it found.
 *
 * 1. The state graph (storyGraph.ts). Ink is run once per distinct story state: at each choice point the state's
 *    merge key (src/core/stateKey.ts) says whether an earlier path already reached the same
 *    point with the same future; if so the paths share it. Each option is played from a saved
 *    state until the next stop (a choice point, an ending or a problem), recording what that
 *    step does: the red lines it meets, the knots it enters. Loops, threads, tunnels and
 *    RANDOM (with the session's fixed seed) run as the real game runs them.
 * 2. The paths (pathWalk.ts). Every path through the graph is walked in plain arithmetic (no ink): its
 *    decisions are scored with the same scorer the game uses, red lines applied, and its ending
 *    checked against the grades the ending declares.
 *
 * Every bound is a count (states, paths, choices on one path, and the core's steps per turn),
 * never a time, so the same case gives the same findings on any machine under any load. When a
 * bound is hit, exploration says which and how far it got; verdicts that need every path are
 * then not given.
 */
import { applyCeilings, scoreDecisions, type Breach, type Catalogue, type ChoiceOption, type CompiledCase, type Decision, type Grade, type GradeBand } from '../core';
import { walkPaths } from './pathWalk';
import { buildGraph, type Edge, type GraphNode } from './storyGraph';
import { optionLength, strategyList, type StrategyResult } from './strategies';

export interface ExploredPath {
  /** Option indices taken. */
  readonly path: readonly number[];
  /** The text of each option taken. */
  readonly choices: readonly string[];
  readonly endingId: string | null;
  readonly score: number;
  readonly grade: Grade;
  /** Red lines met on this path. */
  readonly breaches: readonly string[];
  /** What is wrong with this path, if anything. */
  readonly problem: 'dead-end' | 'no-debrief' | 'runtime-error' | null;
  readonly message: string;
  /** Where a runtime problem arose (`file.ink line N`), when known. */
  readonly location: string | null;
  /** Knots entered since the last choice point (where a dead end must lie). */
  readonly entered: readonly string[];
}

/** Paths that reach an ending with a grade outside the band it declares. */
export interface BandMiss {
  readonly endingId: string;
  readonly endingTitle: string;
  readonly band: GradeBand;
  /** How many paths miss, and the grades they get. */
  readonly count: number;
  readonly grades: readonly Grade[];
  readonly example: ExploredPath;
}

/** How much the wording or layout gives the answer away, over the case's distinct choice points. */
export interface AnswerKeyStats {
  /** Choice points with two or more options and a single best option. */
  readonly decisions: number;
  /** Of those, where the best option is also the longest (strictly). */
  readonly bestIsLongest: number;
  /** How often the best option sits at each position in ink's order (index 0 = first). */
  readonly bestPosition: readonly number[];
}

export interface Exploration {
  /** Complete paths played (to an ending, or to a problem). */
  readonly paths: number;
  /** Distinct story states (choice points) played through ink. */
  readonly states: number;
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
  /** Endings reached by paths graded outside their declared band. */
  readonly bandMisses: readonly BandMiss[];
  /** Paths that met a red line; and of those, any graded above its ceiling (a scorer bug: 0). */
  readonly redlinePaths: number;
  readonly aboveCeiling: number;
  /** Path × principle bars at 100 % with no option chosen that was scored up on it (must be 0). */
  readonly unearnedFullBars: number;
  /** Meters whose catalogue threshold was crossed on some path. */
  readonly metersCapped: readonly string[];
  /** For each principle, how many distinct options carry it, and the number of distinct options. */
  readonly principleUse: Readonly<Record<string, number>>;
  readonly distinctOptions: number;
  readonly answerKey: AnswerKeyStats;
  /** Most options offered at one choice point. */
  readonly maxOptions: number;
  /** The test-wise strategies walked on the story graph; null when the graph is incomplete. */
  readonly strategies: readonly StrategyResult[] | null;
  /**
   * A fingerprint of every path's outcome (its choices, ending or problem, score, grade and red
   * lines, in walk order): two explorations with the same digest found the same thing.
   */
  readonly digest: string;
  /** Why exploration stopped early, or null if every path was played. */
  readonly stopped: string | null;
}

export interface ExploreLimits {
  /** Complete paths walked (stage 2). */
  readonly maxPaths: number;
  /** Choices on one path before it is treated as a loop. */
  readonly maxTurns: number;
  /** Distinct story states played through ink (stage 1). */
  readonly maxStates: number;
}

/** Receives each step of the story graph, to draw the case's branch map. */
export interface ExploreTrace {
  /** A choice point reached, with the line shown just before it (for the map's tooltips). */
  stop?(id: string, line: string | null): void;
  /**
   * `from` is a choice point id, `option` the option taken there, `to` the next stop's id;
   * `toLabel` is the ending's title when `to` is an ending (`end:<id>`).
   */
  edge(from: string, option: ChoiceOption, to: string, toLabel?: string): void;
}

export const DEFAULT_LIMITS: ExploreLimits = { maxPaths: 200_000, maxTurns: 150, maxStates: 20_000 };

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? 0;
  return sorted.length % 2 === 1 ? at(mid) : Math.round((at(mid - 1) + at(mid)) / 2);
}

/**
 * Explores a case. First with merge keys that leave out once-only choices' visit counts (exact as
 * long as no path comes back to a choice point it has passed, which is the usual shape of a
 * case); if some path does come back, again with those counts kept.
 */
export function explore(compiled: CompiledCase, catalogue: Catalogue, limits: ExploreLimits = DEFAULT_LIMITS, trace?: ExploreTrace): Exploration {
  // Threads weave the same choices into several places: their once-only history is kept from the start.
  const woven = compiled.json.includes('"thread"');
  return (woven ? null : exploreWith(compiled, catalogue, limits, trace, 'lean')) ?? exploreWith(compiled, catalogue, limits, trace, 'full') ?? fail();
}

/**
 * Explores without merging any states: every path is played through ink, as a tree. Slow; the
 * tests use it as the ground truth the merged exploration must equal.
 */
export function exploreUnmerged(compiled: CompiledCase, catalogue: Catalogue, limits: ExploreLimits = DEFAULT_LIMITS): Exploration {
  return exploreWith(compiled, catalogue, limits, undefined, 'none') ?? fail();
}

function fail(): never {
  throw new Error('exploration with full merge keys cannot need a second pass');
}

/**
 * One exploration. `merge`: 'lean' merges states by keys without once-only choices' visit counts
 * (returns null if a path comes back to a choice point), 'full' by keys with them, 'none' never.
 */
function exploreWith(compiled: CompiledCase, catalogue: Catalogue, limits: ExploreLimits, trace: ExploreTrace | undefined, merge: 'lean' | 'full' | 'none'): Exploration | null {
  const graph = buildGraph(compiled, catalogue, limits, trace, merge);
  if (graph.revisit) return null;
  const walk = walkPaths(graph, catalogue, limits, merge !== 'lean');
  if (walk.revisit) return null;
  const { root, rootBreaches, maxOptions, optionsSeen, knots, visited, offered, metersCapped } = graph;
  const principles = catalogue.principles.map((p) => p.id);
  const byKey = graph.nodes;
  const flags = { stoppedStates: graph.stoppedStates };
  const { paths, endings, scores, best, worst, problems, misses, redlinePaths, aboveCeiling, unearnedFullBars, loopNote, stoppedPaths } = walk;

  // The test-wise strategies, walked on the graph (each one path: its score from the scorer itself).
  let strategies: StrategyResult[] | null = null;
  if (flags.stoppedStates === null) {
    strategies = strategyList(Math.max(2, maxOptions)).map(({ id, label, pick }): StrategyResult => {
      const taken: Decision[] = [];
      const met: Breach[] = [...rootBreaches];
      let n: GraphNode = root;
      while (n.kind === 'choice' && n.edges !== null && taken.length < limits.maxTurns) {
        const i = pick(n.options);
        const edge: Edge | undefined = n.edges[i];
        if (edge === undefined) break;
        taken.push({ options: n.options, chosen: i });
        for (const b of edge.breaches) if (!met.some((x) => x.redline === b.redline)) met.push(b);
        n = edge.to;
      }
      const { score, grade } = applyCeilings(scoreDecisions(taken, catalogue).score, met);
      const problem = n.kind === 'problem' ? n.message : n.kind === 'choice' ? `超过 ${limits.maxTurns} 次选择仍未结束` : null;
      return { id, label, path: taken.map((d) => d.chosen), endingId: n.kind === 'end' ? n.endingId : null, score, grade, problem };
    });
  }

  // Answer-key and principle-spread measures, over the distinct choice points and options.
  const bestPosition = [0, 0, 0, 0];
  let keyDecisions = 0;
  let bestIsLongest = 0;
  // Over every distinct set of options the trainee can be shown (the same whichever state or
  // path shows it, so merging states cannot change these figures).
  const points = new Map<string, readonly ChoiceOption[]>();
  for (const n of byKey.values()) {
    const key = n.options.map((o) => o.source).join('|');
    if (!points.has(key) && n.options.length > 1) points.set(key, n.options);
  }
  for (const key of [...points.keys()].sort()) {
    const options = points.get(key) ?? [];
    const top = Math.max(...options.map((o) => o.value));
    const bests = options.filter((o) => o.value === top);
    const only = bests[0];
    if (bests.length !== 1 || only === undefined) continue;
    keyDecisions++;
    while (bestPosition.length <= only.index) bestPosition.push(0);
    bestPosition[only.index] = (bestPosition[only.index] ?? 0) + 1;
    if (options.every((o) => o === only || optionLength(o) < optionLength(only))) bestIsLongest++;
  }
  const principleUse: Record<string, number> = {};
  for (const id of principles) principleUse[id] = 0;
  for (const o of optionsSeen.values()) {
    for (const id of new Set(o.deltas.map((d) => d.principle))) principleUse[id] = (principleUse[id] ?? 0) + 1;
  }

  const stopped = [loopNote, flags.stoppedStates, stoppedPaths].filter((x): x is string => x !== null);
  scores.sort((a, b) => a - b);
  return {
    paths,
    states: byKey.size,
    endings,
    scores: scores.length === 0 ? null : { min: scores[0] ?? 0, median: median(scores), max: scores[scores.length - 1] ?? 0 },
    best,
    worst,
    problems,
    offered,
    unvisitedKnots: knots.filter((k) => !visited.has(k)),
    bandMisses: [...misses.values()].map((m) => ({ ...m, grades: [...m.grades].sort() })),
    redlinePaths,
    aboveCeiling,
    unearnedFullBars,
    metersCapped: [...metersCapped].sort(),
    principleUse,
    distinctOptions: optionsSeen.size,
    answerKey: { decisions: keyDecisions, bestIsLongest, bestPosition },
    maxOptions,
    strategies,
    digest: walk.digest,
    stopped: stopped.length === 0 ? null : stopped.join('；'),
  };
}
