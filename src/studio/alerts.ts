/**
 * Standing warnings at the top of the Studio (drafts not saved, another tab's edit, a newer file
 * in ink/): each stays until it is settled, says what happened in plain Chinese and offers the
 * actions that settle it. Unlike a notice, it does not fade: a trainer must not miss it.
 */
import { clear, h } from '../game/ui/dom';

export interface AlertAction {
  readonly label: string;
  readonly run: () => void;
  /** The alert stays after this action (a download does not settle the choice). */
  readonly keep?: boolean;
}

export class Alerts {
  private readonly shown = new Map<string, HTMLElement>();

  constructor(private readonly box: HTMLElement) {}

  /** Shows (or replaces) the alert `key`. An action removes the alert unless it sets it again. */
  set(key: string, message: string, actions: readonly AlertAction[] = []): void {
    const el = this.shown.get(key) ?? h('div', { class: 'draft-alert', role: 'alert', 'data-alert': key });
    clear(el);
    el.append(
      h('p', {}, message),
      h(
        'div',
        { class: 'alert-actions' },
        ...actions.map((a) =>
          h('button', {
            type: 'button',
            onclick: () => {
              if (a.keep !== true) this.clear(key);
              a.run();
            },
          }, a.label),
        ),
      ),
    );
    if (!this.shown.has(key)) {
      this.shown.set(key, el);
      this.box.append(el);
    }
  }

  clear(key: string): void {
    this.shown.get(key)?.remove();
    this.shown.delete(key);
  }

  has(key: string): boolean {
    return this.shown.has(key);
  }
}
