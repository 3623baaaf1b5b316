/**
 * The dialogue panel: portrait with mood, speaker, typed-out text, continue control, choices and
 * meters. It shows what it is given and reports what the player pressed; it decides nothing.
 */
import type { CaseMeta, ChoiceOption, Meter, MeterReading, Mood } from '../../core';
import { caseLabel } from '../../core/caseMeta';
import { clear, h } from './dom';
import { MetersView } from './meters';
import { MOOD_LABELS, portraitSvg } from './portrait';

const CHAR_MS = 28;

/**
 * Lines appear whole: the system asks for less motion (prefers-reduced-motion), or the trainee's
 * 减少动画 / 文字立即显示 settings say so (src/game/motion.ts marks the page root).
 */
function instantText(): boolean {
  if (document.documentElement.dataset['text'] === 'instant') return true;
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/**
 * Once this share of a line has typed out, one press reads on to the next line instead of only
 * completing this one (issue 7, fault 11): the trainee has seen most of it, and the whole line is
 * in the screen reader's announcement anyway.
 */
export const READ_ON_SHARE = 0.8;

/** True on a touch-first screen (phones, tablets): options are tapped there, not keyed. */
function touchFirst(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;
}

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
  return target instanceof HTMLElement && (/^(INPUT|SELECT|TEXTAREA|BUTTON|A|SUMMARY)$/.test(target.tagName) || target.isContentEditable);
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
  /**
   * What a screen reader hears: the page's announcer (in index.html, so it exists and is empty
   * from page load), or a region of the panel's own where there is none (the Studio).
   */
  private readonly live: HTMLElement;
  private readonly next = h('button', { type: 'button', class: 'next', 'aria-label': '继续' }, '继续 ▸');
  /** Where 继续 was while options are shown: text, not a control, so a press there picks nothing. */
  private readonly hint = h('p', { class: 'choose-hint', hidden: true });
  /** The same hint above the options, shown instead on phones and short windows (styles.css), where the foot may be out of view. */
  private readonly hintTop = h('p', { class: 'choices-hint', hidden: true });
  /** What changed since the last line (meters, mood), said before the next line. */
  private news: string[] = [];
  private readonly choices = h('div', { class: 'choices', role: 'group', 'aria-label': '你的回应（按数字键选择）', tabindex: -1 });
  /**
   * Shown while some option lies below the panel's visible part (a phone, a short window): sticks
   * to the panel's foot, says how many more there are, and scrolls to them when pressed.
   */
  private readonly more = h('button', { type: 'button', class: 'more-options', hidden: true }, '');
  private readonly meters: MetersView;
  /** The case's title: the page's level-one heading in the game; a level-two one beside the Studio's own. */
  private readonly title: HTMLElement;
  private meta: CaseMeta | null = null;
  private mood: Mood = 'neutral';
  private finishTyping: (() => void) | null = null;
  /** While a line types out: whether READ_ON_SHARE of it is shown. */
  private mostlyShown: () => boolean = () => true;
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
    this.title = h(focus.within === undefined ? 'h1' : 'h2', { class: 'case-title' });
    const meterStrip = h('div', { class: 'meters' });
    this.meters = new MetersView(meterStrip);
    this.live = document.getElementById('announcer') ?? h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    this.el = h(
      'section',
      { class: 'dialogue', 'aria-label': '对话', hidden: true },
      h('header', { class: 'dialogue-head' }, this.title, meterStrip),
      h(
        'div',
        { class: 'dialogue-body' },
        this.portrait,
        h('div', { class: 'words' }, this.who, this.text),
      ),
      this.hintTop,
      this.choices,
      this.more,
      // The continue control sits below the options' place, at the panel's foot; while options are
      // shown a plain hint takes its spot, so pressing one spot fast never picks an option unread.
      h('div', { class: 'controls' }, this.hint, this.next),
    );
    if (this.live.parentElement === null) this.el.append(this.live);
    root.append(this.el);
    // A click reads on, unless it ended a text selection (the trainee is copying a line).
    this.text.addEventListener('click', () => {
      const sel = window.getSelection();
      if (sel !== null && !sel.isCollapsed && this.text.contains(sel.anchorNode)) return;
      this.press();
    });
    this.next.addEventListener('click', () => this.press());
    this.more.addEventListener('click', () => {
      this.el.scrollTo({ top: this.el.scrollHeight, behavior: 'instant' });
      this.updateMore();
      if (this.pick !== null) this.choices.focus({ preventScroll: true });
    });
    this.el.addEventListener('scroll', () => this.updateMore(), { passive: true });
    if (typeof ResizeObserver === 'function') new ResizeObserver(() => this.updateMore()).observe(this.el);
    document.addEventListener('keydown', (e) => this.onKey(e));
    const within = focus.within;
    if (within !== undefined) {
      // A control that is disabled or removed drops focus to the body: that is not leaving.
      document.addEventListener('focusin', (e) => (this.engaged = e.target instanceof Node && within.contains(e.target)));
      document.addEventListener('pointerdown', (e) => (this.engaged = e.target instanceof Node && within.contains(e.target)), true);
    }
    // A control clicked with the mouse or a finger (the sound toggle, the volume) hands the keys
    // back to the dialogue, so Space reads on instead of pressing that control again. Not in the
    // Studio (\`within\`): there the editor keeps the keys unless the trainer clicks the preview.
    if (within === undefined) {
      document.addEventListener('click', (e) => this.reclaimFocus(e), true);
      document.addEventListener('change', (e) => this.reclaimFocus(e), true);
    }
  }

  private reclaimFocus(e: Event): void {
    if (this.el.hidden || !(e.target instanceof HTMLElement) || this.el.contains(e.target)) return;
    const pointer = e instanceof MouseEvent ? e.detail > 0 : e.target instanceof HTMLInputElement && e.target.type === 'range';
    if (!pointer || !/^(BUTTON|INPUT|SUMMARY)$/.test(e.target.tagName) || (e.target instanceof HTMLInputElement && e.target.type !== 'range')) return;
    // At once (this runs while the click is dispatched), so a key pressed right after goes here.
    (this.next.hidden ? this.choices : this.next).focus({ preventScroll: true });
  }

  open(meta: CaseMeta, meters: readonly Meter[], values: Readonly<Record<string, number>>, mood: Mood): void {
    this.meta = meta;
    this.title.textContent = `${caseLabel(meta)} · ${meta.title} · 你的角色：${meta.role}`;
    this.meters.reset(meters, values);
    this.news = [];
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
    const changed = mood !== this.mood;
    this.mood = mood;
    if (this.meta === null) return;
    if (changed && !this.el.hidden) this.news.push(`${this.meta.customer}的情绪：${MOOD_LABELS[mood]}。`);
    const phone = this.meta.channel === 'phone';
    // On a call the trainee only hears the customer: the portrait says so.
    this.portrait.innerHTML = `${portraitSvg(this.meta.look, mood)}${phone ? '<span class="portrait-badge">电话中</span>' : ''}`;
    this.portrait.setAttribute('aria-label', `${this.meta.customer}${phone ? '（来电）' : ''}，情绪：${MOOD_LABELS[mood]}`);
    this.portrait.dataset['mood'] = mood;
    this.portrait.dataset['channel'] = this.meta.channel;
  }

  updateMeters(readings: readonly MeterReading[]): void {
    this.meters.update(readings);
    const said = this.meters.describe(readings);
    if (said !== '') this.news.push(said);
  }

  /** Types the line out; resolves when the player moves on. `instant` shows it whole (after a restore). */
  showLine(line: ShownLine, instant = false): Promise<void> {
    clear(this.choices);
    this.choices.hidden = true;
    this.hint.hidden = true;
    this.hintTop.hidden = true;
    this.next.hidden = false;
    this.more.hidden = true;
    const name = line.mine ? `你（${this.meta?.role ?? '员工'}）` : (line.speaker ?? '');
    this.who.textContent = name;
    this.who.className = `speaker ${line.mine ? 'mine' : line.speaker === null ? 'narration' : 'theirs'}`;
    this.text.className = `line ${line.speaker === null && !line.mine ? 'narration' : ''}`;
    // One short sentence on what the last choice changed, then the line itself.
    this.live.textContent = `${this.news.join('')}${name === '' ? line.text : `${name}：${line.text}`}`;
    this.news = [];
    this.el.dataset['state'] = 'typing';
    return new Promise((resolve, reject) => {
      this.cancel = reject;
      // Chinese text: code points are the right unit for typing out (no emoji sequences in case text).
      const chars = Array.from(line.text);
      // With reduced motion asked for, lines appear whole instead of typing out.
      let shown = instant || instantText() ? chars.length : 0;
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
      this.mostlyShown = () => shown >= chars.length * READ_ON_SHARE;
      if (shown >= chars.length) done();
      if (this.mayTakeFocus() && (!this.el.contains(document.activeElement) || document.activeElement === document.body)) this.next.focus();
    });
  }

  /**
   * Shows or hides the 更多选项 control: shown while the last option is not wholly in the panel's
   * visible part (inside the panel and the window, and above the control itself while it shows).
   */
  private updateMore(): void {
    const options = [...this.choices.querySelectorAll('button.choice')];
    if (this.el.hidden || this.choices.hidden || this.pick === null || options.length === 0) {
      this.more.hidden = true;
      return;
    }
    const bottom = Math.min(this.el.getBoundingClientRect().bottom, window.innerHeight);
    const limit = this.more.hidden ? bottom : this.more.getBoundingClientRect().top;
    this.more.hidden = !options.some((o) => o.getBoundingClientRect().bottom > limit + 0.5);
    this.more.textContent = `下面还有选项（共 ${options.length} 项）▾`;
  }

  /** Shows the options; resolves with the index the player picks (mouse, touch or number key). */
  showChoices(options: readonly ChoiceOption[]): Promise<number> {
    const touch = touchFirst();
    this.next.hidden = true;
    this.hint.hidden = false;
    this.hint.textContent = touch ? `请点选你的回应（共 ${options.length} 项）` : `请选择你的回应（数字键 1–${options.length}）`;
    this.hintTop.hidden = false;
    this.hintTop.textContent = this.hint.textContent;
    this.choices.setAttribute('aria-label', touch ? '你的回应（点选一项）' : '你的回应（按数字键选择）');
    this.el.dataset['state'] = 'choosing';
    clear(this.choices);
    this.choices.hidden = false;
    this.optionCount = options.length;
    if (this.news.length > 0) {
      this.live.textContent = this.news.join('');
      this.news = [];
    }
    return new Promise((resolve, reject) => {
      this.cancel = reject;
      const buttons = options.map((o, i) =>
        h(
          'button',
          { type: 'button', class: 'choice', 'data-index': i, 'aria-keyshortcuts': String(i + 1) },
          h('span', { class: 'choice-key', 'aria-hidden': 'true' }, String(i + 1)),
          h('span', { class: 'choice-text' }, o.text),
          h('span', { class: 'visually-hidden' }, `（数字键 ${i + 1}）`),
        ),
      );
      this.pick = (i: number) => {
        this.pick = null;
        this.hint.hidden = true;
        this.hintTop.hidden = true;
        this.more.hidden = true;
        for (const b of buttons) b.disabled = true;
        buttons[i]?.classList.add('picked');
        resolve(i);
      };
      // A pointer press counts only if it began on this option after the options appeared (a
      // press that began on 继续 and ended here, or a tap before they were there, picks nothing);
      // keyboard activation (detail 0) always counts.
      const pressed = new Set<number>();
      buttons.forEach((b, i) => {
        b.addEventListener('pointerdown', () => pressed.add(i));
        b.addEventListener('click', (e) => {
          if (e.detail > 0 && !pressed.has(i)) return;
          this.pick?.(i);
        });
      });
      this.choices.append(...buttons);
      // Focus the group, not the first option, so no answer looks pre-selected; Tab reaches the options.
      // Without scrolling: focusing a group taller than the panel would scroll the customer's line
      // (and the first options) out of view. The panel shows from its top: the line, then the options.
      if (this.mayTakeFocus()) this.choices.focus({ preventScroll: true });
      this.el.scrollTop = 0;
      this.updateMore();
    });
  }

  /** True when the panel may move focus to its own controls (see DialogueFocus). */
  private mayTakeFocus(): boolean {
    const within = this.focus.within;
    if (within === undefined) return true;
    const active = document.activeElement;
    return this.engaged && (active === null || active === document.body || within.contains(active));
  }

  /** One press: completes the line being typed; reads on if it is (mostly) shown. */
  private press(): void {
    if (this.finishTyping !== null) {
      const most = this.mostlyShown();
      this.finishTyping();
      if (!most) return;
    }
    this.advance?.();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.el.hidden) return;
    const within = this.focus.within;
    if (within !== undefined && !(e.target instanceof Node && within.contains(e.target)) && !(e.target === document.body && this.engaged)) return;
    // A held-down key repeats: only a fresh press picks.
    if (this.pick !== null && /^[1-9]$/.test(e.key) && !e.repeat && !isEditable(e.target)) {
      const i = Number(e.key) - 1;
      if (i < this.optionCount) {
        e.preventDefault();
        this.pick(i);
      }
      return;
    }
    if ((e.key === ' ' || e.key === 'Enter') && !e.repeat && !isTyping(e.target) && (this.finishTyping !== null || this.advance !== null)) {
      e.preventDefault();
      this.press();
    }
  }
}
