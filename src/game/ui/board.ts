/**
 * The case board: the trainee's progress, the case to practise next and why, and every case with
 * its best score and start / continue / restart — listed by number, or grouped by the principle
 * it trains or by where it happens.
 */
import type { Catalogue } from '../../core';
import { caseLabel, type CaseCard } from '../../core/caseMeta';
import { SETTING_GROUPS, settingGroup, type Recommendation, type SettingGroup } from '../../core/progress';
import type { Best } from '../storage';
import { h } from './dom';

export interface BoardEntry {
  readonly meta: CaseCard;
  readonly best: Best | null;
  readonly hasSave: boolean;
  /** The trainee's last debrief of this case can be reopened (rebuilt from its seed and path). */
  readonly hasDebrief?: boolean;
}

export interface BoardActions {
  start(caseId: string, resume: boolean): void;
  /** Reopens the last debrief of a case. */
  debrief?(caseId: string): void;
  /** The trainee changed how the board is grouped (kept for their next visit). */
  view?(view: BoardView): void;
}

export type BoardView = 'number' | 'principle' | 'setting';
export const BOARD_VIEWS: readonly BoardView[] = ['number', 'principle', 'setting'];
const VIEW_LABELS: Readonly<Record<BoardView, string>> = { number: '按序号', principle: '按原则', setting: '按场景' };

export const SETTING_LABELS: Readonly<Record<SettingGroup, string>> = {
  counter: '柜台窗口',
  lobby: '大堂',
  'self-service': '自助设备区',
  phone: '电话',
};

/** The one-line reason for a recommendation, in the trainee's terms. */
export function recommendationReason(rec: Recommendation, catalogue: Catalogue): string {
  const name = catalogue.principles.find((p) => p.id === rec.principle.id)?.name ?? rec.principle.id;
  const times = `${rec.principle.attempts} 次练习`;
  const tail = rec.best === null ? '这个案例你还没练过，它练的正是这一条。' : `这个案例练的正是这一条，你的最好成绩是 ${rec.best} 分。`;
  return `“${name}”是你目前最弱的一条（${times}平均 ${rec.principle.percent}%）；${tail}`;
}

/** The recommendation block, for the board and the debrief. */
export function recommendationBlock(rec: Recommendation, card: CaseCard, catalogue: Catalogue, start: () => void, headingLevel: 'h2' | 'h3' = 'h2'): HTMLElement {
  return h(
    'section',
    { class: 'recommend', 'aria-labelledby': 'recommend-title', 'data-recommend': card.id },
    h(headingLevel, { id: 'recommend-title' }, '建议下一个练习'),
    h('p', { class: 'recommend-case' }, `${caseLabel(card)} · ${card.title}`),
    h('p', { class: 'recommend-why' }, recommendationReason(rec, catalogue)),
    h('button', { type: 'button', class: 'primary', onclick: start }, `练习${caseLabel(card)}`),
  );
}

/** A case's card; its title is a heading one level under its group's (h2 when the board has no groups). */
function card(entry: BoardEntry, catalogue: Catalogue, actions: BoardActions, group: string, level: 'h2' | 'h3'): HTMLElement {
  const { meta, best, hasSave, hasDebrief } = entry;
  const names = new Map(catalogue.principles.map((p) => [p.id, p.name]));
  const titleId = `case-title-${group}-${meta.id}`;
  const buttons = hasSave
    ? [
        h('button', { type: 'button', class: 'primary', onclick: () => actions.start(meta.id, true), 'aria-describedby': titleId }, '继续上次进度'),
        h('button', { type: 'button', onclick: () => actions.start(meta.id, false), 'aria-describedby': titleId }, '从头开始'),
      ]
    : [h('button', { type: 'button', class: 'primary', onclick: () => actions.start(meta.id, false), 'aria-describedby': titleId }, best === null ? '开始练习' : '再练一次')];
  return h(
    'li',
    { class: `case-card origin-${meta.origin}`, 'data-case': meta.id },
    h('div', { class: 'case-number' }, caseLabel(meta), meta.origin === 'bank' ? h('span', { class: 'origin-tag' }, '本行编写') : null),
    h(level, { id: titleId, class: 'case-name' }, meta.title),
    h('p', { class: 'summary' }, meta.summary),
    h('p', { class: 'role' }, `你的角色：${meta.role}`),
    h('ul', { class: 'chips', 'aria-label': '考查原则' }, ...meta.principles.map((p) => h('li', {}, names.get(p) ?? p))),
    h('p', { class: `best ${best === null ? 'none' : `grade-${best.grade}`}` }, best === null ? '尚未练习' : `最好成绩：${best.score} 分 · ${best.grade}`),
    h(
      'div',
      { class: 'card-actions' },
      ...buttons,
      hasDebrief === true && actions.debrief !== undefined ? h('button', { type: 'button', class: 'link', onclick: () => actions.debrief?.(meta.id), 'aria-describedby': titleId }, '上次复盘') : null,
    ),
  );
}

