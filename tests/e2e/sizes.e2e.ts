/**
 * Every screen at every size: phones (360×640, 390×844), a phone on its side (844×390) and a
 * desktop (1280×720), and 200 % zoom. Each screen scrolls to all of its content and the top bar
 * never covers anything; screenshots of each screen at each size are left in test-results/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { readUntilChoice, screenshot, signIn, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

const SIZES = [
  { name: 'phone-360x640', width: 360, height: 640, touch: true },
  { name: 'phone-390x844', width: 390, height: 844, touch: true },
  { name: 'landscape-844x390', width: 844, height: 390, touch: true },
  { name: 'desktop-1280x720', width: 1280, height: 720, touch: false },
] as const;

/** Scrolls `el` into view and checks that what is drawn at its centre is the element itself (nothing covers it). */
async function reachable(page: Page, el: Locator): Promise<boolean> {
  await el.scrollIntoViewIfNeeded();
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === node || node.contains(hit));
  });
}

async function topbarBottom(page: Page): Promise<number> {
  return page.locator('#topbar').evaluate((el) => el.getBoundingClientRect().bottom);
}

describe('every screen at every size', () => {
  for (const size of SIZES) {
    it(`${size.name}: the board's first and last cases and the dialogue are reachable, nothing under the top bar`, async () => {
      const context = await browserOf().newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
      await screenshot(page, `size-${size.name}-welcome`);
      await signIn(page, '黄蕾', '东湖支行');
      const cards = page.locator('.case-card button.primary');
      expect(await reachable(page, cards.first())).toBe(true);
      expect(await reachable(page, cards.last())).toBe(true);
      await cards.first().scrollIntoViewIfNeeded();
      expect((await cards.first().boundingBox())?.y ?? 0).toBeGreaterThanOrEqual(await topbarBottom(page));
      await page.locator('#screen').evaluate((el) => el.scrollTo(0, 0));
      await screenshot(page, `size-${size.name}-board`);
      await page.locator('[data-case="angry-customer"] button.primary').click();
      expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
      // The dialogue stays below the top bar, and every option can be reached.
      const dialogueTop = await page.locator('.dialogue').evaluate((el) => el.getBoundingClientRect().top);
      expect(dialogueTop).toBeGreaterThanOrEqual(await topbarBottom(page));
      const options = page.locator('.choices button.choice');
      for (let i = 0; i < (await options.count()); i++) expect(await reachable(page, options.nth(i)), `option ${i + 1}`).toBe(true);
      expect(await reachable(page, page.locator('.meters'))).toBe(true);
      await screenshot(page, `size-${size.name}-dialogue`);
      await context.close();
    });
  }

  it('200 % zoom: the board and the dialogue scroll to everything', async () => {
    const context = await browserOf().newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await signIn(page, '黄蕾', '东湖支行');
    expect(await reachable(page, page.locator('.case-card button.primary').first())).toBe(true);
    await page.locator('[data-case="angry-customer"] button.primary').click();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    expect(await reachable(page, page.locator('.choices button.choice').last())).toBe(true);
    expect(await page.locator('.dialogue').evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await topbarBottom(page));
    await screenshot(page, 'size-zoom200-dialogue');
    await context.close();
  });
});
