/** Short messages for the player (saved progress discarded, a sound missing…), announced politely. */
import { h } from './dom';

export class Notices {
  constructor(private readonly region: HTMLElement) {}

  private readonly shown = new Map<string, HTMLElement>();

  /**
   * Shows a message; `ms` 0 keeps it until the player closes it. The same message is never shown
   * twice at once (a repeat just stays).
   */
  show(text: string, kind: 'info' | 'warning' | 'error' = 'info', ms = 6000): void {
    if (this.shown.has(text)) return;
    const close = h('button', { type: 'button', class: 'notice-close', 'aria-label': '关闭提示' }, '×');
    const el = h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('span', {}, text), close);
    const remove = (): void => {
      el.remove();
      this.shown.delete(text);
    };
    close.addEventListener('click', remove);
    this.region.append(el);
    this.shown.set(text, el);
    if (ms > 0) window.setTimeout(remove, ms);
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
