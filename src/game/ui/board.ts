/** The case board: every case, its best score, start / continue / restart. */
import type { Catalogue, CaseCard } from '../../core';
import type { Best } from '../storage';
import { h } from './dom';

export interface BoardEntry {
  readonly meta: CaseCard;
  readonly best: Best | null;
  readonly hasSave: boolean;
}

export interface BoardActions {
  start(caseId: string, resume: boolean): void;
}

export function boardScreen(entries: readonly BoardEntry[], catalogue: Catalogue, actions: BoardActions): HTMLElement {
  const names = new Map(catalogue.principles.map((p) => [p.id, p.name]));
  const cards = entries.map(({ meta, best, hasSave }) => {
    const titleId = `case-title-${meta.id}`;
    const buttons = hasSave
      ? [
          h('button', { type: 'button', class: 'primary', onclick: () => actions.start(meta.id, true), 'aria-describedby': titleId }, '继续上次进度'),
          h('button', { type: 'button', onclick: () => actions.start(meta.id, false), 'aria-describedby': titleId }, '从头开始'),
        ]
      : [h('button', { type: 'button', class: 'primary', onclick: () => actions.start(meta.id, false), 'aria-describedby': titleId }, best === null ? '开始练习' : '再练一次')];
    return h(
      'li',
      { class: 'case-card', 'data-case': meta.id },
      h('div', { class: 'case-number' }, `案例 ${meta.number}`),
      h('h3', { id: titleId }, meta.title),
      h('p', { class: 'summary' }, meta.summary),
      h('p', { class: 'role' }, `你的角色：${meta.role}`),
      h('ul', { class: 'chips', 'aria-label': '考查原则' }, ...meta.principles.map((p) => h('li', {}, names.get(p) ?? p))),
      h(
        'p',
        { class: `best ${best === null ? 'none' : `grade-${best.grade}`}` },
        best === null ? '尚未练习' : `最好成绩：${best.score} 分 · ${best.grade}`,
      ),
      h('div', { class: 'card-actions' }, ...buttons),
    );
  });
  return h(
    'section',
    { class: 'panel board', 'aria-labelledby': 'board-title' },
    h('h2', { id: 'board-title' }, '案例板'),
    h('p', { class: 'lead' }, '选一个案例开始。每个案例有多个结局；课件里的示范做法能拿到最高等级。'),
    h('ul', { class: 'cards' }, ...cards),
  );
}
