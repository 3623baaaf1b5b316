/**
 * The trainers' Studio in headless Chromium: errors appear at their line as you type, the
 * preview resumes where it was after a fix, and the branch map exports as SVG.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

async function openStudio(): Promise<{ page: Page; errors: string[] }> {
  const context = await browserOf().newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}studio.html`);
  await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 30_000 }).toBe('没有问题');
  // The tests work on case 4 (the Studio opens the first file in the folder).
  if ((await page.getByLabel('案例文件').inputValue()) !== 'angry-customer.ink') {
    await page.getByLabel('案例文件').selectOption('angry-customer.ink');
    await expect.poll(() => page.locator('.cm-content').innerText(), { timeout: 30_000 }).toContain('# case: angry-customer');
    // Its own check has answered when its map is drawn.
    await expect.poll(() => page.locator('#map').innerText(), { timeout: 30_000 }).toContain('客户在营业厅争吵怎么办');
    await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 30_000 }).toBe('没有问题');
  }
  return { page, errors };
}

async function choosePreview(page: Page, n: number): Promise<void> {
  for (let step = 0; step < n; step++) {
    for (let i = 0; i < 200; i++) {
      if ((await page.locator('.dialogue').getAttribute('data-state')) === 'choosing') break;
      await page.getByRole('button', { name: '继续' }).click();
    }
    await page.locator('.choices button.choice').first().click();
  }
  for (let i = 0; i < 200; i++) {
    if ((await page.locator('.dialogue').getAttribute('data-state')) === 'choosing') return;
    await page.getByRole('button', { name: '继续' }).click();
  }
}

describe('the Studio', () => {
  it('shows a broken line’s error at that line, and the preview resumes where it was once fixed', async () => {
    const { page, errors } = await openStudio();
    expect(await page.getByLabel('案例文件').inputValue()).toBe('angry-customer.ink');
    // Play two choices in the preview.
    await choosePreview(page, 2);
    const before = await page.locator('.choices .choice-text').allInnerTexts();
    expect(before.length).toBeGreaterThanOrEqual(2);
    // Break a plain line of dialogue (the first with a speaker) by typing an unknown mood at its end.
    const source = readFileSync(new URL('../../ink/angry-customer.ink', import.meta.url), 'utf8').split('\n');
    const lineNo = source.findIndex((l) => /^[^*+\-=~{}/#].*#\s*speaker:/.test(l)) + 1;
    expect(lineNo).toBeGreaterThan(12);
    const line = page.locator('.cm-line').nth(lineNo - 1);
    await line.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' # mood: furious');
    await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 20_000 }).toMatch(/1 个错误/);
    await expect.poll(() => page.locator('#problems').innerText()).toContain(`第 ${lineNo} 行`);
    expect(await page.locator('#problems').innerText()).toContain('未知的情绪“furious”');
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await screenshot(page, 'studio-error');
    // Fix it (undo the typing) and the preview comes back at the same choice point.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 20_000 }).toBe('没有问题');
    await expect.poll(() => page.locator('#preview-status').innerText()).toContain('已重放之前的 2 次选择');
    await expect.poll(() => page.locator('.choices .choice-text').allInnerTexts()).toEqual(before);
    // The draft survives a reload.
    expect(errors).toEqual([]);
  });

  it('exports the branch map as SVG', async () => {
    const { page, errors } = await openStudio();
    await page.locator('#map svg').waitFor();
    expect(await page.locator('#map [data-node]').count()).toBeGreaterThan(5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出地图 SVG' }).click()]);
    expect(download.suggestedFilename()).toBe('angry-customer-map.svg');
    const path = await download.path();
    const svg = readFileSync(path, 'utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('一杯茶，气消了');
    await screenshot(page, 'studio');
    expect(errors).toEqual([]);
  });

  it('stops a story that loops, says where, and recovers by itself once it is fixed; shows the new findings live', async () => {
    const { page, errors } = await openStudio();
    const header = readFileSync(new URL('../../ink/angry-customer.ink', import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('#') || l.startsWith('INCLUDE')).join('\n');
    const story = (poorBranch: string, band: string): string =>
      `${header}\n{ trust < 0 || crowd > 100: 不会出现。 }\n开始。\n* [阿姨，您好，我来帮您看看。 # score: listen-first +2 # why: 先招呼。]\n  -> good\n* [阿姨，这事您得找总行。 # score: listen-first -2 # why: 推走。]\n  ${poorBranch}\n=== spin ===\n李阿姨又说了一遍。\n-> spin\n=== good ===\n好。 # ending: good 好 # band: ${band}\n-> END\n=== bad ===\n不好。 # ending: bad 不好 # band: D\n-> END\n`;
    const replaceAll = async (text: string): Promise<void> => {
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.insertText(text);
    };
    // A knot that prints a line and diverts to itself, reachable from a choice.
    await replaceAll(story('-> spin', 'A'));
    await expect.poll(() => page.locator('#problems').innerText(), { timeout: 30_000 }).toContain('连续输出了 2000 行');
    expect(await page.locator('#check-status').innerText()).toMatch(/个错误/);
    // Fixed: the checker answers again, with no reload; an ending whose band the paths miss is shown.
    await replaceAll(story('-> good', 'A'));
    await expect.poll(() => page.locator('#problems').innerText(), { timeout: 30_000 }).toContain('标注的等级段是 A');
    expect(await page.locator('#problems').innerText()).not.toContain('连续输出了');
    await replaceAll(story('-> bad', 'A'));
    await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 30_000 }).toMatch(/^(没有问题|没有错误)/);
    expect(errors).toEqual([]);
  });

  it('keeps a draft across reloads and downloads it as .ink', async () => {
    const { page, errors } = await openStudio();
    await page.locator('.cm-line').nth(24).click();
    await page.keyboard.press('End');
    await page.keyboard.type('（已修改）');
    await expect.poll(() => page.getByLabel('案例文件').locator('option:checked').innerText()).toContain('已修改');
    // Reload once the page says the draft is stored (storing is asynchronous, in IndexedDB).
    await expect.poll(() => page.locator('#save-status').innerText()).toBe('草稿已保存在本浏览器');
    await page.reload();
    await expect.poll(() => page.locator('.cm-content').innerText(), { timeout: 20_000 }).toContain('（已修改）');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .ink' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('（已修改）');
    expect(errors).toEqual([]);
  });
});
