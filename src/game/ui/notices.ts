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

/** A visible, announced “loading” indicator for work the trainee waits on (a case download). */
export class Loading {
  private readonly el = h('div', { class: 'loading', role: 'status', hidden: true }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), h('span', { class: 'loading-text' }));

  constructor(parent: HTMLElement) {
    parent.append(this.el);
  }

  show(text: string): void {
    const label = this.el.querySelector('.loading-text');
    if (label !== null) label.textContent = text;
    this.el.hidden = false;
  }

  hide(): void {
    this.el.hidden = true;
  }
}
