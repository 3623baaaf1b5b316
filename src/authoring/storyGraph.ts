/**
 * Stage 1 of the checker's exploration (src/authoring/explore.ts): the story-state graph.
 *
 * Ink is run once per distinct story state: at each choice point the state's merge key
 * (src/core/stateKey.ts) says whether an earlier path already reached the same point with the
 * same future; if so the paths share it. Each option is played from a saved state until the next
 * stop (a choice point, an ending or a problem), recording what that step does: the red lines it
 * meets, the knots it enters. Steps that change meters only by constants are played once per
 * meter-free state and shifted arithmetically for the others (meterShift.ts). Loops, threads,
 * tunnels and RANDOM (with the session's fixed seed) run as the real game runs them.
 *
 * Bounds are counts (distinct states), never time.
 */
import {
  advanceToStop,
  CaseSession,
  choicePointId,
  knotNames,
  openStory,
  stateKey,
  stateRelevance,
  StoryError,
  type Breach,
  type Catalogue,
  type ChoiceOption,
  type CompiledCase,
  type GradeBand,
  type Meter,
  type SessionSnapshot,
} from '../core';
import type { ExploredPath, ExploreLimits, ExploreTrace } from './explore';
import { compare, MeterProbe, shiftPlan, type Comparison, type ContinueRecord, type ShiftPlan } from './meterShift';

type Problem = NonNullable<ExploredPath['problem']>;

export interface ChoiceNode {
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
export interface EndNode {
  readonly kind: 'end';
  readonly endingId: string;
  readonly title: string;
  readonly band: GradeBand | null;
}
export interface ProblemNode {
  readonly kind: 'problem';
  readonly problem: Problem;
  readonly message: string;
  readonly location: string | null;
  readonly entered: readonly string[];
}
export type GraphNode = ChoiceNode | EndNode | ProblemNode;
export interface Edge {
  readonly to: GraphNode;
  /** Red lines met on this step (by the option itself, the lines after it, or a meter). */
  readonly breaches: readonly Breach[];
}

/** A step as played from one state: the comparisons it made, and its record (or 'play'). */
export interface StepVariant {
  readonly reads: readonly { readonly meter: number; readonly offset: number; readonly comparison: Comparison; readonly outcome: boolean }[];
  readonly record: StepRecord | 'play';
}

/** How a step, played once, shifts to a state that differs only in its meters (meterShift.ts). */
export interface StepRecord {
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
export class Shifter {
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

function visitsOf(state: string, knots: readonly string[]): number[] {
  const counts = (JSON.parse(state) as { visitCounts?: Record<string, number> }).visitCounts ?? {};
  return knots.map((k) => counts[k] ?? 0);
}

/** What stage 1 found: the graph from its root, and what playing it through ink showed on the way. */
export interface StoryGraph {
  readonly root: GraphNode;
  /** Red lines met before the first choice. */
  readonly rootBreaches: readonly Breach[];
  /** Every distinct choice-point state, by merge key. */
  readonly nodes: ReadonlyMap<string, ChoiceNode>;
  /** The case's knots, and those some step entered. */
  readonly knots: readonly string[];
  readonly visited: ReadonlySet<string>;
  /** Every option text shown, and each distinct option (by its source) as first seen. */
  readonly offered: ReadonlySet<string>;
  readonly optionsSeen: ReadonlyMap<string, ChoiceOption>;
  readonly metersCapped: ReadonlySet<string>;
  readonly maxOptions: number;
  /** Why expansion stopped early (the state bound), or null. */
  readonly stoppedStates: string | null;
  /** Lean keys met a once-only container twice: explore again with full keys. */
  readonly revisit: boolean;
}

/**
 * Builds the graph. `merge`: 'lean' merges states by keys without once-only choices' visit counts
 * (and reports `revisit` if a real run comes back to one), 'full' by keys with them, 'none' never
 * (every state is its own, and meters are never shifted: the ground truth).
 */
export function buildGraph(compiled: CompiledCase, catalogue: Catalogue, limits: ExploreLimits, trace: ExploreTrace | undefined, merge: 'lean' | 'full' | 'none'): StoryGraph {
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

  return {
    root,
    rootBreaches,
    nodes: byKey,
    knots,
    visited,
    offered,
    optionsSeen,
    metersCapped,
    maxOptions,
    stoppedStates: flags.stoppedStates,
    revisit: flags.revisit,
  };
}