interface Group {
  readonly key: string;
  readonly title: string;
  readonly note: string;
  readonly entries: readonly BoardEntry[];
}

function groups(entries: readonly BoardEntry[], catalogue: Catalogue, view: BoardView): Group[] {
  if (view === 'number') return [{ key: 'all', title: '', note: '', entries }];
  if (view === 'setting') {
    return SETTING_GROUPS.map((g) => ({ key: g, title: SETTING_LABELS[g], note: '', entries: entries.filter((e) => settingGroup(e.meta) === g) })).filter((g) => g.entries.length > 0);
  }
  // A case trains several principles, so it appears under each of them.
  return catalogue.principles
    // The short name (the debrief chart's label) only where the full name does not already say it.
    .map((p) => ({ key: p.id, title: p.name, note: p.name.includes(p.short) ? '' : `图表上记作“${p.short}”`, entries: entries.filter((e) => e.meta.principles.includes(p.id)) }))
    .filter((g) => g.entries.length > 0);
}

export function boardScreen(
  entries: readonly BoardEntry[],
  catalogue: Catalogue,
  actions: BoardActions,
  options: { readonly view?: BoardView; readonly recommendation?: Recommendation | null } = {},
): HTMLElement {
  let view: BoardView = options.view ?? 'number';
  const done = entries.filter((e) => e.best !== null).length;
  const list = h('div', { class: 'board-groups' });
  const render = (): void => {
    list.replaceChildren(
      ...groups(entries, catalogue, view).map((g) => {
        const finished = g.entries.filter((e) => e.best !== null).length;
        const cards = h('ul', { class: 'cards' }, ...g.entries.map((e) => card(e, catalogue, actions, g.key, g.title === '' ? 'h2' : 'h3')));
        if (g.title === '') return cards;
        const headingId = `group-${g.key}`;
        return h(
          'section',
          { class: 'board-group', 'aria-labelledby': headingId, 'data-group': g.key },
          h('h2', { id: headingId, class: 'group-title' }, g.title, h('span', { class: 'group-count' }, `${g.entries.length} 个案例 · 已完成 ${finished}`)),
          g.note === '' ? null : h('p', { class: 'group-note' }, g.note),
          cards,
        );
      }),
    );
  };
  const switches = BOARD_VIEWS.map((v) =>
    h(
      'button',
      {
        type: 'button',
        'aria-pressed': String(v === view),
        'data-view': v,
        onclick: () => {
          view = v;
          for (const b of switches) b.setAttribute('aria-pressed', String(b.dataset['view'] === v));
          render();
          actions.view?.(v);
        },
      },
      VIEW_LABELS[v],
    ),
  );
  render();
  // Set through the CSSOM, not a style attribute: a strict content-security policy allows this.
  const fill = h('span', { class: 'progress-fill' });
  fill.style.width = `${entries.length === 0 ? 0 : Math.round((done / entries.length) * 100)}%`;
  const rec = options.recommendation ?? null;
  const recCard = rec === null ? undefined : entries.find((e) => e.meta.id === rec.caseId)?.meta;
  return h(
    'section',
    { class: 'panel board', 'aria-labelledby': 'board-title' },
    h('h1', { id: 'board-title', class: 'screen-title' }, '案例板'),
    h('p', { class: 'lead' }, '选一个案例开始。每个案例有多个结局；课件里的示范做法能拿到最高等级。'),
    h(
      'p',
      { class: 'progress', 'data-done': done },
      h('strong', {}, `已完成 ${done} / ${entries.length} 个案例`),
      h('span', { class: 'progress-track', 'aria-hidden': 'true' }, fill),
    ),
    rec === null || recCard === undefined ? null : recommendationBlock(rec, recCard, catalogue, () => actions.start(recCard.id, entries.find((e) => e.meta.id === recCard.id)?.hasSave ?? false)),
    h('div', { class: 'board-views', role: 'group', 'aria-label': '案例的排列方式' }, ...switches),
    list,
  );
}
