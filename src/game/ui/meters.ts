/** The meters strip: a labelled bar per meter (or a clock), with a floating delta on change. */
import type { Meter, MeterReading } from '../../core';
import { clear, h } from './dom';

export function formatClock(minutes: number): string {
  return `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export class MetersView {
  private readonly rows = new Map<string, { meter: Meter; bar: HTMLElement; value: HTMLElement; row: HTMLElement }>();

  constructor(private readonly root: HTMLElement) {}

  reset(meters: readonly Meter[], values: Readonly<Record<string, number>>): void {
    clear(this.root);
    this.rows.clear();
    for (const meter of meters) {
      const value = h('span', { class: 'meter-value' });
      const bar = h('span', { class: 'meter-fill' });
      const track = meter.format === 'clock' ? null : h('span', { class: 'meter-track', 'aria-hidden': 'true' }, bar);
      const row = h(
        'div',
        { class: `meter meter-${meter.id} meter-${meter.better}`, role: 'group', 'aria-label': meter.name },
        h('span', { class: 'meter-name' }, meter.name),
        track,
        value,
      );
      this.root.append(row);
      this.rows.set(meter.id, { meter, bar, value, row });
      this.set(meter.id, values[meter.id] ?? meter.start, 0);
    }
  }

  update(readings: readonly MeterReading[]): void {
    for (const r of readings) this.set(r.id, r.value, r.delta);
  }

  private set(id: string, value: number, delta: number): void {
    const row = this.rows.get(id);
    if (row === undefined) return;
    const { meter } = row;
    if (meter.format === 'clock') {
      row.value.textContent = formatClock(value);
    } else {
      const pct = ((value - meter.min) / Math.max(1, meter.max - meter.min)) * 100;
      row.bar.style.width = `${pct}%`;
      row.value.textContent = String(value);
      const good = meter.better === 'lower' ? pct < 34 : pct > 66;
      const bad = meter.better === 'lower' ? pct > 66 : pct < 34;
      row.row.dataset['level'] = good ? 'good' : bad ? 'bad' : 'mid';
    }
    row.row.dataset['value'] = String(value);
    if (delta !== 0) {
      const better = meter.better === 'none' ? null : (delta > 0) === (meter.better === 'higher');
      const text = meter.format === 'clock' ? `+${delta}分钟` : `${delta > 0 ? '+' : ''}${delta}`;
      const float = h('span', { class: `meter-delta ${better === null ? '' : better ? 'up' : 'down'}`, 'aria-hidden': 'true' }, text);
      row.row.append(float);
      window.setTimeout(() => float.remove(), 1600);
    }
  }
}
