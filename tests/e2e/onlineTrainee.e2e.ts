/**
 * The online side as a trainee meets it (fix-online): the top bar's 排行榜 and 待上传 after a
 * reload in the middle of a case, the branch line for a trainee not signed in to the leaderboard,
 * no English on screen (an ill-formed competition address, a case that cannot load with the
 * server gone), and a PIN typed with full-width digits. Against the server as `npm start` runs it.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import angry from '../golden/angry-customer.golden';
import closing from '../golden/closing-time.golden';
import { answer, readUntilChoice, screenshot, signIn, useBrowser } from './browser';
import { openAt, openLeaderboard, ready, serverRecord, settled, signInToLeaderboard, walk } from './onlinePage';
import { useServer } from './serverProcess';

const browserOf = useBrowser();
const server = useServer({ RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_PLAY: '1000' });
const open = (context: BrowserContext, url = server.base): Promise<Page> => openAt(context, url);

/** English words a trainee must not read (three Latin letters or more; PIN and the like are acronyms in capitals). */
const ENGLISH = /[A-Za-z]*[a-z][A-Za-z]*/g;

/** Plays `caseId` from the board to its debrief. */
async function play(page: Page, caseId: string, choices: readonly string[]): Promise<void> {
  await page.locator(`[data-case="${caseId}"] button.primary`).click();
  await answer(page, choices);
  expect(await readUntilChoice(page, 'keyboard')).toBe('end');
}

describe('the online side as a trainee meets it', () => {
  it('a reload in the middle of a case keeps 排行榜 and 待上传 in the top bar, and the outbox delivers while the case is played', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '钱锋', '东湖支行');
    await signInToLeaderboard(page, '2468');
    await page.getByRole('button', { name: '返回案例板' }).click();
    // Submissions do not get through: the finish waits in the outbox.
    await context.route('**/api/submissions**', (route) => route.abort('internetdisconnected'));
    await play(page, 'angry-customer', walk(angry, 'D'));
    await expect.poll(() => page.locator('.outbox-count').textContent(), { timeout: 20_000 }).toBe('待上传 1');
    await page.getByRole('button', { name: /案例板/ }).first().click();
    // Another case, two answers in, then a reload: the case resumes.
    await page.locator('[data-case="closing-time"] button.primary').click();
    const choices = walk(closing, 'D');
    await answer(page, choices.slice(0, 2));
    await page.reload();
    await ready(page);
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    // Still in the case: the top bar is as it was before the reload.
    await page.getByRole('button', { name: '排行榜' }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.outbox-count').textContent(), { timeout: 20_000 }).toBe('待上传 1');
    await screenshot(page, 'online-reload-mid-case-topbar');
    // The server takes submissions again: the waiting finish goes while the case is still played.
    await context.unroute('**/api/submissions**');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.locator('.outbox-count').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.getByRole('heading', { name: /^复盘/ }).count()).toBe(0);
    expect(await page.locator('.dialogue').getAttribute('data-state')).toBe('choosing');
    expect(await serverRecord(page)).toEqual({ 'angry-customer': 1 });
    await context.close();
  });

  it('a trainee not signed in to the leaderboard is told to sign in to see the branch, not that it has no scores', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '孙悦', '东湖支行');
    await signInToLeaderboard(page, '1357');
    await page.getByRole('button', { name: '返回案例板' }).click();
    await play(page, 'angry-customer', walk(angry, 'A'));
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('成绩已上传');
    await page.getByRole('button', { name: /案例板/ }).first().click();
    await openLeaderboard(page);
    await settled(page);
    // Signed in: the branch has a verified first attempt, so it is never “no scores yet”.
    const branchSection = page.locator('section[aria-labelledby="lb-branches-title"]');
    expect(await branchSection.textContent()).not.toContain('还没有上传的成绩');
    await page.getByRole('button', { name: '退出排行榜登录' }).click();
    await settled(page);
    const text = (await branchSection.textContent()) ?? '';
    expect(text).toContain('登录排行榜后可以看到本网点（东湖支行）的名次');
    expect(text).not.toContain('还没有上传的成绩');
    await branchSection.scrollIntoViewIfNeeded();
    await screenshot(page, 'online-branch-line-signed-out');
    await context.close();
  });

  it('an ill-formed competition address says so in Chinese, with no English from the server', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '周敏', '东湖支行');
    await page.goto(`${server.base}#/competition/xyz`);
    await page.reload();
    await ready(page);
    await page.getByRole('heading', { name: '网点排名' }).waitFor();
    await settled(page);
    for (const title of ['c-branches-title', 'c-players-title']) {
      const text = (await page.locator(`section[aria-labelledby="${title}"]`).textContent()) ?? '';
      expect(text, title).toContain('没有这个竞赛');
      expect(text.match(ENGLISH) ?? [], title).toEqual([]);
    }
    expect(((await page.locator('.panel.competition').textContent()) ?? '').match(ENGLISH) ?? []).toEqual([]);
    await screenshot(page, 'online-competition-ill-formed');
    await context.close();
  });

  it('with the server gone, 开始练习 on a case not opened before says in Chinese that the server cannot be reached', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '吴昊', '东湖支行');
    // The server is killed: nothing more arrives from it (the page's own files already loaded).
    await context.route('**/*', (route) => route.abort('connectionrefused'));
    await page.locator('[data-case="cash-escort"] button.primary').click();
    const notice = page.locator('#notices');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('案例加载失败');
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('连不上服务器');
    expect(text.match(ENGLISH) ?? []).toEqual([]);
    await screenshot(page, 'online-case-load-offline');
    await context.close();
  });

  it('a PIN typed with full-width digits (１２３４) is the same PIN as 1234', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '郑洁', '东湖支行');
    await signInToLeaderboard(page, '１２３４');
    await page.getByRole('button', { name: '退出排行榜登录' }).click();
    await page.getByLabel('PIN（4–8 位数字）').fill('1234');
    await page.getByRole('button', { name: '登录排行榜' }).click();
    await page.getByText(/^已登录：/).waitFor();
    await page.getByRole('button', { name: '退出排行榜登录' }).click();
    await page.getByLabel('PIN（4–8 位数字）').fill('１２３５');
    await page.getByRole('button', { name: '登录排行榜' }).click();
    await expect.poll(() => page.locator('#lb-pin-error').textContent(), { timeout: 20_000 }).toContain('PIN 不对');
    await context.close();
  });
});
