/**
 * Shifting meters instead of replaying them, for the checker's story graph (explore.ts).
 *
 * Most distinct story states differ only in their meters: the same point of the story reached
 * with trust 45 or 50. Ink must still be run for each (that is where the checker's time goes),
 * unless the step about to be played does not depend on those values. A step that changes a
 * meter only by constants (`~ trust += 10`) and never reads it otherwise (no `{ trust >= 60: }`,
 * no `{trust}` printed, no absolute `~ trust = 0`) gives the same lines, choices and next state
 * whatever the meter was, with the meter shifted by the same amount. So the checker plays such a
 * step once per meter-free state and shifts the meters arithmetically for the others.
 *
 * Whether a step depended on a meter is observed while it runs (MeterProbe): every read or
 * assignment of a meter during an ink step is checked against the sites where the compiled story
 * changes that meter by a constant, or compares it with a constant (`{ trust >= 60: … }`). A
 * comparison is noted with its outcome: the step shifts to another state only if every comparison
 * comes out the same there (control flow can only learn the outcome). Any other use marks the step
 * as dependent; it is then played for every state. The result is exactly the graph that playing
 * every state gives; the tests compare the two.
 */
import type { Story } from 'inkjs';
import type { Catalogue, StoryProbe } from '../core';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObj(x: Json | undefined): x is { [k: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isOp = (x: Json | undefined): boolean => x === '+' || x === '-';
const reads = (x: Json | undefined, name: string): boolean => isObj(x) && x['VAR?'] === name;

/** Calls `visit` with each container's content array and its path (`knot.0.c-1`), as inkjs names them. */
function walkContainers(arr: readonly Json[], path: string, visit: (content: readonly Json[], path: string) => void): void {
  const join = (c: string): string => (path === '' ? c : `${path}.${c}`);
  const last = arr[arr.length - 1];
  const content = arr.slice(0, arr.length - 1);
  visit(content, path);
  content.forEach((el, i) => {
    if (!Array.isArray(el)) return;
    const tail = el[el.length - 1];
    const name = isObj(tail) && typeof tail['#n'] === 'string' ? tail['#n'] : String(i);
    walkContainers(el, join(name), visit);
  });
  if (isObj(last)) {
    for (const [key, value] of Object.entries(last)) {
      if (key !== '#f' && key !== '#n' && Array.isArray(value)) walkContainers(value, join(key), visit);
    }
  }
}

/** A meter compared with a constant (`{ trust >= 60: … }`): all a step can learn from reading it there. */
export interface Comparison {
  readonly op: '>' | '<' | '>=' | '<=' | '==' | '!=';
  readonly value: number;
  /** True for `60 <= trust` (the constant on the left). */
  readonly constantFirst: boolean;
}

const COMPARISONS: ReadonlySet<string> = new Set(['>', '<', '>=', '<=', '==', '!=']);

/** The outcome of a comparison for a meter value. */
export function compare(c: Comparison, v: number): boolean {
  const [a, b] = c.constantFirst ? [c.value, v] : [v, c.value];
  switch (c.op) {
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

/**
 * Where the compiled story uses `names` in ways a shifted meter survives (sites are
 * `container.path#index`): `increments`, the read and the assignment of `~ m += n` and
 * `~ m = m - n`; `comparisons`, a read compared with a constant; `resets`, an assignment of a
 * constant (`~ m = 20`). Reading or assigning a meter anywhere else makes a step depend on its
 * exact value.
 */
export function meterSites(json: string, names: ReadonlySet<string>): { increments: Set<string>; comparisons: Map<string, Comparison>; resets: Set<string> } {
  const increments = new Set<string>();
  const comparisons = new Map<string, Comparison>();
  const resets = new Set<string>();
  const root = (JSON.parse(json) as { root?: Json }).root;
  if (!Array.isArray(root)) return { increments, comparisons, resets };
  walkContainers(root, '', (content, path) => {
    content.forEach((el, i) => {
      // `~ m = 20`: "ev", 20, "/ev", {"VAR=": m}. After it, m no longer depends on where it started.
      if (isObj(el) && typeof el['VAR='] === 'string' && names.has(el['VAR=']) && content[i - 1] === '/ev' && typeof content[i - 2] === 'number' && Number.isInteger(content[i - 2]) && content[i - 3] === 'ev') {
        resets.add(`${path}#${i}`);
        return;
      }
      if (!isObj(el) || typeof el['VAR?'] !== 'string' || !names.has(el['VAR?'])) return;
      const name = el['VAR?'];
      const next = content[i + 1];
      const after = content[i + 2];
      const before = content[i - 1];
      if (typeof next === 'number' && Number.isInteger(next) && typeof after === 'string' && COMPARISONS.has(after)) {
        comparisons.set(`${path}#${i}`, { op: after as Comparison['op'], value: next, constantFirst: false });
        return;
      }
      if (typeof before === 'number' && Number.isInteger(before) && typeof next === 'string' && COMPARISONS.has(next)) {
        comparisons.set(`${path}#${i}`, { op: next as Comparison['op'], value: before, constantFirst: true });
        return;
      }
      // Only a whole-number constant: `~ m += x` with a variable, or a fraction, is not shifted
      // (floating-point sums depend on where they start).
      if (typeof next !== 'number' || !Number.isInteger(next) || !isOp(after)) return;
      const at = content[i + 3] === '/ev' ? i + 4 : i + 3;
      const assign = content[at];
      if (!isObj(assign) || assign['VAR='] !== name || !reads(el, name)) return;
      increments.add(`${path}#${i}`);
      increments.add(`${path}#${at}`);
    });
  });
  return { increments, comparisons, resets };
}

export interface ShiftPlan {
  /** The meters (ink variables) shifted arithmetically, in the catalogue's order. */
  readonly meters: readonly string[];
  readonly increments: ReadonlySet<string>;
  readonly comparisons: ReadonlyMap<string, Comparison>;
  /** Sites that set a meter to a constant (`~ m = 20`). */
  readonly resets: ReadonlySet<string>;
}

/** A comparison a step made: which meter, its value then, and how it was compared. */
export interface ComparisonRead {
  readonly meter: number;
  readonly value: number;
  readonly comparison: Comparison;
}

/** What one `Story.Continue()` did that the session scores: its red-line tags, and the meters after it. */
export interface ContinueRecord {
  readonly redlines: readonly string[];
  readonly values: readonly number[];
}

/**
 * The plan for a compiled case, or null when shifting is not safe to use: stories with tunnels,
 * functions or threads run content outside the container a step is in, so they are always
 * played state by state.
 */
export function shiftPlan(json: string, catalogue: Catalogue): ShiftPlan | null {
  // Also variable pointers (`ref` parameters): a meter changed through one is not seen by name.
  if (['"->t->"', '"f()"', '"thread"', '"->->"', '"~ret"', '"^var"'].some((token) => json.includes(token))) return null;
  // Meters the story declares (VAR), as the session finds them, in the catalogue's order.
  const meters = catalogue.meters.map((m) => m.id).filter((id) => json.includes(`{"VAR=":"${id}"`));
  if (meters.length === 0) return null;
  return { meters, ...meterSites(json, new Set(meters)) };
}

interface RuntimeVariables {
  GetVariableWithName(name: string, contextIndex?: number): unknown;
  Assign(varAss: { readonly variableName: string | null }, value: unknown): void;
}

interface RuntimePointer {
  readonly container: { readonly path: { toString(): string } } | null;
  readonly index: number;
}

/** Watches a story's ink steps for reads and assignments of the plan's meters outside its sites. */
export class MeterProbe implements StoryProbe {
  /** Set when a step read or assigned a meter other than by a constant change; reset by the caller. */
  dependent = false;
  /** Every Continue since the caller last cleared it: red-line tags and meters after it. */
  readonly log: ContinueRecord[] = [];
  /** Every comparison of a meter with a constant since the caller last cleared it (before any reset of that meter). */
  readonly comparisons: ComparisonRead[] = [];
  /** For each meter set to a constant since the caller last cleared it: how many Continues had finished then. */
  readonly resets = new Map<number, number>();
  private inStep = false;
  /** What had been recorded when ink last saved its state at a newline (null: no lookahead open). */
  private atNewline: { readonly comparisons: number; readonly resets: ReadonlyMap<number, number> } | null = null;
  private story: Story | null = null;
  private readonly names: ReadonlySet<string>;

  constructor(readonly plan: ShiftPlan) {
    this.names = new Set(plan.meters);
  }

  install(story: Story): void {
    this.story = story;
    const stepping = story as unknown as { Step: () => void };
    const step = stepping.Step.bind(story);
    stepping.Step = (): void => {
      this.inStep = true;
      try {
        step();
      } finally {
        this.inStep = false;
      }
    };
    const continuing = story as unknown as { Continue: () => string | null };
    const cont = continuing.Continue.bind(story);
    // ink looks past a newline for glue: it saves its state at the newline (StateSnapshot), plays
    // on, and either keeps going (DiscardSnapshot: glue found) or rewinds to the newline
    // (RestoreStateSnapshot) and plays that part again in the next Continue. A comparison or reset
    // seen in a lookahead that is rewound is forgotten here, so each is recorded once, in the
    // Continue that keeps it, exactly as if ink had not looked ahead.
    const snapshotting = story as unknown as { StateSnapshot: () => void; RestoreStateSnapshot: () => void };
    const snapshot = snapshotting.StateSnapshot.bind(story);
    snapshotting.StateSnapshot = (): void => {
      this.atNewline = { comparisons: this.comparisons.length, resets: new Map(this.resets) };
      snapshot();
    };
    const restore = snapshotting.RestoreStateSnapshot.bind(story);
    snapshotting.RestoreStateSnapshot = (): void => {
      const mark = this.atNewline;
      if (mark !== null) {
        this.comparisons.length = mark.comparisons;
        this.resets.clear();
        for (const [meter, at] of mark.resets) this.resets.set(meter, at);
      }
      this.atNewline = null;
      restore();
    };
    continuing.Continue = (): string | null => {
      this.atNewline = null;
      const text = cont();
      const redlines = (story.currentTags ?? []).flatMap((t) => {
        const m = /^\s*redline\s*[:：]\s*(\S+)\s*$/i.exec(t);
        return m?.[1] === undefined ? [] : [m[1]];
      });
      this.log.push({ redlines, values: this.values() });
      return text;
    };
    const vars = story.variablesState as unknown as RuntimeVariables;
    const get = vars.GetVariableWithName.bind(vars);
    vars.GetVariableWithName = (name, contextIndex): unknown => {
      if (this.inStep && this.names.has(name)) this.check(name, true);
      return get(name, contextIndex);
    };
    const assign = vars.Assign.bind(vars);
    vars.Assign = (varAss, value): void => {
      if (this.inStep && varAss.variableName !== null && this.names.has(varAss.variableName)) this.check(varAss.variableName, false);
      assign(varAss, value);
    };
  }

  /** The plan's meters as ink holds them now (unclamped), in the plan's order. */
  values(): number[] {
    const story = this.story;
    if (story === null) throw new Error('probe not installed');
    return this.plan.meters.map((m) => {
      const v: unknown = story.variablesState.$(m);
      return typeof v === 'number' ? v : Number.NaN;
    });
  }

  /** A meter read (or assigned) during a step: fine at an increment, noted at a comparison, else dependent. */
  private check(name: string, reading: boolean): void {
    if (this.dependent || this.story === null) return;
    const p = this.story.state.currentPointer as unknown as RuntimePointer;
    const site = `${p.container?.path.toString() ?? ''}#${p.index}`;
    if (this.plan.increments.has(site)) return;
    const meter = this.plan.meters.indexOf(name);
    if (!reading && this.plan.resets.has(site)) {
      if (!this.resets.has(meter)) this.resets.set(meter, this.log.length);
      return;
    }
    const comparison = reading ? this.plan.comparisons.get(site) : undefined;
    const v: unknown = this.story.variablesState.$(name);
    if (comparison !== undefined && typeof v === 'number') {
      // After a reset the value no longer depends on the start: nothing to compare for other states.
      if (!this.resets.has(meter)) this.comparisons.push({ meter, value: v, comparison });
      return;
    }
    this.dependent = true;
  }
}
