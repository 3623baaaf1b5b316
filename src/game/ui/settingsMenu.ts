/**
 * The top bar's 设置 menu: 减少动画, 文字立即显示 and 暂停大厅 (issue 7, fault 11). A disclosure
 * (details/summary), so it opens by mouse, touch and keyboard with no script of its own; it shows
 * what it is given and reports each change.
 */
import type { MotionSettings } from '../storage';
import { h } from './dom';

export function settingsMenu(initial: MotionSettings, change: (next: MotionSettings) => void): HTMLElement {
  let current = initial;
  const set = (patch: Partial<MotionSettings>): void => {
    current = { ...current, ...patch };
    change(current);
  };
  const box = (id: string, label: string, hint: string, checked: boolean, key: 'reduceMotion' | 'instantText'): HTMLElement => {
    const input = h('input', { type: 'checkbox', id, 'aria-describedby': `${id}-hint` });
    input.checked = checked;
    input.addEventListener('change', () => set({ [key]: input.checked }));
    return h('div', { class: 'setting' }, input, h('label', { for: id }, label), h('p', { class: 'setting-hint', id: `${id}-hint` }, hint));
  };
  const pause = h('button', { type: 'button', class: 'pause-lobby', 'aria-pressed': String(initial.lobbyPaused) }, '暂停大厅');
  pause.addEventListener('click', () => {
    set({ lobbyPaused: !current.lobbyPaused });
    pause.setAttribute('aria-pressed', String(current.lobbyPaused));
  });
  return h(
    'details',
    { class: 'settings-menu' },
    h('summary', {}, '设置'),
    h(
      'div',
      { class: 'settings-panel' },
      box('set-reduce-motion', '减少动画', '大厅镜头不再移动、晃动，提示不再跳动，文字整句显示。', initial.reduceMotion, 'reduceMotion'),
      box('set-instant-text', '文字立即显示', '对话不再逐字出现。', initial.instantText, 'instantText'),
      pause,
    ),
  );
}
