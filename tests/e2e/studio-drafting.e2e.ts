/**
 * Issue 8, fault 7: trainers write the conversation first and score it later, so only compile
 * errors stop the preview; findings about tags and scoring are listed while the draft plays.
 * Fault 8: ink written outside this project (no case header) plays, maps and lists its knots,
 * and the page says what is missing.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, useBrowser } from './browser';
import { openStudio, replaceText } from './studioPage';

const url = inject('baseUrl');
const browserOf = useBrowser();

async function newCase(page: Page, id: string, title: string): Promise<void> {
  await page.getByRole('button', { name: '新建案例' }).click();
  await page.getByLabel('案例标题').fill(title);
  await page.getByLabel('文件名').fill(id);
  await page.getByRole('button', { name: '创建' }).click();
  await expect.poll(() => page.getByLabel('案例文件').inputValue()).toBe(`${id}.ink`);
}

/** Reads on in the preview until its options show; returns their texts. */
async function previewChoices(page: Page): Promise<string[]> {
  for (let i = 0; i < 100; i++) {
    const state = await page.locator('.dialogue').getAttribute('data-state');
    if (state === 'choosing') return page.locator('.choices .choice-text').allInnerTexts();
    if (state === 'typing' || state === 'waiting') await page.getByRole('button', { name: '继续' }).click();
    else await page.waitForTimeout(50);
  }
  throw new Error('the preview shows no options');
}

describe('the Studio previews drafts', () => {
  it('plays a draft whose options are not scored yet, and lists what is missing beside it', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await newCase(page, 'draft-first', '先写对话');
    const template = await page.locator('.cm-content').innerText();
    const header = template.split('\n').filter((l) => l.startsWith('#') || l.startsWith('INCLUDE')).join('\n');
    // The conversation written, nothing scored yet: no # score:, no # why:, no endings.
    await replaceText(
      page,
      `${header}\n-> opening\n=== opening ===\n王先生走到窗口前。 # walk: counter-1\n我要办张卡。 # speaker: 王先生\n* [您好，请先取个号。]\n  王先生去取号了。\n  -> END\n* [您好，请坐，我马上给您办。]\n  王先生坐了下来。\n  -> END\n`,
    );
    await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 30_000 }).toMatch(/个错误/);
    // The findings are there …
    await expect.poll(() => page.locator('#problems').innerText()).toMatch(/score|why|分值|解释/);
    // … and the draft plays.
    await expect.poll(() => page.locator('#preview-status').innerText(), { timeout: 30_000 }).toContain('草稿照常试玩');
    expect(await previewChoices(page)).toEqual(expect.arrayContaining(['您好，请先取个号。', '您好，请坐，我马上给您办。']));
    await screenshot(page, 'studio-draft-plays');
    // A compile error does stop it.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('-> nowhere_at_all\n');
    await expect.poll(() => page.locator('#preview-status').innerText(), { timeout: 30_000 }).toContain('有编译错误');
    // The scoring findings are hidden behind the compile error, and the page says more may follow.
    expect(await page.locator('#problems').innerText()).toContain('编译错误会挡住后面的检查');
    expect(errors).toEqual([]);
  });

  it('plays ink without this project’s header, maps it, lists its knots, and says what is missing', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await newCase(page, 'foreign-story', '外来的故事');
    await replaceText(
      page,
      `VAR coins = 3\n-> harbour\n=== harbour ===\n雾从港口漫上来。\n路灯下站着一个陌生人。\n* [上前打招呼] -> greet\n* [走过去] -> walk\n=== greet ===\n“晚上好。”她说。{coins > 2: 你口袋里的硬币叮当作响。}\n-> END\n=== walk ===\n你走进了雾里。\n-> END\n`,
    );
    await expect.poll(() => page.locator('#foreign-note').innerText(), { timeout: 30_000 }).toContain('缺少 # case:');
    expect(await page.locator('#foreign-note').innerText()).toContain('# title:');
    await expect.poll(() => page.locator('#foreign-note').innerText(), { timeout: 30_000 }).toContain('试玩、分支地图和场景列表照常可用');
    expect(await previewChoices(page)).toEqual(['上前打招呼', '走过去']);
    await expect.poll(() => page.locator('#knot-picker option').allInnerTexts()).toEqual(expect.arrayContaining(['harbour', 'greet', 'walk']));
    await expect.poll(() => page.locator('#map [data-node]').count()).toBeGreaterThan(2);
    expect(await page.locator('#map').innerText()).toContain('路灯下站着一个陌生人。');
    await screenshot(page, 'studio-foreign-ink');
    expect(errors).toEqual([]);
  });
});
