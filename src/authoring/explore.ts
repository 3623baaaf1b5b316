/**
 * Plays every path through a case, in two stages.
 *
 * 1. The state graph. Ink is run once per distinct story state: at each choice point the state's
 *    merge key (src/core/stateKey.ts) says whether an earlier path already reached the same
 *    point with the same future; if so the paths share it. Each option is played from a saved
 *    state until the next stop (a choice point, an ending or a problem), recording what that
 *    step does: the red lines it meets, the knots it enters. Loops, threads, tunnels and
 *    RANDOM (with the session's fixed seed) run as the real game runs them.
 * 2. The paths. Every path through the graph is walked in plain arithmetic (no ink): its
 *    decisions are scored with the same scorer the game uses, red lines applied, and its ending
 *    checked against the grades the ending declares.
 *
 * Every bound is a count (states, paths, choices on one path, and the core's steps per turn),
 * never a time, so the same case gives the same findings on any machine under any load. When a
 * bound is hit, exploration says which and how far it got; verdicts that need every path are
 * then not given.
 */
import {
  advanceToStop,
  applyCeilings,
  scoreDecisions,
  CaseSession,
  choicePointId,
  inBand,
  knotNames,
  decisionAt,
  percentOf,
  principleAt,
  openStory,
  stateKey,
  stateRelevance,
  StoryError,
  type Breach,
  type Catalogue,
  type ChoiceOption,
  type CompiledCase,
  type Decision,
  type Grade,
  type GradeBand,
  type Meter,
  type SessionSnapshot,
} from '../core';
import { compare, MeterProbe, shiftPlan, type Comparison, type ContinueRecord, type ShiftPlan } from './meterShift';
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
const KEEP_PROBLEMS = 5;

type Problem = NonNullable<ExploredPath['problem']>;

interface ChoiceNode {
  readonly kind: 'choice';
  readonly point: string;
  /** The state to play on from (made when first needed for a state reached by shifting meters). */
  readonly snap: () => SessionSnapshot;
  /** The merge key without the shifted meters, and those meters' values (meterShift.ts). */
  readonly abstract: string;
  readonly values: readonly number[];
  readonly line: string | null;
  readonly options: readonly ChoiceOption[];
  /** Visit counts of the case's knots here, to tell which knots a step enters (read when needed). */
  readonly knotVisits: () => readonly number[];
  /** Fewest choices on a path that reaches this node so far. */
  depth: number;
  /** One entry per option, filled when the node is expanded. */
  edges: Edge[] | null;
}
interface EndNode {
  readonly kind: 'end';
  readonly endingId: string;
  readonly title: string;
  readonly band: GradeBand | null;
}
interface ProblemNode {
  readonly kind: 'problem';
  readonly problem: Problem;
  readonly message: string;
  readonly location: string | null;
  readonly entered: readonly string[];
}
type GraphNode = ChoiceNode | EndNode | ProblemNode;
interface Edge {
  readonly to: GraphNode;
  /** Red lines met on this step (by the option itself, the lines after it, or a meter). */
  readonly breaches: readonly Breach[];
}

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

/** A step as played from one state: the comparisons it made, and its record (or 'play'). */
interface StepVariant {
  readonly reads: readonly { readonly meter: number; readonly offset: number; readonly comparison: Comparison; readonly outcome: boolean }[];
  readonly record: StepRecord | 'play';
}

/** How a step, played once, shifts to a state that differs only in its meters (meterShift.ts). */
interface StepRecord {
  /** Change of each shifted meter over the step (for a meter set to a constant: its value at the end). */
  readonly delta: readonly number[];
  /** Each Continue of the step: its red-line tags, and each meter's offset from the step's start (or value, once reset). */
  readonly log: readonly ContinueRecord[];
  /** For each meter set to a constant during the step, from which Continue on its values are absolute. */
  readonly resets: ReadonlyMap<number, number>;
  readonly to:
    | { readonly kind: 'end'; readonly node: EndNode }
    | { readonly kind: 'choice'; readonly abstract: string; readonly snap: () => SessionSnapshot; readonly point: string; readonly options: readonly ChoiceOption[]; readonly line: string | null };
}

/** Records steps that can be shifted, and shifts them: the session's own red-line rules, in its order. */
class Shifter {
  private readonly capIds: ReadonlySet<string>;
  private readonly meters: readonly Meter[];

  constructor(
    private readonly plan: ShiftPlan,
    private readonly catalogue: Catalogue,
  ) {
    this.meters = plan.meters.map((id) => {
      const m = catalogue.meters.find((x) => x.id === id);
      if (m === undefined) throw new Error(`no meter ${id}`);
      return m;
    });
    this.capIds = new Set(this.meters.flatMap((m) => m.caps.map((c) => c.redline)));
  }

