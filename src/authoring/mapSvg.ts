/**
 * Draws a StoryMap as one self-contained SVG document (its own <style>, no scripts, no external
 * files), laid out top to bottom by dagre. Edge labels are laid out by dagre as well, so they get
 * their own space and never sit on a node. Groups carry `data-node` / `data-edge` so the Studio
 * and the tests can find them; hovering an edge shows the option's full text and why.
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel, type Point } from '@dagrejs/dagre';
import type { Grade, GradeBand } from '../core';
import { breakCjkLines, cutCjk } from '../core/lineBreak';
import type { MapEdge, MapNode, StoryMap } from './storyMap';

export interface MapSvgOptions {
  /** Edges a trainee took (from pathEdges), drawn thick and blue. */
  readonly highlight?: readonly { readonly from: string; readonly choice: string; readonly to: string }[];
  readonly title?: string;
}

const FONT = `"Noto Sans SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif`;
const NODE_FONT = 13;
const EDGE_FONT = 11;
/** Characters of an option's text shown on its edge; the tooltip has the rest. */
const LABEL_CHARS = 12;
/** Characters on one line of a node; a node has at most two lines, the tooltip has the rest. */
const NODE_LINE_CHARS = 13;
const LINE_GAP = 17;
/** Endings coloured by the best grade of their declared band (fill, stroke), so a map shows where paths land. */
const BAND_COLOUR: Readonly<Record<Grade, { fill: string; stroke: string }>> = {
  A: { fill: '#dff1e4', stroke: '#2f7d4a' },
  B: { fill: '#e3eefa', stroke: '#2f64a8' },
  C: { fill: '#fdf1d6', stroke: '#a8740f' },
  D: { fill: '#fbe3e1', stroke: '#b23a32' },
};
const TONE_COLOUR: Readonly<Record<MapEdge['tone'], string>> = { best: '#3f8f5a', worst: '#c9463d', mid: '#d39b2a', flat: '#9a9a9a' };
const TAKEN = '#1f6fd1';
const TONE_NAME: Readonly<Record<MapEdge['tone'], string>> = { best: '最佳', worst: '最差', mid: '居中', flat: '无差别' };

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** Rough text width: CJK and full-width characters are one em, the rest about 0.6 em. */
function textWidth(s: string, size: number): number {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\uffff]/.test(ch) ? size : size * 0.6;
  return Math.ceil(w);
}

function shortLabel(text: string): string {
  return cutCjk(text, LABEL_CHARS + 1);
}

export function edgeKey(e: { readonly from: string; readonly choice: string; readonly to: string }): string {
  return `${e.from}#${e.choice}#${e.to}`;
}

function bandText(b: GradeBand): string {
  return b.best === b.worst ? b.best : `${b.best}–${b.worst}`;
}

/**
 * `text` in at most two lines of NODE_LINE_CHARS characters, broken by the Chinese line-breaking
 * rule (breakCjkLines: no line starts with ，。、 etc. or ends with （《“ etc.), the second cut with …
 * when longer.
 */
export function twoLines(text: string): string[] {
  return breakCjkLines(text, NODE_LINE_CHARS, 2);
}

/**
 * What a node shows, line by line: a choice point the trainer's line before it (or its knot id,
 * with the rest of its id when another choice point shares the knot); an ending its title and band.
 */
function nodeLines(n: MapNode, shared: ReadonlySet<string>): string[] {
  if (n.kind === 'choice' && n.line === undefined && n.knot !== null && shared.has(n.label)) return [`${n.label} · ${n.id.slice(n.knot.length + 1)}`];
  if (n.kind === 'ending') {
    const band = n.band === undefined || n.band === null ? null : `等级 ${bandText(n.band)}`;
    return band === null ? twoLines(n.label) : [cutCjk(n.label, NODE_LINE_CHARS), band];
  }
  return n.kind === 'choice' ? twoLines(n.label) : [n.label];
}

function nodeSize(n: MapNode, lines: readonly string[]): { width: number; height: number } {
  if (n.kind === 'start') return { width: 56, height: 26 };
  const widest = Math.max(...lines.map((l) => textWidth(l, NODE_FONT)));
  return { width: widest + (n.kind === 'choice' ? 24 : 36), height: 34 + (lines.length - 1) * LINE_GAP };
}

/** The node's tooltip: everything its box may have cut. */
function nodeTip(n: MapNode): string {
  if (n.kind === 'choice') return n.line === undefined ? n.id : `${n.line}\n（场景 ${n.knot ?? n.id}）`;
  if (n.kind === 'ending') return n.band === undefined || n.band === null ? `结局：${n.label}（没有 # band:）` : `结局：${n.label}（等级段 ${bandText(n.band)}）`;
  return n.label;
}

