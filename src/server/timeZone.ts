/**
 * Times for organisers to read: CSV exports and the admin CLI show wall-clock time in the
 * organisation's zone (TIME_ZONE, default Asia/Shanghai — 北京时间), as `YYYY-MM-DD HH:mm:ss`, which
 * Excel reads as a date; the database and the API keep ISO instants in UTC. The CLI also reads
 * times typed without a zone (`2026-12-01 08:00`) as wall-clock time in that zone.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The zone's name as a column heading says it: 北京时间 for Asia/Shanghai, else the IANA name. */
export function zoneLabel(timeZone: string): string {
  return timeZone === DEFAULT_TIME_ZONE ? '北京时间' : timeZone;
}

/** Throws when `timeZone` is not an IANA zone this Node knows (config.ts turns that into a start error). */
export function checkTimeZone(timeZone: string): string {
  new Intl.DateTimeFormat('en', { timeZone }).format(0);
  return timeZone;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock fields of instant `ms` in `timeZone`. */
function fields(ms: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  let f = formats.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formats.set(timeZone, f);
  }
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const p of f.formatToParts(ms)) if (p.type in out) out[p.type as keyof typeof out] = Number(p.value);
  return out;
}

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * `iso` (an instant, e.g. `2026-11-30T03:16:16.792Z`) as wall-clock time in `timeZone`:
 * `2026-11-30 11:16:16`. An empty or unreadable value comes back unchanged.
 */
export function localTime(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const t = fields(ms, timeZone);
  return `${t.year}-${two(t.month)}-${two(t.day)} ${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
}

/**
 * A time an organiser typed, as an ISO instant: with a zone (`Z`, `+08:00`) as given; without one
 * (`2026-12-01 08:00`, `2026-12-01T08:00:00`) as wall-clock time in `timeZone`. Null when it is
 * not a date and time.
 */
export function parseOrganiserTime(text: string, timeZone: string): string | null {
  const s = text.trim();
  if (/(Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m === null) return null;
  const [y, mo, d, h, mi, se] = (m.slice(1) as (string | undefined)[]).map((x) => (x === undefined ? 0 : Number(x)));
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, se ?? 0);
  const back = new Date(wall);
  if (back.getUTCMonth() !== (mo ?? 1) - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi) return null;
  // The zone's offset at that moment, found by reading the guess back (twice, across a DST change).
  let ms = wall;
  for (let i = 0; i < 2; i++) {
    const t = fields(ms, timeZone);
    ms = wall - (Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - ms);
  }
  return new Date(ms).toISOString();
}