  /** The comparisons a step just played made, relative to its start, with their outcomes. */
  reads(probe: MeterProbe, start: readonly number[]): StepVariant['reads'] {
    return probe.comparisons.map((r) => ({ meter: r.meter, offset: r.value - (start[r.meter] ?? 0), comparison: r.comparison, outcome: compare(r.comparison, r.value) }));
  }

  /**
   * The record of a step just played from a state with meters `start`, or 'play' when the step
   * must be played for every state: it used a meter other than by a constant change or a
   * comparison, ended in a problem, carries a red-line tag that a meter threshold could also meet
   * (which would then be met first would depend on the meters), or a meter is not a whole number.
   */
  record(probe: MeterProbe, to: GraphNode, start: readonly number[]): StepRecord | 'play' {
    if (probe.dependent || to.kind === 'problem') return 'play';
    if (to.kind === 'choice' && to.values.length !== start.length) return 'play';
    if (probe.log.some((c) => c.redlines.some((id) => this.capIds.has(id)))) return 'play';
    const all = [...start, ...probe.log.flatMap((c) => c.values), ...(to.kind === 'choice' ? to.values : [])];
    if (!all.every(Number.isInteger)) return 'play';
    const resets = new Map(probe.resets);
    const absoluteFrom = (k: number): number => resets.get(k) ?? Number.POSITIVE_INFINITY;
    const log = probe.log.map((c, i) => ({ redlines: c.redlines, values: c.values.map((v, k) => (i >= absoluteFrom(k) ? v : v - (start[k] ?? 0))) }));
    if (to.kind === 'end') return { delta: this.plan.meters.map(() => 0), log, resets, to: { kind: 'end', node: to } };
    return {
      delta: to.values.map((v, k) => (resets.has(k) ? v : v - (start[k] ?? 0))),
      log,
      resets,
      to: { kind: 'choice', abstract: to.abstract, snap: to.snap, point: to.point, options: to.options, line: to.line },
    };
  }

  /** The red lines a recorded step meets from meters `start` (as CaseSession would record them). */
  breaches(option: ChoiceOption, record: StepRecord, start: readonly number[], turn: number): Breach[] {
    const log = record.log;
    const out: Breach[] = [];
    const add = (redline: string, via: Breach['via'], meter?: string): void => {
      if (out.some((b) => b.redline === redline)) return;
      const def = this.catalogue.redlines.find((r) => r.id === redline);
      if (def !== undefined) out.push({ redline, ceiling: def.ceiling, turn, via, ...(meter === undefined ? {} : { meter }) });
    };
    for (const id of option.redlines) add(id, 'choice');
    const prev = this.meters.map((m, k) => this.clamp(m, start[k] ?? 0));
    log.forEach((c, i) => {
      for (const id of c.redlines) add(id, 'line');
      this.meters.forEach((m, k) => {
        const reset = record.resets.get(k);
        const raw = reset !== undefined && i >= reset ? (c.values[k] ?? 0) : (start[k] ?? 0) + (c.values[k] ?? 0);
        const v = this.clamp(m, raw);
        if (v === prev[k]) return;
        prev[k] = v;
        for (const cap of m.caps) if (cap.when === 'below' ? v < cap.value : v > cap.value) add(cap.redline, 'meter', m.id);
      });
    });
    return out;
  }

  /** A saved state with its meters set to `values` (ink's own values, and the session's clamped readings). */
  patch(snap: () => SessionSnapshot, values: readonly number[]): SessionSnapshot {
    const base = snap();
    const state = JSON.parse(base.state) as { variablesState?: Record<string, unknown> };
    state.variablesState = { ...(state.variablesState ?? {}) };
    const meterValues = new Map(base.meterValues);
    this.meters.forEach((m, k) => {
      const v = values[k] ?? 0;
      if (state.variablesState !== undefined) state.variablesState[m.id] = v;
      meterValues.set(m.id, this.clamp(m, v));
    });
    return { ...base, state: JSON.stringify(state), meterValues };
  }

  private clamp(m: Meter, v: number): number {
    return Math.min(m.max, Math.max(m.min, v));
  }
}

function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  const at = (i: number): number => sorted[i] ?? 0;
  return sorted.length % 2 === 1 ? at(mid) : Math.round((at(mid - 1) + at(mid)) / 2);
}

