/** Short messages for the player (saved progress discarded, a sound missing…), announced politely. */
import { h } from './dom';

export class Notices {
  constructor(private readonly region: HTMLElement) {}

  show(text: string, kind: 'info' | 'warning' | 'error' = 'info', ms = 6000): void {
    const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': '关闭提示' }, '×');
    const el = h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('span', {}, text), close);
    close.addEventListener('click', () => el.remove());
    this.region.append(el);
    window.setTimeout(() => el.remove(), ms);
  }
}
