/**
 * Merge keys for story states (used by the checker, src/authoring/explore.ts; nothing the
 * trainee's game imports). Two points of a play whose keys are equal have the same future:
 * the same lines, tags, choices and meter changes follow from them whatever path led there. The
 * checker uses this to play each distinct state through ink once, so its work grows with the
 * number of distinct states, not with the number of paths (which multiply at every decision).
 *
 * inkjs's saved state records history the future may never read: a visit count for every
 * container (with countAllVisits), the turn number, the text already printed, thread numbers.
 * The key keeps what the story can read back — variables, the call stack, the choices on offer,
 * and the visit counts of exactly the containers the story tests (`{ knot: }` conditions,
 * once-only choices) — and drops the rest. Where a story uses features that read history
 * dynamically (READ_COUNT, TURNS_SINCE, TURNS, sequences, RANDOM), the matching history is kept
 * whole, so merging stays exact, only rarer.
 */
import type { Story } from 'inkjs';

export interface StateRelevance {
  /** Container paths whose visit counts the story reads; null: keep every visit count. */
  readonly counts: ReadonlySet<string> | null;
  /**
   * The targets of once-only choices. Their visit counts matter only if the flow comes back to
   * the same choice point; the checker leaves them out of the key when no path does (see
   * explore.ts), and keeps them when one does.
   */
  readonly onceOnly: ReadonlySet<string>;
  readonly turnIndices: boolean;
  readonly turn: boolean;
  readonly random: boolean;
}

interface RuntimeObject {
  readonly content?: readonly RuntimeObject[];
  readonly namedContent?: ReadonlyMap<string, RuntimeObject>;
  readonly pathForCount?: unknown;
  readonly containerForCount?: { readonly path: { toString(): string } } | null;
  readonly onceOnly?: boolean;
  readonly choiceTarget?: { readonly path: { toString(): string } } | null;
}

/**
 * What in a story's state its future can depend on. `json` is the compiled story (its control
 * command names tell which history-reading features it uses). Pure; computed once per story.
 */
export function stateRelevance(story: Story, json: string): StateRelevance {
  const uses = (command: string): boolean => json.includes(`"${command}"`);
  const dynamicCounts = uses('readc') || uses('turns') || uses('visit') || uses('seq');
  const counts = new Set<string>();
  const onceOnly = new Set<string>();
  {
    const seen = new Set<RuntimeObject>();
    const walk = (o: RuntimeObject): void => {
      if (seen.has(o)) return;
      seen.add(o);
      if (o.pathForCount !== undefined && o.pathForCount !== null) {
        const c = o.containerForCount;
        if (c !== null && c !== undefined) counts.add(c.path.toString());
      }
      if (o.onceOnly === true && o.choiceTarget !== undefined && o.choiceTarget !== null) onceOnly.add(o.choiceTarget.path.toString());
      for (const child of o.content ?? []) walk(child);
      for (const child of o.namedContent?.values() ?? []) walk(child);
    };
    walk(story.mainContentContainer as unknown as RuntimeObject);
  }
  return {
    counts: dynamicCounts ? null : counts,
    onceOnly,
    turnIndices: uses('turns'),
    turn: uses('turn'),
    random: uses('rnd') || uses('srnd') || uses('lrnd') || uses('seq'),
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Renumbers thread indices in order of first appearance, so equal flows get equal numbers. */
function renumberThreads(flow: { [k: string]: Json }): Json {
  const map = new Map<number, number>();
  const num = (n: Json): Json => {
    if (typeof n !== 'number') return n;
    let m = map.get(n);
    if (m === undefined) map.set(n, (m = map.size));
    return m;
  };
  const thread = (t: Json): Json => {
    if (typeof t !== 'object' || t === null || Array.isArray(t)) return t;
    return { ...t, threadIndex: num(t['threadIndex'] ?? null) };
  };
  const stack = flow['callstack'];
  const threads = typeof stack === 'object' && stack !== null && !Array.isArray(stack) ? stack['threads'] : null;
  const out: { [k: string]: Json } = { threads: Array.isArray(threads) ? threads.map(thread) : null };
  const choices = flow['currentChoices'];
  out['choices'] = Array.isArray(choices)
    ? choices.map((c) => (typeof c === 'object' && c !== null && !Array.isArray(c) ? { ...c, originalThreadIndex: num(c['originalThreadIndex'] ?? null) } : c))
    : null;
  const choiceThreads = flow['choiceThreads'];
  if (typeof choiceThreads === 'object' && choiceThreads !== null && !Array.isArray(choiceThreads)) {
    out['choiceThreads'] = Object.keys(choiceThreads)
      .map((k) => [num(Number(k)), thread(choiceThreads[k] ?? null)] as const)
      .sort((a, b) => Number(a[0]) - Number(b[0]))
      .map(([k, t]) => [k, t]);
  }
  return out;
}

/**
 * The merge key of a saved ink state (`story.state.ToJson()`), under `relevance`; with
 * `withOnceOnly`, the once-only choices' visit counts are part of it; variables in `omitVars`
 * are left out (the checker keys those separately, see src/authoring/meterShift.ts). Throws only
 * on JSON that is not an inkjs state.
 */
export function stateKey(stateJson: string, relevance: StateRelevance, withOnceOnly = true, omitVars?: ReadonlySet<string>): string {
  const st = JSON.parse(stateJson) as { [k: string]: Json };
  const vars = st['variablesState'];
  if (omitVars !== undefined && typeof vars === 'object' && vars !== null && !Array.isArray(vars)) {
    st['variablesState'] = Object.fromEntries(Object.entries(vars).filter(([k]) => !omitVars.has(k)));
  }
  const flows = st['flows'];
  const key: { [k: string]: Json } = {
    flow: st['currentFlowName'] ?? null,
    flows:
      typeof flows === 'object' && flows !== null && !Array.isArray(flows)
        ? Object.keys(flows)
            .sort()
            .map((name) => {
              const f = flows[name];
              return [name, typeof f === 'object' && f !== null && !Array.isArray(f) ? renumberThreads(f) : null];
            })
        : null,
    vars: st['variablesState'] ?? null,
    eval: st['evalStack'] ?? null,
    divert: st['currentDivertTarget'] ?? null,
  };
  const visits = st['visitCounts'];
  if (typeof visits === 'object' && visits !== null && !Array.isArray(visits)) {
    const keep = relevance.counts;
    key['visits'] = Object.keys(visits)
      .filter((k) => keep === null || keep.has(k) || (withOnceOnly && relevance.onceOnly.has(k)))
      .sort()
      .map((k) => [k, visits[k] ?? 0]);
  }
  if (relevance.turnIndices) key['turnIndices'] = st['turnIndices'] ?? null;
  if (relevance.turn || relevance.turnIndices) key['turn'] = st['turnIdx'] ?? null;
  if (relevance.random) key['random'] = [st['storySeed'] ?? null, st['previousRandom'] ?? null];
  return JSON.stringify(key);
}
