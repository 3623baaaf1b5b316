/**
 * Nothing lost to Back, refresh or a printer: each screen is a history entry, the last debrief of
 * each case is rebuilt from the attempt's seed and path (after a refresh, or from the board), and
 * the debrief prints on A4 with who and when.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import angry from '../golden/angry-customer.golden';
import { answer, ARTEFACTS, openGame, readUntilChoice, signIn, useBrowser } from './browser';
import { resolve } from 'node:path';
import { statSync } from 'node:fs';

const url = inject('baseUrl');
const browserOf = useBrowser();

const model = angry.walkthroughs[0];

async function finishCase4(page: Page): Promise<void> {
  if (model === undefined) throw new Error('no walkthrough');
  await page.locator('[data-case="angry-customer"] button.primary').click();
  await page.locator('.dialogue:not([hidden])').waitFor();
  await answer(page, model.choices);
  expect(await readUntilChoice(page, 'keyboard')).toBe('end');
}

const ready = (page: Page): Promise<unknown> => page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');

describe('history', () => {
  it('Back goes from a case to the board, and a refreshed debrief comes back the same', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '蒋琳', '东湖支行');
    expect(await page.title()).toBe('案例板 · 厅堂服务情景训练');
    await page.locator('[data-case="closing-time"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(page.url()).toMatch(/#\/case\/closing-time$/);
    await page.goBack();
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    expect(await page.locator('.dialogue').isHidden()).toBe(true);
    // The case waits where it was left.
    expect(await page.locator('[data-case="closing-time"] button.primary').innerText()).toBe('继续上次进度');
    await page.goForward();
    await page.locator('.dialogue:not([hidden])').waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: '案例板' }).waitFor();

    await finishCase4(page);
    expect(page.url()).toMatch(/#\/debrief\/angry-customer$/);
    expect(await page.title()).toBe('复盘 · 厅堂服务情景训练');
    const score = await page.locator('.score-value').innerText();
    const choices = await page.locator('.paths ol').first().innerText();
    await page.reload();
    await ready(page);
    await page.getByRole('heading', { name: /^复盘 · 案例 4/ }).waitFor();
    expect(await page.locator('.score-value').innerText()).toBe(score);
    expect(await page.locator('.paths ol').first().innerText()).toBe(choices);
    // Back from the debrief goes to the board, not into the finished case.
    await page.goBack();
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    expect(await page.locator('.dialogue').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reopens the last debrief of a case from the board, and prints it on A4 with name, branch and date', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '沈佳', '火车站支行');
    expect(await page.locator('[data-case="angry-customer"]').getByRole('button', { name: '上次复盘' }).count()).toBe(0);
    await finishCase4(page);
    const score = await page.locator('.score-value').innerText();
    await page.getByRole('button', { name: '返回案例板' }).click();
    await page.locator('[data-case="angry-customer"]').getByRole('button', { name: '上次复盘' }).click();
    await page.getByRole('heading', { name: /^复盘 · 案例 4/ }).waitFor();
    expect(await page.locator('.score-value').innerText()).toBe(score);
    expect(await page.getByRole('button', { name: '打印复盘' }).isVisible()).toBe(true);

    await page.emulateMedia({ media: 'print' });
    const who = page.locator('.print-who');
    expect(await who.isVisible()).toBe(true);
    expect(await who.innerText()).toMatch(/^学员：沈佳 · 支行：火车站支行 · 完成时间：\d{4}年\d{1,2}月\d{1,2}日 \d\d:\d\d$/);
    expect(await page.locator('#topbar').isVisible()).toBe(false);
    expect(await page.locator('.debrief .actions').isVisible()).toBe(false);
    // Every step of the debrief is in the printout, not cut at the screen's height.
    const pdf = resolve(ARTEFACTS, 'debrief-print.pdf');
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(pdf).size).toBeGreaterThan(20_000);
    const pages = await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight / 1000));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });

  it('an address naming no case opens the board and says so; a known case with nothing in progress opens the board quietly', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '顾言', '东湖支行');
    // A known case with nothing in progress (finished, or never started): the board, no notice.
    await page.goto(`${url}#/case/angry-customer`);
    await ready(page);
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    expect(new URL(page.url()).hash).toBe('#/board');
    expect(await page.locator('#notices').innerText()).not.toContain('找不到');
    await page.goto(`${url}#/case/no-such-case`);
    await ready(page);
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    await expect.poll(() => page.locator('#notices').innerText()).toContain('找不到地址里的这个案例');
    expect(new URL(page.url()).hash).toBe('#/board');
    expect(errors).toEqual([]);
  });
});
