/** Organisers read and type times in their own zone (src/server/timeZone.ts). */
import { expect, it } from 'vitest';
import { localTime, parseOrganiserTime, zoneLabel } from '../../src/server/timeZone';

it('shows an instant as wall-clock time in the zone, in a form Excel reads as a date', () => {
  expect(localTime('2026-11-30T03:16:16.792Z', 'Asia/Shanghai')).toBe('2026-11-30 11:16:16');
  expect(localTime('2026-12-31T16:00:00Z', 'Asia/Shanghai')).toBe('2027-01-01 00:00:00');
  expect(localTime('2026-07-01T12:00:00Z', 'Europe/London')).toBe('2026-07-01 13:00:00');
  expect(localTime('2026-01-01T12:00:00Z', 'Europe/London')).toBe('2026-01-01 12:00:00');
  expect(localTime('', 'Asia/Shanghai')).toBe('');
  expect(zoneLabel('Asia/Shanghai')).toBe('北京时间');
  expect(zoneLabel('Asia/Hong_Kong')).toBe('Asia/Hong_Kong');
});

it('reads a typed time without a zone as the zone’s wall-clock time, and one with a zone as given', () => {
  expect(parseOrganiserTime('2026-12-01 08:00', 'Asia/Shanghai')).toBe('2026-12-01T00:00:00.000Z');
  expect(parseOrganiserTime('2026-12-01T08:00:30', 'Asia/Shanghai')).toBe('2026-12-01T00:00:30.000Z');
  expect(parseOrganiserTime('2026-12-01', 'Asia/Shanghai')).toBe('2026-11-30T16:00:00.000Z');
  expect(parseOrganiserTime('2026-12-01T00:00:00Z', 'Asia/Shanghai')).toBe('2026-12-01T00:00:00.000Z');
  expect(parseOrganiserTime('2026-12-01T08:00:00+08:00', 'Europe/London')).toBe('2026-12-01T00:00:00.000Z');
  // Summer time in London: 09:00 BST is 08:00 UTC.
  expect(parseOrganiserTime('2026-07-01 09:00', 'Europe/London')).toBe('2026-07-01T08:00:00.000Z');
  for (const bad of ['明天', '2026-13-01', '2026-02-30 08:00', '08:00', '2026/12/01']) expect(parseOrganiserTime(bad, 'Asia/Shanghai'), bad).toBeNull();
});
