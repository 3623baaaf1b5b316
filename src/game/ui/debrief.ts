/** The debrief: score and grade, per-principle chart, each choice with its explanation beside the model's, the 精髓 and 忠告. */
import type { Catalogue, CaseMeta, CaseResult, ChoiceOption } from '../../core';
import { bestOption, caseLabel } from '../../core';
import { h } from './dom';
import { GRADE_LABELS } from './words';

export interface DebriefActions {
  replay(): void;
  board(): void;
}

/** Who and when, printed at the top of the debrief's A4 printout. */
export interface PrintHeader {
  readonly trainee: string;
  readonly branch: string;
  /** When the attempt was finished. */
  readonly at: Date;
}

/** “2026年11月29日 14:05”, in the browser's time zone. */
function printDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** “案例10 精髓：原文” → its caption and the quotation. */
function splitSource(source: string): { caption: string; quote: string } {
  const m = /^(案例\s*\d+)\s*(精髓|忠告)\s*[:：]\s*([\s\S]+)$/.exec(source);
  return m === null ? { caption: '本行', quote: source.replace(/^本行\s*[:：]?\s*/, '') } : { caption: `${m[1] ?? ''} · ${m[2] ?? ''}`, quote: m[3] ?? '' };
}

/**
 * Red lines met, first on the page: what was crossed, when, the cap it puts on the grade, and the
 * deck's words against it. Null when none was met.
 */
function breachBlock(result: CaseResult, catalogue: Catalogue): HTMLElement | null {
  if (result.breaches.length === 0) return null;
  const lowest = result.breaches.reduce((a, b) => (b.ceiling > a ? b.ceiling : a), result.breaches[0]?.ceiling ?? 'D');
  return h(
    'section',
    { class: 'breaches', 'aria-labelledby': 'breaches-title' },
    h('h2', { id: 'breaches-title' }, '触碰了红线'),
    h(
      'p',
      { class: 'breach-cap' },
      result.rawScore > result.score
        ? `这一次的等级最高只能到 ${lowest}（${GRADE_LABELS[lowest]}），得分从 ${result.rawScore} 封顶为 ${result.score}。`
        : `触碰红线，等级最高只能到 ${lowest}（${GRADE_LABELS[lowest]}）；这一次的得分本来就在这个上限以下。`,
    ),
    h(
      'ul',
      {},
      ...result.breaches.map((b) => {
        const line = catalogue.redlines.find((r) => r.id === b.redline);
        const meter = b.meter === undefined ? undefined : catalogue.meters.find((m) => m.id === b.meter);
        const how = b.via === 'meter' ? `${meter?.name ?? b.meter ?? ''}越过了界限` : b.turn === 0 ? '开场时' : `第 ${b.turn} 步之后`;
        return h(
          'li',
          { class: 'breach' },
          h('div', { class: 'breach-head' }, h('strong', {}, line?.name ?? b.redline), h('span', { class: 'breach-when' }, `（${how}，等级上限 ${b.ceiling}）`)),
          ...(line?.sources ?? []).map((src) => {
            const { caption, quote } = splitSource(src);
            return h('figure', {}, h('figcaption', {}, caption), h('blockquote', {}, quote));
          }),
        );
      }),
    ),
  );
}

/**
 * A case's 精髓 or 忠告. A case of the bank's own (`# origin: bank`) shows its 要点 and 忠告 as
 * the bank's, never as the deck's; in a deck case, text the project or the bank wrote where the
 * deck has none starts with `本项目编写：` or `本行：` and is labelled so.
 */
function deckQuote(meta: CaseMeta, kind: '精髓' | '忠告', text: string): HTMLElement {
  const own = /^(本项目编写|本行)\s*[:：]\s*/.exec(text);
  const caption =
    meta.origin === 'bank'
      ? `本行 · ${kind === '精髓' ? '要点' : kind}`
      : own === null
        ? `案例${meta.number} · ${kind}`
        : own[1] === '本行'
          ? `本行 · ${kind}`
          : `${kind}（课件缺，本项目编写）`;
  return h('figure', {}, h('figcaption', {}, caption), h('blockquote', {}, own === null ? text : text.slice(own[0].length)));
}

/**
 * A principle's bar. Its width is set through the CSSOM, not a style attribute: the server's
 * content-security policy (style-src 'self') blocks style attributes, and every bar would then
 * draw full.
 */
