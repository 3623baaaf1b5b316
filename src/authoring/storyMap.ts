/**
 * The branch map of a case: every choice point the explorer reached, the options between them
 * (toned by how they score against the other options at the same point), and where paths end.
 * Pure data, so the Studio can draw it and tests can check it; mapSvg.ts turns it into a picture.
 */
import { CaseSession, choiceKey, nextStop, parseTag, START, type Catalogue, type ChoiceOption, type CompiledCase, type GradeBand } from '../core';
import { DEFAULT_LIMITS, explore, type ExploreLimits, type ExploreTrace } from './explore';

/** The route a played path takes across the map lives in the core (the game's debrief needs it). */
export { pathEdges, START, type PathEdge } from '../core';

export interface MapNode {
  /** `start`, a choice point id (`knot.stitch.0`), `end:<endingId>` or `problem:<kind>`. */
  readonly id: string;
  readonly kind: 'start' | 'choice' | 'ending' | 'problem';
  /**
   * What the node shows: for a choice point the line the trainer wrote just before it (the
   * narration or speech the trainee reads before choosing), or its knot when no line is known;
   * an ending's title; a problem's name.
   */
  readonly label: string;
  /** The knot a choice point is in; null for the other kinds. */
  readonly knot: string | null;
  /** The line shown just before a choice point, when known, in full (the map's tooltip). */
  readonly line?: string;
  /** An ending's declared grade band (`# band:`), when it has one (the map colours it). */
  readonly band?: GradeBand | null;
}

export interface MapEdge {
  readonly from: string;
  readonly to: string;
  /** The option's index at `from` when first seen; -1 for the edge out of `start`, which is no choice. */
  readonly option: number;
  /** Which option it is within its choice point (stable when other options are hidden). */
  readonly choice: string;
  readonly text: string;
  readonly why: string;
  /** Sum of the option's principle deltas. */
  readonly value: number;
  readonly tone: 'best' | 'worst' | 'mid' | 'flat';
}

export interface StoryMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  /** False when exploration stopped at a bound, so some branches may be missing. */
  readonly complete: boolean;
}



const PROBLEM_LABELS: Readonly<Record<string, string>> = {
  'problem:dead-end': '断头路',
  'problem:runtime-error': '运行出错',
  'problem:no-debrief': '无结局标签',
};

/** The knot part of a choice point id (`hall_heated.0.g-1` → `hall_heated`). */
function knotOf(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id : id.slice(0, dot);
}

function nodeFor(id: string, title?: string): MapNode {
  if (id === START) return { id, kind: 'start', label: '开始', knot: null };
  if (id.startsWith('end:')) return { id, kind: 'ending', label: title ?? id.slice(4), knot: null };
  if (id.startsWith('problem:')) return { id, kind: 'problem', label: PROBLEM_LABELS[id] ?? id, knot: null };
  return { id, kind: 'choice', label: knotOf(id), knot: knotOf(id) };
}

/** An option's tone among the values of every option seen at its choice point. */
function toneOf(value: number, values: readonly number[]): MapEdge['tone'] {
  const max = Math.max(...values);
  const min = Math.min(...values);
  if (max === min) return 'flat';
  if (value === max) return 'best';
  if (value === min) return 'worst';
  return 'mid';
}

/**
 * Collects the map while the explorer runs (pass it as the explorer's trace), so checking a case
 * and drawing its map share one exploration.
 */
export class MapBuilder implements ExploreTrace {
  private readonly nodes = new Map<string, MapNode>();
  private readonly steps = new Map<string, { from: string; to: string; option: ChoiceOption }>();
  /** Option values seen at each choice point, by option (for the tones). */
  private readonly values = new Map<string, Map<string, number>>();

  private readonly lines = new Map<string, string>();

  stop(id: string, line: string | null): void {
    if (line !== null && !this.lines.has(id)) this.lines.set(id, line);
  }

  private addNode(id: string, title?: string): void {
    if (!this.nodes.has(id)) this.nodes.set(id, nodeFor(id, title));
  }

