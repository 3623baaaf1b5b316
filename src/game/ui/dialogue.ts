/**
 * The dialogue panel: portrait with mood, speaker, typed-out text, continue control, choices and
 * meters. It shows what it is given and reports what the player pressed; it decides nothing.
 */
import type { CaseMeta, ChoiceOption, Meter, MeterReading, Mood } from '../../core';
import { clear, h } from './dom';
import { MetersView } from './meters';
import { MOOD_LABELS, portraitSvg } from './portrait';

const CHAR_MS = 28;

export interface ShownLine {
  readonly speaker: string | null;
  readonly text: string;
  /** The trainee's own words (the option they chose). */
  readonly mine: boolean;
}

/** Thrown into a pending showLine/showChoices when the panel closes (the player left the case). */
export class DialogueClosed extends Error {
  constructor() {
    super('dialogue closed');
    this.name = 'DialogueClosed';
  }
}

/** A control that handles Space and Enter itself. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName) || target.isContentEditable);
}

/** A place where digits are text (a form field, the Studio's editor), not choices. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (/^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) || target.isContentEditable);
}

/**
 * Where the panel may take the keyboard. The game owns the whole page, so by default the panel
 * moves focus to its controls and reads number keys anywhere outside form fields. A page that
 * hosts the panel beside other work (the Studio's preview beside its editor) passes `within`: the
 * panel then moves focus only while the player is using `within` (focus or a click went there
 * last, and focus has not gone elsewhere since), and reads keys only then, so nothing it does
 * takes the keyboard (or an open IME composition) away from the editor.
 */
export interface DialogueFocus {
  readonly within?: HTMLElement;
}

export class DialogueView {
  private readonly el: HTMLElement;
  private readonly portrait = h('div', { class: 'portrait', role: 'img' });
  private readonly who = h('div', { class: 'speaker' });
  private readonly text = h('p', { class: 'line', 'aria-hidden': 'true' });
  private readonly live = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  private readonly next = h('button', { type: 'button', class: 'next', 'aria-label': '继续' }, '继续 ▸');
  private readonly choices = h('div', { class: 'choices', role: 'group', 'aria-label': '你的回应（按数字键选择）', tabindex: -1 });
  private readonly meters: MetersView;
  private readonly title = h('div', { class: 'case-title' });
  private meta: CaseMeta | null = null;
  private mood: Mood = 'neutral';
  private finishTyping: (() => void) | null = null;
  private advance: (() => void) | null = null;
  private pick: ((i: number) => void) | null = null;
  private cancel: ((e: Error) => void) | null = null;
  private optionCount = 0;
  /** With `within`: the player's last focus or click was inside it (see DialogueFocus). */
  private engaged = false;

  constructor(
    root: HTMLElement,
    private readonly focus: DialogueFocus = {},
  ) {
    const meterStrip = h('div', { class: 'meters' });
    this.meters = new MetersView(meterStrip);
    this.el = h(
      'section',
      { class: 'dialogue', 'aria-label': '对话', hidden: true },
      h('header', { class: 'dialogue-head' }, this.title, meterStrip),
      h(
        'div',
        { class: 'dialogue-body' },
        this.portrait,
        h('div', { class: 'words' }, this.who, this.text, this.live, h('div', { class: 'controls' }, this.next)),
      ),
      this.choices,
    );
    root.append(this.el);
    this.text.addEventListener('click', () => this.press());
    this.next.addEventListener('click', () => this.press());
    document.addEventListener('keydown', (e) => this.onKey(e));
    const within = focus.within;
    if (within !== undefined) {
      // A control that is disabled or removed drops focus to the body: that is not leaving.
      document.addEventListener('focusin', (e) => (this.engaged = e.target instanceof Node && within.contains(e.target)));
      document.addEventListener('pointerdown', (e) => (this.engaged = e.target instanceof Node && within.contains(e.target)), true);
    }
  }

  open(meta: CaseMeta, meters: readonly Meter[], values: Readonly<Record<string, number>>, mood: Mood): void {
    this.meta = meta;
    this.title.textContent = `案例${meta.number} · ${meta.title} · 你的角色：${meta.role}`;
    this.meters.reset(meters, values);
    this.setMood(mood);
    clear(this.choices);
    this.text.textContent = '';
    this.el.hidden = false;
  }

