/**
 * Stage 2 of the checker's exploration (src/authoring/explore.ts): every path through the story
 * graph (storyGraph.ts), walked in plain arithmetic (no ink). Each path's decisions are scored with
 * the same rules the game's scorer uses (decisionAt, principleAt: the same sums in the same order,
 * so the same integers and the same rounding), its red lines applied, and its ending checked
 * against the grades the ending declares. Bounds are counts (paths, choices on one path).
 */
import { applyCeilings, choicePointId, decisionAt, inBand, percentOf, principleAt, type Breach, type Catalogue, type ChoiceOption, type Decision, type Grade, type GradeBand } from '../core';
import type { ExploredPath, ExploreLimits } from './explore';
import type { ChoiceNode, EndNode, GraphNode, ProblemNode, StoryGraph } from './storyGraph';

/** How many example paths of each problem kind are kept. */
const KEEP_PROBLEMS = 5;

/** What choosing option `i` at a decision adds to a path's score and to each principle's bar. */
interface Contribution {
  readonly earned: number;
  readonly possible: number;
  readonly pEarned: Float64Array;
  readonly pPossible: Float64Array;
  /** 1 where the option is scored up on the principle. */
  readonly pShown: Int32Array;
}

/** The scorer's own rules (scoreDecisions, principleAt) for one decision, per principle. */
function contribution(options: readonly ChoiceOption[], i: number, principles: readonly string[]): Contribution {
  const d: Decision = { options, chosen: i };
  const chosen = options[i];
  const parts = principles.map((p) => principleAt(d, p));
  return {
    ...decisionAt(d),
    pEarned: Float64Array.from(parts.map((x) => x.earned)),
    pPossible: Float64Array.from(parts.map((x) => x.possible)),
    pShown: Int32Array.from(principles.map((p) => ((chosen?.deltas ?? []).some((x) => x.principle === p && x.delta > 0) ? 1 : 0))),
  };
}

export interface PathWalk {
  readonly paths: number;
  readonly endings: Record<string, number>;
  /** Every path's score, in walk order. */
  readonly scores: number[];
  readonly best: ExploredPath | null;
  readonly worst: ExploredPath | null;
  readonly problems: ExploredPath[];
  readonly misses: ReadonlyMap<string, { endingId: string; endingTitle: string; band: GradeBand; count: number; grades: Set<Grade>; example: ExploredPath }>;
  readonly redlinePaths: number;
  readonly aboveCeiling: number;
  readonly unearnedFullBars: number;
  /** FNV-1a over every path's choices, ending or problem, score, grade and red lines, in order. */
  readonly digest: string;
  /** A path longer than the turn bound was cut (a loop), or null. */
  readonly loopNote: string | null;
  /** The path bound was reached, or null. */
  readonly stoppedPaths: string | null;
  /** With lean keys: a path came back to a choice point (explore again with full keys). */
  readonly revisit: boolean;
}

