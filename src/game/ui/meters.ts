/**
 * The meters strip: a labelled bar per meter (or a clock), and beside it the last change in text:
 * an arrow, the amount and 有利/不利 (never by colour alone), kept until the next change.
 */
import type { Meter, MeterReading } from '../../core';
import { clear, h } from './dom';

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Which way is better, said in words (never by colour alone). */
export function betterWords(meter: Meter): string {
  return meter.better === 'higher' ? '越高越好' : meter.better === 'lower' ? '越低越好' : '';
}

/**
 * A change as shown beside its meter: “↑15 有利”, “↓10 不利”, “↑5分钟” (a meter with no better
 * direction gets no verdict). `better` is null when the meter has no better direction.
 */
export function changeText(meter: Meter, delta: number): { text: string; better: boolean | null } {
  const better = meter.better === 'none' ? null : (delta > 0) === (meter.better === 'higher');
  const amount = `${delta > 0 ? '↑' : '↓'}${Math.abs(delta)}${meter.format === 'clock' ? '分钟' : ''}`;
  return { text: better === null ? amount : `${amount} ${better ? '有利' : '不利'}`, better };
}

function valueText(meter: Meter, value: number): string {
  if (meter.format === 'clock') return formatClock(value);
  const dir = betterWords(meter);
  return `${value}（${meter.min}–${meter.max}${dir === '' ? '' : `，${dir}`}）`;
}

export class MetersView {
  private readonly rows = new Map<string, { meter: Meter; bar: HTMLElement; value: HTMLElement; change: HTMLElement; row: HTMLElement }>();

  constructor(private readonly root: HTMLElement) {}

  reset(meters: readonly Meter[], values: Readonly<Record<string, number>>): void {
    clear(this.root);
    this.rows.clear();
    for (const meter of meters) {
      const value = h('span', { class: 'meter-value' });
      // The screen reader hears the change in the announcer's sentence (describe()).
      const change = h('span', { class: 'meter-change', 'aria-hidden': 'true' });
      const bar = h('span', { class: 'meter-fill' });
      const track = meter.format === 'clock' ? null : h('span', { class: 'meter-track', 'aria-hidden': 'true' }, bar);
      // A clock is a time, not a gauge; every other meter is a meter with a range and a direction.
      const row = h(
        'div',
        meter.format === 'clock'
          ? { class: `meter meter-${meter.id} meter-${meter.better}`, role: 'group', 'aria-label': meter.name }
          : { class: `meter meter-${meter.id} meter-${meter.better}`, role: 'meter', 'aria-label': meter.name, 'aria-valuemin': meter.min, 'aria-valuemax': meter.max },
        h('span', { class: 'meter-name', 'aria-hidden': 'true' }, meter.name),
        track,
        value,
        change,
      );
      this.root.append(row);
      this.rows.set(meter.id, { meter, bar, value, change, row });
      this.set(meter.id, values[meter.id] ?? meter.start, 0);
    }
  }

  update(readings: readonly MeterReading[]): void {
    for (const r of readings) this.set(r.id, r.value, r.delta);
  }

  /**
   * One short sentence for a screen reader on what changed, e.g. “客户信任下降 15，现在 45（越高越好）。”
   * Empty when nothing shown here changed.
   */
  describe(readings: readonly MeterReading[]): string {
    const parts = readings.flatMap((r) => {
      const row = this.rows.get(r.id);
      if (row === undefined || r.delta === 0) return [];
      const { meter } = row;
      if (meter.format === 'clock') return [`时间过去 ${r.delta} 分钟，现在 ${formatClock(r.value)}`];
      const dir = betterWords(meter);
      return [`${meter.name}${r.delta > 0 ? '上升' : '下降'} ${Math.abs(r.delta)}，现在 ${r.value}${dir === '' ? '' : `（${dir}）`}`];
    });
    return parts.length === 0 ? '' : `${parts.join('；')}。`;
  }

  private set(id: string, value: number, delta: number): void {
    const row = this.rows.get(id);
    if (row === undefined) return;
    const { meter } = row;
    if (meter.format === 'clock') {
      row.value.textContent = formatClock(value);
      row.row.setAttribute('aria-label', `${meter.name} ${formatClock(value)}`);
    } else {
      row.row.setAttribute('aria-valuenow', String(value));
      row.row.setAttribute('aria-valuetext', valueText(meter, value));
      const pct = ((value - meter.min) / Math.max(1, meter.max - meter.min)) * 100;
      row.bar.style.width = `${pct}%`;
      row.value.textContent = String(value);
      const good = meter.better === 'lower' ? pct < 34 : pct > 66;
      const bad = meter.better === 'lower' ? pct > 66 : pct < 34;
      row.row.dataset['level'] = good ? 'good' : bad ? 'bad' : 'mid';
    }
    row.row.dataset['value'] = String(value);
    if (delta !== 0) {
      const { text, better } = changeText(meter, delta);
      row.change.textContent = text;
      row.change.className = `meter-change fresh ${better === null ? '' : better ? 'up' : 'down'}`;
      // Restart the short “just changed” highlight (none under reduced motion, see styles.css).
      row.change.addEventListener('animationend', () => row.change.classList.remove('fresh'), { once: true });
    }
  }
}