/** A smooth path through dagre's points: straight ends, rounded bends. */
function pathData(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (first === undefined) return '';
  const f = (n: number): string => n.toFixed(1);
  let d = `M${f(first.x)},${f(first.y)}`;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i];
    const q = rest[i + 1];
    if (p === undefined) break;
    if (q === undefined) d += ` L${f(p.x)},${f(p.y)}`;
    else d += ` Q${f(p.x)},${f(p.y)} ${f((p.x + q.x) / 2)},${f((p.y + q.y) / 2)}`;
  }
  return d;
}

function style(): string {
  return `
    text { font-family: ${FONT}; fill: #222; }
    .node rect { stroke-width: 1.5; }
    .node.choice rect { fill: #f4f6fa; stroke: #5a6b82; }
    .node.ending rect { fill: #f1f1f1; stroke: #6b6b6b; stroke-width: 2.5; }
    ${Object.entries(BAND_COLOUR).map(([g, c]) => `.node.ending[data-band="${g}"] rect { fill: ${c.fill}; stroke: ${c.stroke}; }`).join('\n    ')}
    .node.problem rect { fill: #fbeaea; stroke: #c9463d; stroke-width: 2.5; stroke-dasharray: 5 3; }
    .node.problem text { fill: #a3302a; }
    .node.start rect { fill: #333; stroke: #333; }
    .node.start text { fill: #fff; font-size: 12px; }
    .node text { font-size: ${NODE_FONT}px; }
    .node.on-path rect { stroke: ${TAKEN}; stroke-width: 3.5; }
    .edge path { fill: none; stroke-width: 1.6; }
    .edge.taken path { stroke: ${TAKEN}; stroke-width: 4.5; }
    .edge-label rect { fill: #fff; fill-opacity: 0.92; stroke-width: 1; }
    .edge-label text { font-size: ${EDGE_FONT}px; }
    .edge-label.on-path rect { stroke: ${TAKEN}; stroke-width: 2; }
    .edge-label.on-path text { fill: ${TAKEN}; font-weight: bold; }
    .legend text { font-size: 12px; }
    .title { font-size: 16px; font-weight: bold; }
  `;
}

function markers(): string {
  const colours = { ...TONE_COLOUR, taken: TAKEN };
  return Object.entries(colours)
    .map(([name, c]) => `<marker id="arrow-${name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`)
    .join('');
}

/** The key at the top: edge tones, ending and problem boxes, the trainee's path. */
function legend(y: number): { svg: string; width: number } {
  const parts: string[] = [];
  let x = 16;
  const line = (colour: string, label: string, width = 2): void => {
    parts.push(`<line x1="${x}" y1="${y}" x2="${x + 28}" y2="${y}" stroke="${colour}" stroke-width="${width}"/>`);
    parts.push(`<text x="${x + 34}" y="${y}" dominant-baseline="central">${escapeXml(label)}</text>`);
    x += 40 + textWidth(label, 12) + 14;
  };
  const box = (cls: string, label: string, band = ''): void => {
    parts.push(`<g class="node ${cls}"${band === '' ? '' : ` data-band="${band}"`}><rect x="${x}" y="${y - 9}" width="28" height="18" rx="${cls === 'ending' ? 9 : 4}"/></g>`);
    parts.push(`<text x="${x + 34}" y="${y}" dominant-baseline="central">${escapeXml(label)}</text>`);
    x += 40 + textWidth(label, 12) + 14;
  };
  for (const tone of ['best', 'mid', 'worst', 'flat'] as const) line(TONE_COLOUR[tone], `${TONE_NAME[tone]}选项`);
  for (const g of ['A', 'B', 'C', 'D'] as const) box('ending', `结局 ${g}`, g);
  box('problem', '问题');
  line(TAKEN, '学员路径', 4.5);
  return { svg: `<g class="legend">${parts.join('')}</g>`, width: x };
}