  edge(from: string, option: ChoiceOption, to: string, toLabel?: string): void {
    this.addNode(from);
    this.addNode(to, toLabel);
    // The same option can lead to different places on different paths (meters decide).
    const key = `${from}#${choiceKey(option)}#${to}`;
    if (!this.steps.has(key)) this.steps.set(key, { from, to, option });
    let seen = this.values.get(from);
    if (seen === undefined) this.values.set(from, (seen = new Map<string, number>()));
    if (!seen.has(choiceKey(option))) seen.set(choiceKey(option), option.value);
  }

  /** The map of what was explored; `complete` says whether exploration covered every path. */
  build(compiled: CompiledCase, catalogue: Catalogue, complete: boolean): StoryMap {
    // The explorer only reports steps taken by choosing; the way in to the first stop is none.
    const first = nextStop(new CaseSession(compiled, catalogue, 1));
    const nodes = new Map<string, MapNode>([[START, nodeFor(START)]]);
    if (!this.nodes.has(first.id)) nodes.set(first.id, nodeFor(first.id, first.title));
    for (const [id, n] of this.nodes) {
      const line = this.lines.get(id);
      // A choice point is shown by the words the trainer wrote before it, not its knot id.
      nodes.set(id, line === undefined || line.trim() === '' ? n : { ...n, line, label: n.kind === 'choice' ? line.trim() : n.label });
    }
    const startEdge: MapEdge = { from: START, to: first.id, option: -1, choice: START, text: '', why: '', value: 0, tone: 'flat' };
    const edges = [...this.steps.values()].map(({ from, to, option }): MapEdge => ({
      from,
      to,
      option: option.index,
      choice: choiceKey(option),
      text: option.text,
      why: option.why,
      value: option.value,
      tone: toneOf(option.value, [...(this.values.get(from)?.values() ?? [])]),
    }));
    const bands = endingBandsOf(compiled.json);
    const withBands = [...nodes.values()].map((n) => (n.kind === 'ending' ? { ...n, band: bands.get(n.id.slice(4)) ?? null } : n));
    return { nodes: withBands, edges: [startEdge, ...edges], complete };
  }
}

/**
 * Each ending's declared band (`# band:` beside its `# ending:` tag, on the same line), read from
 * the compiled story: its string tokens in order, with tags as ink 2 writes them ("#", "^text",
 * "/#") or as older compilers did ({"#": "text"}); a line ends at a "\n" token. Both tags are read
 * by the core's own tag parser, so a band means here what it means to the scorer.
 */
export function endingBandsOf(json: string): Map<string, GradeBand | null> {
  const out = new Map<string, GradeBand | null>();
  let endingOnLine: string | null = null;
  let bandOnLine: GradeBand | null = null;
  let inTag = false;
  let tagText = '';
  const settle = (): void => {
    if (endingOnLine !== null && (bandOnLine !== null || !out.has(endingOnLine))) out.set(endingOnLine, bandOnLine);
  };
  const readTag = (raw: string): void => {
    const t = parseTag(raw);
    if (!t.ok) return;
    if (t.tag.name === 'ending') endingOnLine = t.tag.value.id;
    else if (t.tag.name === 'band') bandOnLine = t.tag.value;
  };
  for (const m of json.matchAll(/("#"\s*:\s*)?"((?:[^"\\]|\\.)*)"/g)) {
    let token: string;
    try {
      token = JSON.parse(`"${m[2] ?? ''}"`) as string;
    } catch {
      continue;
    }
    if (m[1] !== undefined) {
      readTag(token);
    } else if (token === '#') {
      inTag = true;
      tagText = '';
    } else if (token === '/#') {
      inTag = false;
      readTag(tagText);
    } else if (inTag) {
      if (token.startsWith('^')) tagText += token.slice(1);
    } else if (token === '\n') {
      settle();
      endingOnLine = null;
      bandOnLine = null;
    }
  }
  settle();
  return out;
}

export function storyMap(compiled: CompiledCase, catalogue: Catalogue, limits: ExploreLimits = DEFAULT_LIMITS): StoryMap {
  const builder = new MapBuilder();
  const x = explore(compiled, catalogue, limits, builder);
  return builder.build(compiled, catalogue, x.stopped === null);
}
