/** How the lobby is set up for this screen and page (pure: no Phaser, so unit tests can run it). */
import { WIDTH } from './layout';

/**
 * Texture pixels per canvas unit: enough for the screen's device pixels at the largest size the
 * lobby can be shown (the window's longer side, so turning a phone changes nothing), at most 2.
 * A 1280-wide window on a 2× screen gets 2 (signs and the queue display stay sharp); a phone whose
 * longer side is under 1280 device pixels needs no more than 1.
 */
export function lobbyResolution(devicePixelRatio: number, windowWidth: number, windowHeight: number): number {
  const needed = (devicePixelRatio * Math.max(windowWidth, windowHeight)) / WIDTH;
  return needed > 1.05 ? 2 : 1;
}

/**
 * `?bench=visitors:N` (only `npm run bench` uses it; nothing in the game links to it): N walking
 * visitors for the frame-time measurement, at most 60. 0 otherwise.
 */
export function benchVisitors(search: string): number {
  const m = /^visitors:(\d{1,2})$/.exec(new URLSearchParams(search).get('bench') ?? '');
  return m === null ? 0 : Math.min(60, Number(m[1]));
}
