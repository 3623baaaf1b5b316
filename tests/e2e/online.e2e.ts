/**
 * Playing against the leaderboard server (issue 10), end to end in Chromium with the server as
 * `npm start` runs it: sign in to the leaderboard with a PIN, play a case online (the server's
 * seed, its attempt id) and see the verified score on the boards; then with the server out of
 * reach, finish two cases, reload, and see both wait in the outbox and reach the server exactly
 * once when it is back.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import angry from '../golden/angry-customer.golden';
import closing from '../golden/closing-time.golden';
import { axeViolations } from './a11yPage';
import { choose, readUntilChoice, screenshot, signIn, useBrowser } from './browser';
import { serverRecord, signInToLeaderboard, walk } from './onlinePage';
import { useServer } from './serverProcess';

const browserOf = useBrowser();

const server = useServer();

async function play(page: Page, caseId: string, choices: readonly string[]): Promise<number> {
  await page.locator(`[data-case="${caseId}"] button.primary`).click();
  for (const prefix of choices) {
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await choose(page, prefix, 'keyboard');
  }
  expect(await readUntilChoice(page, 'keyboard')).toBe('end');
  return Number(await page.locator('.score-value').getAttribute('data-score'));
}

describe('online play against the leaderboard server', () => {
  it('plays a case online: the server’s verified score is the debrief’s, and the trainee sees it on the boards', async () => {
    // axe-core is injected as a script: the server's strict CSP would refuse it.
    const page = await browserOf().newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.goto(server.base);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await signIn(page, '周敏', '东湖支行');
    await page.getByRole('button', { name: '排行榜' }).click();
    await page.getByLabel('PIN（4–8 位数字）').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '返回案例板' }).click();
    await signInToLeaderboard(page, '2468');
    await screenshot(page, 'online-leaderboard-signed-in');
    await page.getByRole('button', { name: '返回案例板' }).click();
    const score = await play(page, 'angry-customer', walk(angry, 'A'));
    const line = page.locator('.upload-line');
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toContain('成绩已上传');
    expect(await line.textContent()).toContain(`重新计算为 ${score} 分`);
    expect(await line.textContent()).toContain('第一次练习');
    await screenshot(page, 'online-debrief-verified');
    // On the case board with that score, marked as the trainee; in their own record once.
    await page.getByRole('button', { name: '排行榜' }).click();
    const option = await page.locator('#lb-case option', { hasText: '客户在营业厅争吵怎么办' }).getAttribute('value');
    await page.getByLabel('选择案例').selectOption(option ?? '');
    const mine = page.locator('.lb-table tr.me').first();
    await mine.waitFor();
    expect(await mine.textContent()).toContain('周敏（我）');
    expect(await mine.textContent()).toContain(String(score));
    expect(await serverRecord(page)).toEqual({ 'angry-customer': 1 });
    // The same case ranked on one of its principles (the model path earns it in full).
    const firstPrinciple = await page.locator('#lb-metric option').nth(1).getAttribute('value');
    await page.getByLabel('排行依据').selectOption(firstPrinciple ?? '');
    await expect.poll(() => page.locator('.lb-table tr.me').first().textContent(), { timeout: 20_000 }).toContain('100');
    await screenshot(page, 'online-leaderboard-case');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('with the server out of reach, two finished cases wait in the outbox (across a reload) and arrive exactly once', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(server.base);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await signIn(page, '林晓', '东湖支行');
    await signInToLeaderboard(page, '1357');
    await page.getByRole('button', { name: '返回案例板' }).click();
    // The server goes away (the game's own files still load).
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await play(page, 'angry-customer', walk(angry, 'D'));
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('暂时连不上排行榜服务器');
    await page.getByRole('button', { name: /案例板/ }).first().click();
    await play(page, 'closing-time', walk(closing, 'D'));
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('待上传 2 次');
    await expect.poll(() => page.locator('.outbox-count').textContent()).toBe('待上传 2');
    await screenshot(page, 'online-outbox-waiting');
    // A reload keeps them (IndexedDB), still waiting.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await expect.poll(() => page.locator('.outbox-count').textContent(), { timeout: 20_000 }).toBe('待上传 2');
    // The server is back: the browser says it is online again, and both are delivered, once.
    await context.unroute('**/api/**');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.locator('.outbox-count').count(), { timeout: 20_000 }).toBe(0);
    expect(await serverRecord(page)).toEqual({ 'angry-customer': 1, 'closing-time': 1 });
    // Nothing is sent again after another reload.
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await page.getByRole('button', { name: '排行榜' }).waitFor();
    expect(await serverRecord(page)).toEqual({ 'angry-customer': 1, 'closing-time': 1 });
    await context.close();
  });
});