export function mapToSvg(map: StoryMap, options: MapSvgOptions = {}): string {
  const taken = new Set((options.highlight ?? []).map(edgeKey));
  const onPath = new Set((options.highlight ?? []).flatMap((e) => [e.from, e.to]));
  const knotCount = new Map<string, number>();
  for (const n of map.nodes) if (n.kind === 'choice' && n.knot !== null) knotCount.set(n.knot, (knotCount.get(n.knot) ?? 0) + 1);
  const shared = new Set([...knotCount].filter(([, c]) => c > 1).map(([k]) => k));
  const lines = new Map(map.nodes.map((n) => [n.id, nodeLines(n, shared)]));

  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, edgesep: 12, ranksep: 44, marginx: 20, marginy: 16 });
  for (const n of map.nodes) g.setNode(n.id, { ...nodeSize(n, lines.get(n.id) ?? [n.label]) });
  for (const e of map.edges) {
    const label = shortLabel(e.text);
    const size = label === '' ? { width: 0, height: 0 } : { width: textWidth(label, EDGE_FONT) + 10, height: EDGE_FONT + 8 };
    g.setEdge(e.from, e.to, { ...size, labelpos: 'c' }, edgeKey(e));
  }
  dagre.layout(g);

  const titleH = options.title === undefined ? 0 : 28;
  const lg = legend(titleH + 18);
  const top = titleH + 40;
  const layout = g.graph();
  const warning = map.complete ? '' : '（探索未完成，图不全）';
  const header = lg.width + (warning === '' ? 0 : textWidth(warning, 12) + 16);
  const width = Math.ceil(Math.max(layout.width ?? 0, header, options.title === undefined ? 0 : textWidth(options.title, 16) + 32));
  const height = Math.ceil((layout.height ?? 0) + top);

  // Taken edges last, so the trainee's path is drawn over the others.
  const edges = [...map.edges].sort((a, b) => Number(taken.has(edgeKey(a))) - Number(taken.has(edgeKey(b))));
  const edgeSvg: string[] = [];
  const labelSvg: string[] = [];
  for (const e of edges) {
    const key = edgeKey(e);
    const isTaken = taken.has(key);
    const laid = g.edge(e.from, e.to, key);
    const points = laid.points ?? [];
    const colour = TONE_COLOUR[e.tone];
    const tip = e.option < 0 ? '开始' : `${e.text}（${e.value > 0 ? '+' : ''}${e.value}）${e.why === '' ? '' : `\n${e.why}`}`;
    const label = shortLabel(e.text);
    const mid = points[Math.floor(points.length / 2)];
    const lx = laid.x ?? mid?.x ?? 0;
    const ly = laid.y ?? mid?.y ?? 0;
    const w = laid.width ?? 0;
    // Labels go in a layer above every path, so no other edge's line runs across one.
    if (label !== '') labelSvg.push(`<g class="edge-label ${e.tone}${isTaken ? ' on-path' : ''}" data-label="${escapeXml(key)}"><title>${escapeXml(tip)}</title><rect x="${(lx - w / 2).toFixed(1)}" y="${(ly - (EDGE_FONT + 8) / 2).toFixed(1)}" width="${w}" height="${EDGE_FONT + 8}" rx="3" stroke="${colour}"/><text x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" text-anchor="middle" dominant-baseline="central">${escapeXml(label)}</text></g>`);
    edgeSvg.push(`<g class="edge ${e.tone}${isTaken ? ' taken' : ''}" data-edge="${escapeXml(key)}"><title>${escapeXml(tip)}</title><path d="${pathData(points)}" stroke="${colour}" marker-end="url(#arrow-${isTaken ? 'taken' : e.tone})"/></g>`);
  }

  const nodeSvg = map.nodes.map((n) => {
    const laid = g.node(n.id);
    const { width: w, height: h } = laid;
    const shown = lines.get(n.id) ?? [n.label];
    const rx = n.kind === 'choice' ? 8 : Math.min(h / 2, 17);
    const band = n.kind === 'ending' && n.band !== undefined && n.band !== null ? ` data-band="${n.band.best}"` : '';
    const cls = `node ${n.kind}${onPath.has(n.id) ? ' on-path' : ''}`;
    const top = -((shown.length - 1) * LINE_GAP) / 2;
    const text = shown.map((l, i) => `<text y="${(top + i * LINE_GAP).toFixed(1)}" text-anchor="middle" dominant-baseline="central">${escapeXml(l)}</text>`).join('');
    return `<g class="${cls}" data-node="${escapeXml(n.id)}"${band} transform="translate(${(laid.x ?? 0).toFixed(1)},${(laid.y ?? 0).toFixed(1)})"><title>${escapeXml(nodeTip(n))}</title><rect x="${-w / 2}" y="${-h / 2}" width="${w}" height="${h}" rx="${rx}"/>${text}</g>`;
  });

  const title = options.title === undefined ? '' : `<text class="title" x="16" y="22">${escapeXml(options.title)}</text>`;
  const incomplete = warning === '' ? '' : `<text x="${width - 16}" y="${titleH + 18}" text-anchor="end" dominant-baseline="central" fill="#c9463d" font-size="12">${warning}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<style>${style()}</style>`,
    `<defs>${markers()}</defs>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    title,
    lg.svg,
    incomplete,
    `<g transform="translate(0,${top})">`,
    `<g class="edges">${edgeSvg.join('\n')}</g>`,
    `<g class="edge-labels">${labelSvg.join('\n')}</g>`,
    `<g class="nodes">${nodeSvg.join('\n')}</g>`,
    `</g>`,
    `</svg>`,
  ].join('\n');
}
