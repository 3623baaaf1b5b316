/**
 * The branch map in a debrief: the SVG the build drew for the case (src/authoring/mapSvg.ts), with
 * the trainee's route marked on it. Works on the map's data attributes, so the same code marks the
 * Studio's live map.
 */
import type { PathEdge } from '../../core';
import { h } from './dom';

const keyOf = (e: PathEdge): string => `${e.from}#${e.choice}#${e.to}`;

/** Marks a route on a map already in the page (edges, their labels and the nodes they pass). */
export function markRoute(root: Element, route: readonly PathEdge[]): void {
  for (const el of root.querySelectorAll('.taken, .on-path')) el.classList.remove('taken', 'on-path');
  for (const e of route) {
    const key = CSS.escape(keyOf(e));
    const edge = root.querySelector(`[data-edge="${key}"]`);
    edge?.classList.add('taken');
    edge?.querySelector('path')?.setAttribute('marker-end', 'url(#arrow-taken)');
    root.querySelector(`[data-label="${key}"]`)?.classList.add('on-path');
    for (const id of [e.from, e.to]) root.querySelector(`[data-node="${CSS.escape(id)}"]`)?.classList.add('on-path');
  }
}

const STYLE = /<style>([\s\S]*?)<\/style>/;
const adopted = new Set<string>();

/**
 * The map's own stylesheet, scoped to `.route-map` and adopted by the document: an inline
 * <style> inside the SVG would be blocked by the server's content-security policy
 * (style-src 'self'), while a constructed stylesheet is not.
 */
function adoptMapStyle(css: string): void {
  if (css.trim() === '' || adopted.has(css) || typeof CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in document)) return;
  const scoped = css
    .split('}')
    .map((rule) => {
      const at = rule.indexOf('{');
      if (at < 0) return '';
      const selectors = rule.slice(0, at).split(',').map((sel) => `.route-map ${sel.trim()}`).join(', ');
      return `${selectors} {${rule.slice(at + 1)}}`;
    })
    .join('\n');
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(scoped);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    adopted.add(css);
  } catch {
    // an old browser: the map shows unstyled, still readable
  }
}

/** The smallest text the map draws (its option labels, src/authoring/mapSvg.ts) and the smallest we show. */
const SMALLEST_MAP_FONT = 11;
const READABLE_FONT = 12;

/**
 * Shows the map at a size where its smallest text renders at READABLE_FONT px or more, whatever
 * the screen: a wide map scrolls (pans) inside its box instead of shrinking to fit.
 */
function readableSize(svg: SVGSVGElement | null): void {
  const width = svg?.viewBox.baseVal.width ?? 0;
  if (svg === null || width <= 0) return;
  svg.style.width = `${Math.ceil((width * READABLE_FONT) / SMALLEST_MAP_FONT)}px`;
}

/** Scrolls a map wider than its box so its start is in the middle (the map is laid out around it). */
function showStart(box: HTMLElement): void {
  const start = box.querySelector('[data-node="start"]');
  if (start === null || box.clientWidth === 0) return;
  const r = start.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  box.scrollLeft += r.left + r.width / 2 - (b.left + b.width / 2);
}

/** A figure that loads the case's map and marks the route; says so plainly if the map cannot load. */
export function routeMapFigure(url: string, route: readonly PathEdge[]): HTMLElement {
  // Focusable, so keyboard users can scroll a map larger than its box with the arrow keys.
  const box = h('div', { class: 'route-map', role: 'img', tabindex: 0, 'aria-label': '分支地图：蓝色是你走的路径（可用方向键滚动）' }, '地图加载中…');
  void fetch(url)
    .then(async (res) => {
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const svg = await res.text();
      adoptMapStyle(STYLE.exec(svg)?.[1] ?? '');
      box.innerHTML = svg.replace(STYLE, '');
      readableSize(box.querySelector('svg'));
      markRoute(box, route);
      showStart(box);
    })
    .catch(() => {
      box.textContent = '分支地图暂时无法加载。';
    });
  return h('figure', { class: 'debrief-map' }, h('figcaption', {}, '分支地图（蓝色是你走的路径）'), box);
}
