/** Where things are in the lobby, in canvas units (1280 × 720). Pure data. */
import type { Place } from '../../core';

export const WIDTH = 1280;
export const HEIGHT = 720;
/** The back wall ends here; the floor begins. */
export const FLOOR_Y = 300;

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Where a person stands at each place. */
export const SPOTS: Readonly<Record<Place, Point>> = {
  entrance: { x: 80, y: 560 },
  'ticket-machine': { x: 210, y: 430 },
  'form-desk': { x: 560, y: 520 },
  seats: { x: 560, y: 650 },
  'counter-1': { x: 400, y: 385 },
  'counter-2': { x: 620, y: 385 },
  'counter-3': { x: 840, y: 385 },
  'manager-desk': { x: 1000, y: 520 },
  atm: { x: 1150, y: 400 },
  'meeting-room': { x: 1190, y: 610 },
};

/** Seats in the waiting area, for idle customers. */
export const SEAT_SPOTS: readonly Point[] = Array.from({ length: 10 }, (_, i) => ({
  x: 380 + (i % 5) * 80,
  y: 630 + Math.floor(i / 5) * 50,
}));

export const COUNTERS = [
  { place: 'counter-1', label: '1号窗口', x: 400 },
  { place: 'counter-2', label: '2号窗口', x: 620 },
  { place: 'counter-3', label: '3号窗口', x: 840 },
] as const;

/**
 * Where the camera looks to frame a place in the upper part of the screen, above the dialogue
 * panel. Below the hall the camera shows the floor colour, so it may look past the bottom edge.
 */
export function focusFor(place: Place): Point {
  const p = SPOTS[place];
  return { x: Math.min(WIDTH - 330, Math.max(330, p.x)), y: p.y + 90 };
}
