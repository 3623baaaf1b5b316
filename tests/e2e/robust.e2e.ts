/**
 * Nothing lost and nothing mixed up on a shared branch PC: two tabs on one case, browser storage
 * full or refused, a damaged branch list, a game that cannot start. Real Chromium, built game.
 */
import { describe, expect, inject, it } from 'vitest';
import { openGame, readUntilChoice, signIn, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();
const ready = { timeout: 30_000 };

describe('two tabs on one case', () => {
  it('stops the tab that was playing, says so, and says when a save from another tab is continued', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 760 }, locale: 'zh-CN' });
    const a = await context.newPage();
    await a.goto(url);
    await a.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, ready);
    await signIn(a, '韩梅', '东湖支行');
    await a.locator('[data-case="angry-customer"] button.primary').click();
    await a.locator('.dialogue:not([hidden])').waitFor();
    expect(await readUntilChoice(a, 'keyboard')).toBe('choices');
    await a.keyboard.press('1');

    const b = await context.newPage();
    await b.goto(url);
    await b.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, ready);
    await b.locator('[data-case="angry-customer"]').getByRole('button', { name: '继续上次进度' }).click();
    await b.locator('.dialogue:not([hidden])').waitFor();
    // B continues A's save, and says it comes from another tab.
    await expect.poll(() => b.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('另一个标签页')]));
    // A has stopped (back on the board) and says why.
    await expect.poll(() => a.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('在另一个标签页（或窗口）里打开了')]));
    expect(await a.locator('.dialogue').isHidden()).toBe(true);
    expect(await a.getByRole('heading', { name: '案例板' }).isVisible()).toBe(true);
    // Taking it back in A stops B in turn.
    await a.locator('[data-case="angry-customer"]').getByRole('button', { name: '继续上次进度' }).click();
    await a.locator('.dialogue:not([hidden])').waitFor();
    await expect.poll(() => b.locator('.dialogue').isHidden()).toBe(true);
    await context.close();
  });
});

describe('storage trouble', () => {
  it('reads what is stored when storage is full, and says new progress cannot be kept', async () => {
    const { page } = await openGame(browserOf(), url);
    await signIn(page, '杨帆', '东湖支行');
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem(): void {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, ready);
    // The returning trainee is still signed in (not a blank welcome form), and is told.
    expect(await page.getByText('杨帆 · 东湖支行').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('存储空间已满')]));
  });

  it('says so when the browser refuses storage altogether, and still plays', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 760 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, ready);
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('不允许这个页面保存数据')]));
    await signIn(page, '朱丽', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await context.close();
  });

  it('skips a malformed branch entry with a notice, and keeps a returning trainee’s branch', async () => {
    const { page } = await openGame(browserOf(), url);
    await signIn(page, '秦岚', '火车站支行');
    const good = (await (await page.request.get(new URL('config/branches.json', url).href)).json()) as { branches: unknown[] };
    await page.route(/config\/branches\.json/, (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify({ branches: [...good.branches, { id: 'Bad Id!', name: '' }] }) }));
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, ready);
    expect(await page.getByText('秦岚 · 火车站支行').isVisible()).toBe(true);
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('1 项格式不对')]));
    // The list cannot be read at all: the trainee keeps playing under their own branch.
    await page.route(/config\/branches\.json/, (route) => route.fulfill({ status: 500, body: 'down' }));
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, ready);
    expect(await page.getByRole('heading', { name: '案例板' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => (JSON.parse(localStorage.getItem('bank-lobby.profile') ?? '{}') as { branchId?: string }).branchId)).toBe('railway');
  });

  it('shows a readable message with what to do when the game cannot start', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 760 } });
    // Break the page under the game: the element its screens go into never exists.
    await context.addInitScript(() => {
      new MutationObserver(() => document.getElementById('screen')?.remove()).observe(document, { childList: true, subtree: true });
    });
    const page = await context.newPage();
    page.on('pageerror', () => undefined);
    await page.goto(url);
    const box = page.getByRole('alert').filter({ hasText: '启动失败' });
    await box.waitFor({ timeout: 20_000 });
    expect(await box.innerText()).toContain('刷新页面');
    const colours = await box.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
    expect(colours).toEqual(['rgb(43, 36, 32)', 'rgb(255, 250, 242)']);
    await context.close();
  });
});