function visitsOf(state: string, knots: readonly string[]): number[] {
  const counts = (JSON.parse(state) as { visitCounts?: Record<string, number> }).visitCounts ?? {};
  return knots.map((k) => counts[k] ?? 0);
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
  const withOnceOnly = merge !== 'lean';
  let unique = 0;
  const relevance = stateRelevance(openStory(compiled.json, 1), compiled.json);
  /**
   * The containers that hold once-only choices. Lean keys leave those choices' visit counts out,
   * which is exact only while no path passes such a container twice (the choice would then be
   * hidden on one path and offered on another): a real run that enters one again sends the
   * exploration back to full keys, as a path that meets the same options twice does (stage 2).
   */
  const onceContainers = [...new Set([...relevance.onceOnly].map((t) => t.slice(0, Math.max(0, t.lastIndexOf('.')))))];
  const knots = knotNames(openStory(compiled.json, 1));
  // Meters are shifted arithmetically across steps that do not depend on them (meterShift.ts);
  // the unmerged ground truth plays every state.
  const plan = merge === 'none' ? null : shiftPlan(compiled.json, catalogue);
  const probe = plan === null ? undefined : new MeterProbe(plan);
  const s = new CaseSession(compiled, catalogue, 1, probe);
  const omit = plan === null ? undefined : new Set(plan.meters);
  const shifter = plan === null || probe === undefined ? null : new Shifter(plan, catalogue);
  /**
   * Each meter-free state's steps, as played so far: one variant per outcome of the meter
   * comparisons the step made, with how to shift it, or 'play' where it depends on a meter.
   */
  const steps = new Map<string, StepVariant[]>();
  const visited = new Set<string>();
  const byKey = new Map<string, ChoiceNode>();
  const endNodes = new Map<string, EndNode>();
  const toExpand: ChoiceNode[] = [];
  const offered = new Set<string>();
  const optionsSeen = new Map<string, ChoiceOption>();
  const metersCapped = new Set<string>();
  /** Set from inside the closures below (so kept in an object the type checker follows). */
  const flags: { stoppedStates: string | null; revisit: boolean } = { stoppedStates: null, revisit: false };
  let maxOptions = 0;

  const noteVisits = (): void => {
    for (const k of knots) if (!visited.has(k) && s.visits(k) > 0) visited.add(k);
  };

  /** The node whose state the session is in, when it has not moved since the node was made. */
  const cursor: { at: ChoiceNode | null } = { at: null };

  /** Plays from where the session is to the next stop and returns the node there. */
  const stopHere = (before: () => readonly number[], depth: number): GraphNode => {
    let stop;
    try {
      stop = advanceToStop(s);
    } catch (e) {
      if (!(e instanceof StoryError)) throw e;
      noteVisits();
      const deadEnd = /ran out of content/i.test(e.message);
      const then = before();
      const entered = knots.filter((k, i) => s.visits(k) > (then[i] ?? 0));
      return { kind: 'problem', problem: deadEnd ? 'dead-end' : 'runtime-error', message: e.message, location: e.location, entered };
    }
    noteVisits();
    if (stop.kind === 'end') {
      // The ending only: each path is scored in stage 2, not here.
      const r = s.endingReached;
      if (r === null) {
        return { kind: 'problem', problem: 'no-debrief', message: '故事结束了，但这条路上没有 # ending: 标签', location: null, entered: [] };
      }
      const key = `${r.id}\u0000${r.title}\u0000${JSON.stringify(r.band)}`;
      let end = endNodes.get(key);
      if (end === undefined) endNodes.set(key, (end = { kind: 'end', endingId: r.id, title: r.title, band: r.band }));
      return end;
    }
    const snap = s.snapshot();
    const measured = probe?.values() ?? [];
    // Meters are shifted only while they are whole numbers; otherwise they stay in the key.
    const shiftable = measured.every(Number.isInteger);
    const values = shiftable ? measured : [];
    // The session carries the ending and band a line declared until the story ends: part of the future.
    const carried = JSON.stringify([snap.ending, snap.band]);
    const abstract = merge === 'none' ? String(unique++) : `${stateKey(snap.state, relevance, withOnceOnly, shiftable ? omit : undefined)}|${carried}`;
    return choiceNode(abstract, values, () => snap, choicePointId(stop.options), stop.options, s.lastLine?.text ?? null, depth, true);
  };

  /**
   * The node for a state (its meter-free key and meter values), made if new. `fresh`: the session
   * is in this state now (so expanding it first needs no restore).
   */
  const choiceNode = (
    abstract: string,
    values: readonly number[],
    snap: () => SessionSnapshot,
    point: string,
    options: readonly ChoiceOption[],
    line: string | null,
    depth: number,
    fresh: boolean,
  ): ChoiceNode => {
    const key = values.length === 0 ? abstract : `${abstract}|${values.join(',')}`;
    const known = byKey.get(key);
    if (known !== undefined) {
      known.depth = Math.min(known.depth, depth);
      return known;
    }
    let made: SessionSnapshot | null = null;
    const node: ChoiceNode = {
      kind: 'choice',
      point,
      snap: () => (made ??= snap()),
      abstract,
      values,
      line,
      options,
      knotVisits: () => visitsOf(node.snap().state, knots),
      depth,
      edges: null,
    };
    byKey.set(key, node);
    if (fresh) cursor.at = node;
    trace?.stop?.(point, line);
    maxOptions = Math.max(maxOptions, options.length);
    for (const o of options) {
      offered.add(o.text);
      if (!optionsSeen.has(o.source)) optionsSeen.set(o.source, o);
    }
    // Every state is expanded (the turn bound applies to paths, in stage 2); the state bound
    // keeps a story whose states never repeat from running for ever.
    if (byKey.size > limits.maxStates) flags.stoppedStates ??= `已展开 ${limits.maxStates} 个不同的故事状态（检查器的计数上限），其余状态未展开`;
    else toExpand.push(node);
    return node;
  };

  const idOf = (n: GraphNode): string => (n.kind === 'choice' ? n.point : n.kind === 'end' ? `end:${n.endingId}` : `problem:${n.problem}`);
  const recordMeters = (breaches: readonly Breach[]): void => {
    for (const b of breaches) if (b.via === 'meter' && b.meter !== undefined) metersCapped.add(b.meter);
  };

  // Stage 1: the graph.
  const root = stopHere(() => knots.map(() => 0), 0);
  const rootBreaches = [...s.breachesSoFar];
  recordMeters(rootBreaches);
  while (toExpand.length > 0 && flags.stoppedStates === null && !flags.revisit) {
    const node = toExpand.pop();
    if (node === undefined || node.edges !== null) continue;
    const edges: Edge[] = [];
    for (const option of node.options) {
      const stepKey = `${node.abstract}#${option.index}`;
      const shifting = shifter !== null && node.values.length > 0;
      const variants = shifting ? steps.get(stepKey) : undefined;
      // A variant whose comparisons all come out the same from this node's meters.
      const match = variants?.find((v) => v.reads.every((r) => compare(r.comparison, (node.values[r.meter] ?? 0) + r.offset) === r.outcome));
      const known = match?.record;
      let to: GraphNode;
      let breaches: Breach[];
      if (known !== undefined && known !== 'play' && shifter !== null) {
        // Played before from a state that differs only in its meters: shift them.
        const values = node.values.map((v, k) => (known.resets.has(k) ? (known.delta[k] ?? 0) : v + (known.delta[k] ?? 0)));
        breaches = shifter.breaches(option, known, node.values, node.depth + 1);
        const target = known.to;
        to = target.kind === 'end' ? target.node : choiceNode(target.abstract, values, () => shifter.patch(target.snap, values), target.point, target.options, target.line, node.depth + 1, false);
      } else {
        // Breaches are cleared first, so the step records every red line it meets itself. The
        // session is often still where the node was made: then it need not be restored.
        if (cursor.at === node) s.forgetBreaches();
        else s.restore({ ...node.snap(), breaches: [] });
        cursor.at = null;
        if (probe !== undefined) {
          probe.dependent = false;
          probe.log.length = 0;
          probe.comparisons.length = 0;
          probe.resets.clear();
        }
        s.choose(option.index);
        to = stopHere(node.knotVisits, node.depth + 1);
        if (!withOnceOnly && onceContainers.some((c) => s.visits(c) >= 2)) flags.revisit = true;
        breaches = [...s.breachesSoFar];
        if (probe !== undefined && shifter !== null && shifting && match === undefined) {
          const variant = { reads: shifter.reads(probe, node.values), record: shifter.record(probe, to, node.values) };
          const list = steps.get(stepKey);
          if (list === undefined) steps.set(stepKey, [variant]);
          else list.push(variant);
        }
      }
      recordMeters(breaches);
      edges.push({ to, breaches });
      trace?.edge(node.point, option, idOf(to), to.kind === 'end' ? to.title : undefined);
    }
    node.edges = edges;
  }

  // Stage 2: the paths.
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

  if (flags.revisit) return null;

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
    digest: digest.toString(16).padStart(8, '0'),
    stopped: stopped.length === 0 ? null : stopped.join('；'),
  };
}
