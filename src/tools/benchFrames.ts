/**
 * The lobby's frame time (issue 7): frame intervals measured in the page with
 * requestAnimationFrame over a fixed count of frames, with 30 walking visitors
 * (`?bench=visitors:30`, src/game/lobby/startLobby.ts) at a phone size and a desktop size, in
 * headless Chromium. Median and p95 of the intervals; target p95 ≤ 16.7 ms (60 Hz).
 * It counts frames, never a time span: each run is the same amount of work on any machine.
 */
import type { Browser } from 'playwright-core';
import { brief, log, median, notes, rows } from './benchReport';

export const FRAME_COUNT = 300;
/** Frames let pass first (the visitors start walking, textures are warm). */
const WARM_UP = 60;
export const VISITORS = 30;
const P95_TARGET_MS = 16.7;
export const FRAME_SIZES = [
  { name: '390×844', width: 390, height: 844 },
  { name: '1280×720', width: 1280, height: 720 },
] as const;

/** The q-quantile (0–1) of a sample, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? Number.NaN;
}

/** `FRAME_COUNT` frame intervals (ms) of the lobby at `url` in a fresh context of `size`. */
async function frameIntervals(browser: Browser, url: string, size: { width: number; height: number }): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}bench=visitors:${VISITORS}`, { timeout: 30_000 });
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', undefined, { timeout: 30_000 });
    return await page.evaluate(
      ({ count, warm }) =>
        new Promise<number[]>((resolve) => {
          const out: number[] = [];
          let seen = 0;
          let last = -1;
          const step = (now: number): void => {
            if (seen++ >= warm) {
              if (last >= 0) out.push(now - last);
              last = now;
            }
            if (out.length >= count) resolve(out);
            else requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
      { count: FRAME_COUNT, warm: WARM_UP },
    );
  } finally {
    await context.close();
  }
}

/** Measures each size and adds a row per size (median, p95) to the bench's table. */
export async function measureFrames(browser: Browser, url: string): Promise<void> {
  for (const size of FRAME_SIZES) {
    log(`lobby frame time at ${size.name}, ${VISITORS} visitors, ${FRAME_COUNT} frames…`);
    try {
      const t = await frameIntervals(browser, url, size);
      const p95 = quantile(t, 0.95);
      rows.push({
        measure: `lobby frame interval at ${size.name}, ${VISITORS} visitors (median / p95 of ${FRAME_COUNT})`,
        value: `${median(t).toFixed(1)} / ${p95.toFixed(1)} ms`,
        target: `p95 ≤ ${P95_TARGET_MS} ms`,
        result: p95 <= P95_TARGET_MS ? 'PASS' : 'FAIL',
      });
      notes.push(`frames at ${size.name}: max ${Math.max(...t).toFixed(1)} ms, ${t.filter((x) => x > P95_TARGET_MS * 1.5).length} of ${t.length} over 25 ms`);
    } catch (e) {
      rows.push({ measure: `lobby frame interval at ${size.name}`, value: 'failed', target: `p95 ≤ ${P95_TARGET_MS} ms`, result: 'ERROR' });
      notes.push(`frame time at ${size.name}: ${brief(e)}`);
    }
  }
}