  /** Hides the panel; a line or choice still waiting for the player rejects with DialogueClosed. */
  close(): void {
    this.el.hidden = true;
    this.finishTyping?.();
    this.finishTyping = null;
    this.advance = null;
    this.pick = null;
    const cancel = this.cancel;
    this.cancel = null;
    cancel?.(new DialogueClosed());
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  setMood(mood: Mood): void {
    this.mood = mood;
    if (this.meta === null) return;
    const phone = this.meta.channel === 'phone';
    // On a call the trainee only hears the customer: the portrait says so.
    this.portrait.innerHTML = `${portraitSvg(this.meta.look, mood)}${phone ? '<span class="portrait-badge">电话中</span>' : ''}`;
    this.portrait.setAttribute('aria-label', `${this.meta.customer}${phone ? '（来电）' : ''}，情绪：${MOOD_LABELS[mood]}`);
    this.portrait.dataset['mood'] = mood;
    this.portrait.dataset['channel'] = this.meta.channel;
  }

  updateMeters(readings: readonly MeterReading[]): void {
    this.meters.update(readings);
  }

  /** Types the line out; resolves when the player moves on. `instant` shows it whole (after a restore). */
  showLine(line: ShownLine, instant = false): Promise<void> {
    clear(this.choices);
    this.choices.hidden = true;
    this.next.hidden = false;
    const name = line.mine ? `你（${this.meta?.role ?? '员工'}）` : (line.speaker ?? '');
    this.who.textContent = name;
    this.who.className = `speaker ${line.mine ? 'mine' : line.speaker === null ? 'narration' : 'theirs'}`;
    this.text.className = `line ${line.speaker === null && !line.mine ? 'narration' : ''}`;
    this.live.textContent = name === '' ? line.text : `${name}：${line.text}`;
    this.el.dataset['state'] = 'typing';
    return new Promise((resolve, reject) => {
      this.cancel = reject;
      // Chinese text: code points are the right unit for typing out (no emoji sequences in case text).
      const chars = Array.from(line.text);
      let shown = instant ? chars.length : 0;
      this.text.textContent = chars.slice(0, shown).join('');
      const done = (): void => {
        window.clearInterval(timer);
        this.text.textContent = line.text;
        this.finishTyping = null;
        this.el.dataset['state'] = 'waiting';
        this.advance = () => {
          this.advance = null;
          resolve();
        };
      };
      const timer = window.setInterval(() => {
        shown++;
        this.text.textContent = chars.slice(0, shown).join('');
        if (shown >= chars.length) done();
      }, CHAR_MS);
      this.finishTyping = done;
      if (shown >= chars.length) done();
      if (this.mayTakeFocus() && (!this.el.contains(document.activeElement) || document.activeElement === document.body)) this.next.focus();
    });
  }

  /** Shows the options; resolves with the index the player picks (mouse, touch or number key). */
  showChoices(options: readonly ChoiceOption[]): Promise<number> {
    this.next.hidden = true;
    this.el.dataset['state'] = 'choosing';
    clear(this.choices);
    this.choices.hidden = false;
    this.optionCount = options.length;
    return new Promise((resolve, reject) => {
      this.cancel = reject;
      const buttons = options.map((o, i) =>
        h(
          'button',
          { type: 'button', class: 'choice', 'data-index': i },
          h('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'choice-text' }, o.text),
        ),
      );
      this.pick = (i: number) => {
        this.pick = null;
        for (const b of buttons) b.disabled = true;
        buttons[i]?.classList.add('picked');
        resolve(i);
      };
      buttons.forEach((b, i) => b.addEventListener('click', () => this.pick?.(i)));
      this.choices.append(...buttons);
      // Focus the group, not the first option, so no answer looks pre-selected; Tab reaches the options.
      if (this.mayTakeFocus()) this.choices.focus();
    });
  }

  /** True when the panel may move focus to its own controls (see DialogueFocus). */
  private mayTakeFocus(): boolean {
    const within = this.focus.within;
    if (within === undefined) return true;
    const active = document.activeElement;
    return this.engaged && (active === null || active === document.body || within.contains(active));
  }

  private press(): void {
    if (this.finishTyping !== null) this.finishTyping();
    else this.advance?.();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.el.hidden) return;
    const within = this.focus.within;
    if (within !== undefined && !(e.target instanceof Node && within.contains(e.target)) && !(e.target === document.body && this.engaged)) return;
    if (this.pick !== null && /^[1-9]$/.test(e.key) && !isEditable(e.target)) {
      const i = Number(e.key) - 1;
      if (i < this.optionCount) {
        e.preventDefault();
        this.pick(i);
      }
      return;
    }
    if ((e.key === ' ' || e.key === 'Enter') && !isTyping(e.target) && (this.finishTyping !== null || this.advance !== null)) {
      e.preventDefault();
      this.press();
    }
  }
}
