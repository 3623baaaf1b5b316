/**
 * The game as `npm start` serves it: the leaderboard server (built to plain Node) serving dist/
 * under its strict content-security policy (script-src 'self'; style-src 'self'). The debrief's
 * bars and branch map must draw correctly under it, with no policy violation in the console.
 */
import { describe, expect, it } from 'vitest';
import angry from '../golden/angry-customer.golden';
import { choose, readUntilChoice, signIn, useBrowser } from './browser';
import { useServer } from './serverProcess';

const browserOf = useBrowser();

const server = useServer();

describe('the game under the server’s content-security policy', () => {
  it('draws the debrief’s bars at their width and styles the branch map, with no violation', async () => {
    const page = await browserOf().newPage({ viewport: { width: 1280, height: 760 } });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
    });
    const res = await page.goto(server.base);
    expect(res?.headers()['content-security-policy']).toContain("style-src 'self'");
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await signIn(page, '魏然', '东湖支行');
    const poor = angry.walkthroughs.find((w) => w.grade === 'D');
    if (poor === undefined) throw new Error('no poor walkthrough');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    for (const prefix of poor.choices) {
      expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
      await choose(page, prefix, 'keyboard');
    }
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    // Each bar is as wide as its percent of the track.
    const bars = await page.locator('.chart .bar-row').evaluateAll((rows) =>
      rows.map((r) => {
        const track = r.querySelector('.bar-track')?.getBoundingClientRect().width ?? 0;
        const fill = r.querySelector('.bar-fill')?.getBoundingClientRect().width ?? 0;
        return { pct: Number((r.querySelector('.bar-value')?.textContent ?? '').replace('%', '')), ratio: track === 0 ? -1 : (fill / track) * 100 };
      }),
    );
    expect(bars.length).toBeGreaterThan(0);
    for (const b of bars) expect(Math.abs(b.ratio - b.pct)).toBeLessThan(2);
    expect(bars.some((b) => b.pct < 100)).toBe(true);
    // The map's nodes are styled by its own sheet (a light box with a coloured border), not
    // drawn with SVG's default black fill and no stroke.
    await page.locator('.route-map svg .node.ending rect').first().waitFor();
    const style = await page.locator('.route-map svg .node.ending rect').first().evaluate((el) => [getComputedStyle(el).fill, getComputedStyle(el).stroke]);
    expect(style[0]).not.toBe('rgb(0, 0, 0)');
    expect(style[1]).not.toBe('none');
    expect(violations).toEqual([]);
    await page.close();
  });
});
