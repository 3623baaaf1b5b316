/**
 * Issue 7, fault 11: motion. 减少动画 and 文字立即显示 in settings, kept per trainee; under reduced
 * motion (the system's or the setting) the lobby's camera cuts and nothing bobs or shakes; 暂停大厅
 * stops the lobby and is reached by keyboard; one press reads on once most of a line is shown.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openGame, readUntilChoice, signIn, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

/** Records the line's length at every change (typing out grows it a character at a time). */
async function recordLineLengths(page: Page): Promise<void> {
  await page.evaluate(() => {
    const lengths: number[] = [];
    (window as unknown as { lineLengths: number[] }).lineLengths = lengths;
    new MutationObserver(() => {
      const line = document.querySelector('.dialogue .line');
      if (line !== null) lengths.push(line.textContent.length);
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  });
}

/** Lengths seen that were neither empty nor the whole line: parts of a typed-out line. */
async function partialLines(page: Page): Promise<number[]> {
  await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).toBe('waiting');
  const full = await page.locator('.dialogue .line').evaluate((el) => el.textContent.length);
  expect(full).toBeGreaterThan(5);
  const seen = await page.evaluate(() => (window as unknown as { lineLengths: number[] }).lineLengths);
  return seen.filter((n) => n > 0 && n < full);
}

async function openSettings(page: Page): Promise<void> {
  if ((await page.locator('.settings-menu[open]').count()) === 0) await page.locator('.settings-menu > summary').click();
}

/** Animations the lobby started (pans, zooms, shakes, bobs, blinks), as it counts them on #game. */
const animations = (page: Page): Promise<number> => page.locator('#game').evaluate((el) => Number(el.dataset['animations'] ?? 0));

describe('motion settings', () => {
  it('文字立即显示 shows lines whole, and is kept per trainee across a reload', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '房琪', '东湖支行');
    await openSettings(page);
    const instant = page.getByRole('checkbox', { name: '文字立即显示' });
    expect(await instant.isChecked()).toBe(false);
    await instant.check();
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    await openSettings(page);
    expect(await page.getByRole('checkbox', { name: '文字立即显示' }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '减少动画' }).isChecked()).toBe(false);
    await recordLineLengths(page);
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await partialLines(page)).toEqual([]);
    // Another trainee on this browser has their own settings.
    await page.getByRole('button', { name: '切换学员' }).click();
    await signIn(page, '龚平', '东湖支行');
    await openSettings(page);
    expect(await page.getByRole('checkbox', { name: '文字立即显示' }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
  });

  it('the lobby starts animations with full motion (so the next test can fail)', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '甘露', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    expect(await animations(page)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  for (const how of ['system', 'setting'] as const) {
    it(`under reduced motion (${how === 'system' ? 'prefers-reduced-motion' : '减少动画'}) the camera cuts and nothing bobs, shakes or types out`, async () => {
      const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN', ...(how === 'system' ? { reducedMotion: 'reduce' as const } : {}) });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
      await signIn(page, how === 'system' ? '花蕊' : '柳青', '东湖支行');
      if (how === 'setting') {
        await openSettings(page);
        await page.getByRole('checkbox', { name: '减少动画' }).check();
      }
      expect(await page.locator('#game').getAttribute('data-motion')).toBe('reduced');
      const before = await animations(page);
      await recordLineLengths(page);
      await page.locator('[data-case="angry-customer"] button.primary').click();
      await page.locator('.dialogue:not([hidden])').waitFor();
      expect(await partialLines(page)).toEqual([]);
      // Play on past the customer's anger and the crowd's marks: no animation starts.
      for (let turn = 0; turn < 2; turn++) {
        expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
        await page.keyboard.press('1');
      }
      await page.waitForTimeout(500);
      expect(await animations(page)).toBe(before);
      expect(await page.locator('.meter-fill').first().evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('暂停大厅, reached by keyboard, stops the lobby; pressed again, it moves on', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '卫东', '东湖支行');
    // From the heading, Tab through the top bar to 设置, open it, and on to 暂停大厅.
    await page.locator('.settings-menu > summary').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('.settings-menu').getAttribute('open')).not.toBeNull();
    const pause = page.getByRole('button', { name: '暂停大厅' });
    for (let i = 0; i < 6 && !(await pause.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await pause.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await pause.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#game').getAttribute('data-motion')).toBe('paused');
    await page.keyboard.press('Escape');
    const frame = (): Promise<string> => page.locator('#game canvas').screenshot().then((b) => b.toString('base64'));
    const first = await frame();
    await page.waitForTimeout(1500);
    expect(await frame()).toBe(first);
    // A case still plays in a paused lobby.
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await openSettings(page);
    await page.getByRole('button', { name: '暂停大厅' }).click();
    expect(await page.locator('#game').getAttribute('data-motion')).toBe('full');
    expect(errors).toEqual([]);
  });
});

/**
 * Presses Space (on the page) the moment the line being typed first shows at least `from` and
 * less than `to` of its text; resolves with the line's full text and what it showed then.
 */
async function pressWhenShown(page: Page, from: number, to: number): Promise<{ full: string; shown: number }> {
  return page.evaluate(
    ({ from, to }) =>
      new Promise<{ full: string; shown: number }>((resolve) => {
        const observer = new MutationObserver(() => {
          const line = document.querySelector('.dialogue .line');
          const state = document.querySelector<HTMLElement>('.dialogue')?.dataset['state'];
          const said = document.getElementById('announcer')?.textContent ?? '';
          if (line === null || state !== 'typing') return;
          const text = line.textContent;
          // The announcer says the whole line last (after what changed and the speaker's name),
          // and what is shown is the start of it.
          const at = text.length < 2 ? -1 : said.lastIndexOf(text);
          if (at < 0) return;
          const full = said.slice(at);
          const total = Array.from(full).length;
          const n = Array.from(text).length;
          if (total < 10 || n < total * from || n >= total * to) return;
          observer.disconnect();
          document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
          resolve({ full, shown: n / total });
        });
        observer.observe(document.body, { childList: true, characterData: true, subtree: true });
      }),
    { from, to },
  );
}

describe('one press reads on', () => {
  it('completes a line that has just begun, and reads on from one that is mostly shown', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '童瑶', '东湖支行');
    const early = pressWhenShown(page, 0.1, 0.5);
    await page.locator('[data-case="angry-customer"] button.primary').click();
    const first = await early;
    // Early: the line is completed and waits for another press.
    await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).toBe('waiting');
    expect(await page.locator('.dialogue .line').innerText()).toBe(first.full);
    // Read on to a typed line, then press once when most of it is there: the next line comes.
    for (let i = 0; i < 10; i++) {
      const late = pressWhenShown(page, 0.85, 1);
      if ((await page.locator('.dialogue').getAttribute('data-state')) === 'choosing') await page.keyboard.press('1');
      else await page.keyboard.press('Space');
      const result = await Promise.race([late, page.waitForTimeout(6000).then(() => null)]);
      if (result === null) continue; // the next line was too short to test on, or options came
      await expect.poll(() => page.locator('.dialogue .line').innerText()).not.toBe(result.full);
      expect(result.shown).toBeLessThan(1);
      expect(errors).toEqual([]);
      return;
    }
    throw new Error('no long typed line to test on');
  });
});