function barFill(pct: number): HTMLElement {
  const fill = h('span', { class: `bar-fill ${pct >= 85 ? 'good' : pct >= 55 ? 'mid' : 'bad'}` });
  fill.style.width = `${pct}%`;
  return fill;
}

function optionBlock(o: ChoiceOption | undefined, label: string, cls: string): HTMLElement {
  if (o === undefined) return h('div', { class: `opt ${cls}` }, '—');
  return h('div', { class: `opt ${cls}` }, h('div', { class: 'opt-label' }, label), h('p', { class: 'opt-text' }, o.text), h('p', { class: 'why' }, o.why));
}

export function debriefScreen(
  meta: CaseMeta,
  result: CaseResult,
  modelChoices: readonly string[],
  catalogue: Catalogue,
  record: 'first' | 'better' | 'kept',
  actions: DebriefActions,
  who: PrintHeader | null = null,
): HTMLElement {
  const principles = result.principles.filter((p) => p.percent !== null);
  const chart = h(
    'ul',
    { class: 'chart', 'aria-label': '各原则得分' },
    ...principles.map((p) => {
      const principle = catalogue.principles.find((x) => x.id === p.id);
      const pct = p.percent ?? 0;
      return h(
        'li',
        { class: 'bar-row' },
        h('span', { class: 'bar-name', title: principle?.name ?? p.id }, principle?.short ?? p.id),
        h('span', { class: 'bar-track', 'aria-hidden': 'true' }, barFill(pct)),
        h('span', { class: 'bar-value' }, `${pct}%`),
      );
    }),
  );
  const rows = result.decisions.map((d, i) => {
    const chosen = d.options.find((o) => o.index === d.chosen);
    const best = bestOption(d.options);
    const same = best !== undefined && chosen !== undefined && best.value === chosen.value;
    return h(
      'li',
      { class: `decision ${same ? 'matched' : 'missed'}` },
      h('div', { class: 'decision-head' }, `第 ${i + 1} 步`, h('span', { class: 'verdict' }, same ? '✓ 与示范一致' : '✗ 与示范不同')),
      h('div', { class: 'pair' }, optionBlock(chosen, '你的选择', 'yours'), same ? null : optionBlock(best, '示范做法', 'model')),
    );
  });
  const grade = h('div', { class: `grade grade-${result.grade}` }, h('span', { class: 'grade-letter' }, result.grade), h('span', { class: 'grade-label' }, GRADE_LABELS[result.grade]));
  return h(
    'section',
    { class: 'panel debrief', 'aria-labelledby': 'debrief-title' },
    h('h1', { id: 'debrief-title', class: 'screen-title' }, `复盘 · ${caseLabel(meta)} ${meta.title}`),
    who === null ? null : h('p', { class: 'print-who' }, `学员：${who.trainee} · 支行：${who.branch} · 完成时间：${printDate(who.at)}`),
    h(
      'div',
      { class: 'summary-row' },
      h('div', { class: 'score' }, h('span', { class: 'score-value', 'data-score': result.score }, String(result.score)), h('span', { class: 'score-unit' }, '分')),
      grade,
      h('div', { class: 'ending' }, h('div', { class: 'ending-label' }, '结局'), h('div', { class: 'ending-title' }, result.endingTitle), record === 'better' ? h('div', { class: 'new-best' }, '新的最好成绩！') : record === 'first' ? h('div', { class: 'first-finish' }, '首次完成这个案例') : null),
    ),
    breachBlock(result, catalogue),
    h('h2', {}, '各原则表现'),
    chart,
    h('h2', {}, '逐步复盘'),
    h('ol', { class: 'decisions' }, ...rows),
    h(
      'div',
      { class: 'paths' },
      h('div', {}, h('h2', {}, '你的路径'), h('ol', {}, ...result.decisions.map((d) => h('li', {}, d.options[d.chosen]?.text ?? '')))),
      h('div', {}, h('h2', {}, '示范路径'), h('ol', {}, ...modelChoices.map((t) => h('li', {}, t)))),
    ),
    h(
      'div',
      { class: 'deck-quotes' },
      deckQuote(meta, '精髓', meta.essence),
      deckQuote(meta, '忠告', meta.advice),
    ),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => actions.replay() }, '再练一次'),
      h('button', { type: 'button', onclick: () => actions.board() }, '返回案例板'),
      h('button', { type: 'button', class: 'print', onclick: () => window.print() }, '打印复盘'),
    ),
  );
}
