/** The bench's report: rows and notes gathered by each measurement, printed as one table. */

export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly baseline?: string;
  readonly ratio?: string;
  readonly target?: string;
  readonly result?: 'PASS' | 'FAIL' | 'ERROR' | '';
}

export const rows: Row[] = [];
export const notes: string[] = [];

/** Display width: CJK and other wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

export function printTable(): void {
  const header: Row = { measure: 'measure', value: 'game / value', baseline: 'bare page', ratio: 'ratio', target: 'target', result: '' };
  const cols = (r: Row): string[] => [r.measure, r.value, r.baseline ?? '', r.ratio ?? '', r.target ?? '', r.result ?? ''];
  const all = [header, ...rows].map(cols);
  const first = cols(header);
  const widths = first.map((_, i) => Math.max(...all.map((c) => width(c[i] ?? ''))));
  const line = (c: string[]): string => c.map((s, i) => pad(s, widths[i] ?? 0)).join(' | ').trimEnd();
  console.log('');
  console.log(line(first));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of all.slice(1)) console.log(line(c));
  if (notes.length > 0) {
    console.log('');
    for (const n of notes) console.log(`note: ${n}`);
  }
}

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (t: number): string => `${t.toFixed(0)} ms`;
export const times = (r: number): string => `${r.toFixed(2)}×`;
export const verdict = (ratio: number, target: number): 'PASS' | 'FAIL' => (ratio <= target ? 'PASS' : 'FAIL');

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const at = (i: number): number => s[i] ?? Number.NaN;
  return s.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** One line of an error message: inkjs and Rollup errors can carry huge minified stacks. */
export function brief(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const first = msg.split('\n').find((l) => l.trim().length > 0) ?? msg;
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

export function log(msg: string): void {
  console.log(`[bench] ${msg}`);
}