/** Walks every path of `graph` from its root. `withOnceOnly`: the graph was built with full keys. */
export function walkPaths(graph: StoryGraph, catalogue: Catalogue, limits: ExploreLimits, withOnceOnly: boolean): PathWalk {
  const { root, rootBreaches } = graph;
  const flags = { revisit: false };
  const principles = catalogue.principles.map((p) => p.id);
  const endings: Record<string, number> = {};
  const scores: number[] = [];
  const problems: ExploredPath[] = [];
  const misses = new Map<string, { endingId: string; endingTitle: string; band: GradeBand; count: number; grades: Set<Grade>; example: ExploredPath }>();
  let best: ExploredPath | null = null;
  let worst: ExploredPath | null = null;
  let paths = 0;
  let cut = 0;
  let redlinePaths = 0;
  let aboveCeiling = 0;
  let unearnedFullBars = 0;
  let stoppedPaths: string | null = null;
  let loopNote: string | null = null;

  const decisions: Decision[] = [];
  const breachStack: (readonly Breach[])[] = [rootBreaches];

  const none: Breach[] = [];
  const breachesNow = (): Breach[] => {
    if (breachStack.every((list) => list.length === 0)) return none;
    const out: Breach[] = [];
    for (const list of breachStack) for (const b of list) if (!out.some((x) => x.redline === b.redline)) out.push(b);
    return out;
  };

  // The path's sums, kept as the walk goes down and back up (the same sums scoreDecisions makes,
  // in the same order, so the same integers and the same rounding).
  const nP = principles.length;
  let sumEarned = 0;
  let sumPossible = 0;
  const pEarned = new Float64Array(nP);
  const pPossible = new Float64Array(nP);
  const pShown = new Int32Array(nP);
  // Keyed by the options shown (nodes reached by shifting meters share their options array).
  const contributions = new Map<readonly ChoiceOption[], Contribution[]>();
  const contributionOf = (node: ChoiceNode, i: number): Contribution => {
    let list = contributions.get(node.options);
    if (list === undefined) contributions.set(node.options, (list = node.options.map((_, k) => contribution(node.options, k, principles))));
    const c = list[i];
    if (c === undefined) throw new Error('no such option');
    return c;
  };
  const apply = (c: Contribution, sign: 1 | -1): void => {
    sumEarned += sign * c.earned;
    sumPossible += sign * c.possible;
    for (let p = 0; p < nP; p++) {
      pEarned[p] = (pEarned[p] ?? 0) + sign * (c.pEarned[p] ?? 0);
      pPossible[p] = (pPossible[p] ?? 0) + sign * (c.pPossible[p] ?? 0);
      pShown[p] = (pShown[p] ?? 0) + sign * (c.pShown[p] ?? 0);
    }
  };
  const applied: Contribution[] = [];

  let digest = 0x811c9dc5;
  const fold = (text: string): void => {
    for (let i = 0; i < text.length; i++) digest = Math.imul(digest ^ text.charCodeAt(i), 0x01000193) >>> 0;
  };
  const foldNumber = (n: number): void => {
    digest = Math.imul(digest ^ (n & 0xffff), 0x01000193) >>> 0;
    digest = Math.imul(digest ^ (n >>> 16), 0x01000193) >>> 0;
  };

  const leaf = (n: EndNode | ProblemNode): void => {
    paths++;
    const rawScore = sumPossible === 0 ? 100 : percentOf(sumEarned, sumPossible);
    const breaches = breachesNow();
    const { score, grade } = applyCeilings(rawScore, breaches);
    // Every path's choices, ending or problem, score, grade and red lines, in order.
    foldNumber(decisions.length);
    for (const d of decisions) foldNumber(d.chosen);
    fold(n.kind === 'end' ? n.endingId : n.problem);
    foldNumber(score);
    fold(grade);
    foldNumber(breaches.length);
    for (const b of breaches) fold(`${b.redline}:${b.via}`);
    const record = (): ExploredPath => ({
      path: decisions.map((d) => d.chosen),
      choices: decisions.map((d) => d.options[d.chosen]?.text ?? ''),
      endingId: n.kind === 'end' ? n.endingId : null,
      score,
      grade,
      breaches: breaches.map((b) => b.redline),
      problem: n.kind === 'problem' ? n.problem : null,
      message: n.kind === 'problem' ? n.message : '',
      location: n.kind === 'problem' ? n.location : null,
      entered: n.kind === 'problem' ? n.entered : [],
    });
    if (n.kind === 'problem') {
      if (problems.filter((x) => x.problem === n.problem).length < KEEP_PROBLEMS) problems.push(record());
      return;
    }
    endings[n.endingId] = (endings[n.endingId] ?? 0) + 1;
    scores.push(score);
    if (best === null || score > best.score) best = record();
    if (worst === null || score < worst.score) worst = record();
    if (breaches.length > 0) {
      redlinePaths++;
      // Grade letters sort best first (A < B < C < D): a grade "below" its ceiling letter is above it.
      if (breaches.some((b) => grade < b.ceiling)) aboveCeiling++;
    }
    for (let p = 0; p < nP; p++) {
      const possible = pPossible[p] ?? 0;
      if (possible > 0 && percentOf(pEarned[p] ?? 0, possible) === 100 && (pShown[p] ?? 0) === 0) unearnedFullBars++;
    }
    if (n.band !== null && !inBand(grade, n.band)) {
      const key = n.endingId;
      const m = misses.get(key);
      if (m === undefined) misses.set(key, { endingId: n.endingId, endingTitle: n.title, band: n.band, count: 1, grades: new Set([grade]), example: record() });
      else {
        m.count++;
        m.grades.add(grade);
      }
    }
  };

  // Depth-first over the graph; each frame is a choice node and the next option to take there.
  const frames: { node: ChoiceNode; next: number }[] = [];
  /** Choice points on the current path, to notice a path that comes back to one. */
  const onPath = new Map<string, number>();
  const pointIds = new Map<readonly ChoiceOption[], readonly string[]>();
  /** Each option's own container: a choice point shows different options in different states. */
  const containersOf = (options: readonly ChoiceOption[]): readonly string[] => {
    let ids = pointIds.get(options);
    if (ids === undefined) pointIds.set(options, (ids = [...new Set(options.map((o) => choicePointId([o])))]));
    return ids;
  };
  const enter = (n: GraphNode): void => {
    if (n.kind !== 'choice') {
      leaf(n);
      return;
    }
    const containers = containersOf(n.options);
    let seen = 0;
    for (const c of containers) seen = Math.max(seen, onPath.get(c) ?? 0);
    if (seen > 0 && !withOnceOnly) {
      flags.revisit = true;
      return;
    }
    if (n.edges === null) {
      // Not expanded: past the turn bound (a loop), or past the state bound.
      if (decisions.length >= limits.maxTurns) {
        cut++;
        loopNote ??= `有路径超过 ${limits.maxTurns} 次选择仍未结束（可能是循环），这些路径未继续探索`;
      }
      return;
    }
    frames.push({ node: n, next: 0 });
    for (const c of containers) onPath.set(c, (onPath.get(c) ?? 0) + 1);
  };
  enter(root);
  while (frames.length > 0 && !flags.revisit) {
    if (paths + cut >= limits.maxPaths) {
      stoppedPaths = `已走完 ${paths + cut} 条路径（检查器的计数上限 ${limits.maxPaths}），其余路径未检查`;
      break;
    }
    const top = frames[frames.length - 1];
    if (top === undefined) break;
    const edges = top.node.edges ?? [];
    if (top.next > 0) {
      // Back from the previous option at this node.
      decisions.pop();
      breachStack.pop();
      const undo = applied.pop();
      if (undo !== undefined) apply(undo, -1);
    }
    if (top.next >= edges.length || decisions.length >= limits.maxTurns) {
      if (top.next < edges.length) {
        cut++;
        loopNote ??= `有路径超过 ${limits.maxTurns} 次选择仍未结束（可能是循环），这些路径未继续探索`;
      }
      frames.pop();
      for (const c of containersOf(top.node.options)) onPath.set(c, (onPath.get(c) ?? 1) - 1);
      continue;
    }
    const i = top.next++;
    const edge = edges[i];
    if (edge === undefined) continue;
    decisions.push({ options: top.node.options, chosen: i });
    breachStack.push(edge.breaches);
    const c = contributionOf(top.node, i);
    applied.push(c);
    apply(c, 1);
    enter(edge.to);
  }

  return {
    paths,
    endings,
    scores,
    best,
    worst,
    problems,
    misses,
    redlinePaths,
    aboveCeiling,
    unearnedFullBars,
    digest: digest.toString(16).padStart(8, '0'),
    loopNote,
    stoppedPaths,
    revisit: flags.revisit,
  };
}
