/**
 * Issue 8, fault 9: the Studio for keyboard users. Tab leaves the editor (the page says how to
 * indent), the map and the findings are reachable with Tab, the page has a heading, the new-case
 * flow asks for the title and number, the map shows the trainer's lines and colours endings by
 * band, and axe-core finds no serious or critical violation. Fault 10: the quick start is linked.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeSerious } from './a11yPage';
import { screenshot, useBrowser } from './browser';
import { openCase, openStudio, settled } from './studioPage';

const url = inject('baseUrl');
const browserOf = useBrowser();

/** Where focus is: an element id, or the editor. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement;
    if (a === null) return '';
    if (a.closest('.cm-content') !== null) return 'editor';
    return a.id !== '' ? a.id : `${a.tagName.toLowerCase()}.${a.className}`;
  });
}

describe('the Studio for keyboard users', () => {
  it('has a page heading; Tab leaves the editor without typing a tab; the findings and the map are reached by Tab', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('案例工作室');
    await openCase(page, 'angry-customer.ink');
    const before = await page.locator('.cm-content').innerText();
    await page.locator('.cm-line').nth(30).click();
    expect(await focused(page)).toBe('editor');
    await page.keyboard.press('Tab');
    const seen = [await focused(page)];
    expect(seen[0]).not.toBe('editor');
    expect(await page.locator('.cm-content').innerText()).toBe(before);
    expect(await page.locator('#editor-keys').innerText()).toContain('Tab 键会离开编辑器');
    // Tab on through the page reaches the findings list and the map (both scroll).
    for (let i = 0; i < 80 && !seen.includes('map'); i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    expect(seen).toContain('problems');
    expect(seen).toContain('map');
    // The map scrolls from the keyboard.
    await page.locator('#map svg').waitFor();
    const scroll = await page.locator('#map').evaluate((el) => el.scrollHeight > el.clientHeight);
    if (scroll) {
      await page.keyboard.press('PageDown');
      await expect.poll(() => page.locator('#map').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
  });

  it('asks for the title and number of a new case in a dialog, and checks them', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await page.getByRole('button', { name: '新建案例' }).click();
    const dialog = page.getByRole('dialog', { name: '新建案例' });
    await dialog.waitFor();
    expect(await focused(page)).toBe('new-title');
    // The next free BANK number is offered (本行案例 are numbered on their own, from 1; ink/ has
    // only deck cases), as npm run ink:new does, and the label says it is the 本行案例 number.
    const number = page.getByLabel('本行案例序号');
    const offered = Number(await number.inputValue());
    expect(offered).toBe(1);
    await page.getByLabel('案例标题').fill('存折挂失');
    await page.getByLabel('文件名').fill('passbook-lost');
    await screenshot(page, 'studio-new-case');
    await page.getByRole('button', { name: '创建' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.getByLabel('案例文件').inputValue()).toBe('passbook-lost.ink');
    await expect.poll(() => page.locator('.cm-content').innerText()).toContain('# origin: bank');
    // The next new case is offered 本行案例 2, and 1 is now taken.
    await page.getByRole('button', { name: '新建案例' }).click();
    await dialog.waitFor();
    expect(await number.inputValue()).toBe('2');
    await page.getByLabel('案例标题').fill('另一个');
    await number.fill('1');
    await page.getByLabel('文件名').fill('another-case');
    await page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => page.locator('#new-case-error').innerText()).toContain('本行案例 1 已经是 passbook-lost.ink');
    await page.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const text = await page.locator('.cm-content').innerText();
    expect(text).toContain('# case: passbook-lost');
    expect(text).toContain('# title: 存折挂失');
    expect(text).toContain(`# number: ${offered}`);
    expect(await settled(page)).toMatch(/^(没有问题|没有错误)/);
    expect(errors).toEqual([]);
  });

  it('labels the map with the trainer’s lines and colours endings by band', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await openCase(page, 'angry-customer.ink');
    await page.locator('#map svg').waitFor();
    const first = page.locator('#map [data-node="opening.0"]');
    expect(await first.locator('text').first().textContent()).toBe('大厅里的客户纷纷转过头来，');
    expect(await page.locator('#map [data-node="end:heart-won"]').getAttribute('data-band')).toBe('A');
    expect(await page.locator('#map [data-node="end:hall-uproar"]').getAttribute('data-band')).toBe('D');
    await page.locator('#map').scrollIntoViewIfNeeded();
    await screenshot(page, 'studio-map');
    expect(errors).toEqual([]);
  });

  it('has no serious or critical axe-core violation, with a case open and with the new-case dialog open', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await openCase(page, 'angry-customer.ink');
    await page.locator('#map svg').waitFor();
    expect(await axeSerious(page)).toEqual([]);
    await page.getByRole('button', { name: '新建案例' }).click();
    await page.getByRole('dialog', { name: '新建案例' }).waitFor();
    expect(await axeSerious(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('links the quick start, which opens the guide at “写一个新案例” in the built site', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    const link = page.getByRole('link', { name: '写一个新案例（十步入门）' });
    const [guide] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
    await guide.waitForLoadState();
    const heading = guide.getByRole('heading', { name: '写一个新案例（十步入门）' });
    await heading.waitFor();
    expect(await guide.locator('#guide ol').first().locator(':scope > li').count()).toBe(10);
    expect(await guide.getByRole('heading', { level: 1 }).first().innerText()).toBe('培训师编写指南');
    await screenshot(guide, 'studio-guide');
    expect(await axeSerious(guide)).toEqual([]);
    expect(errors).toEqual([]);
  });

  for (const size of [
    { width: 390, height: 844 },
    { width: 700, height: 800 },
    { width: 1000, height: 760 },
  ]) {
    it(`fits a ${size.width}px window in one column: nothing wider than the window, the map scrolls inside its box`, async () => {
      const context = await browserOf().newContext({ viewport: size, locale: 'zh-CN' });
      const { page, errors } = await openStudio(browserOf(), url, context);
      await openCase(page, 'angry-customer.ink');
      await page.locator('#map svg').waitFor();
      const wide = await page.evaluate(() =>
        ['.studio-editor', '.studio-preview', '#editor', '#map', '#problems', '.studio-bar']
          .map((s) => ({ s, w: document.querySelector(s)?.getBoundingClientRect().width ?? -1 }))
          .filter((x) => x.w < 0 || x.w > window.innerWidth),
      );
      expect(wide).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      // The map is wider than a phone: it scrolls inside its own box.
      expect(await page.locator('#map').evaluate((m) => m.scrollWidth > m.clientWidth || m.scrollWidth <= window.innerWidth)).toBe(true);
      await screenshot(page, `studio-${size.width}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
