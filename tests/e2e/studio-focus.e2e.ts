/**
 * Issue 8, fault 1: nothing the preview does may take the keyboard from the editor. After every
 * check the preview rebuilds and replays; it used to focus its own controls, so the next keys went
 * to the preview (a digit picked an option) and an open IME composition was committed as Latin
 * letters. Typed keys and a composition driven through Chromium's input protocol stay in the editor.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './browser';
import { choosePreview, openCase, openStudio } from './studioPage';

const url = inject('baseUrl');
const browserOf = useBrowser();

/** How many checks the page has shown so far. */
async function answers(page: Page): Promise<number> {
  return Number((await page.locator('#check-status').getAttribute('data-answers')) ?? '0');
}

/** The 1-based number of the first editor line containing `text` (a comment in case 4). */
async function lineWith(page: Page, text: string): Promise<number> {
  const lines = await page.locator('.cm-line').allInnerTexts();
  const i = lines.findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`no line contains “${text}”`);
  return i + 1;
}

/** A comment line of case 4: editing it changes no story, but every edit is checked. */
const COMMENT = '在大厅里连错两次一定越过它';

/** Puts the cursor at the end of editor line `n` (1-based), by clicking it as a trainer would. */
async function cursorAtEnd(page: Page, n: number): Promise<void> {
  await page.locator('.cm-line').nth(n - 1).click();
  await page.keyboard.press('End');
}

async function inEditor(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.closest('.cm-content') !== null && document.activeElement !== null);
}

async function previewAtChoices(page: Page): Promise<string[]> {
  await expect.poll(() => page.locator('.dialogue').getAttribute('data-state'), { timeout: 20_000 }).toBe('choosing');
  return page.locator('.choices .choice-text').allInnerTexts();
}

describe('the Studio keeps the keyboard in the editor', () => {
  it('typing after a check goes on into the editor; a digit does not pick an option in the preview', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await openCase(page, 'angry-customer.ink');
    await choosePreview(page, 1);
    const options = await previewAtChoices(page);
    // A comment line: the story does not change, but every edit is checked and the preview rebuilt.
    const n = await lineWith(page, COMMENT);
    await cursorAtEnd(page, n);
    const before = await answers(page);
    await page.keyboard.insertText('甲乙');
    // Pause until the check of 甲乙 has answered and the preview has rebuilt behind it.
    await expect.poll(() => answers(page), { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator('#preview-status').innerText()).toContain('已重放之前的 1 次选择');
    await previewAtChoices(page);
    expect(await inEditor(page)).toBe(true);
    await page.keyboard.type('xy2z');
    await expect.poll(() => page.locator('.cm-line').nth(n - 1).innerText()).toMatch(/甲乙xy2z$/);
    expect(await inEditor(page)).toBe(true);
    // The preview still waits at the same choice point: the 2 was text, not a pick.
    expect(await page.locator('.choices button.choice:disabled').count()).toBe(0);
    expect(await page.locator('.choices .choice-text').allInnerTexts()).toEqual(options);
    expect(errors).toEqual([]);
  });

  it('an IME composition open while the check answers is committed as the chosen characters', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await openCase(page, 'angry-customer.ink');
    await choosePreview(page, 1);
    const n = await lineWith(page, COMMENT);
    await cursorAtEnd(page, n);
    const cdp = await page.context().newCDPSession(page);
    const before = await answers(page);
    // A pinyin composition, as an input method sends it: the letters stay open (underlined) while the trainer picks.
    await cdp.send('Input.imeSetComposition', { text: 'qing', selectionStart: 4, selectionEnd: 4 });
    await cdp.send('Input.imeSetComposition', { text: "qing'shao", selectionStart: 9, selectionEnd: 9 });
    await expect.poll(() => answers(page), { timeout: 30_000 }).toBeGreaterThan(before);
    await expect.poll(() => page.locator('#preview-status').innerText()).toContain('已重放之前的 1 次选择');
    await previewAtChoices(page);
    expect(await inEditor(page)).toBe(true);
    await cdp.send('Input.imeSetComposition', { text: "qing'shao'deng", selectionStart: 14, selectionEnd: 14 });
    await cdp.send('Input.insertText', { text: '请稍等' });
    await expect.poll(() => page.locator('.cm-line').nth(n - 1).innerText()).toMatch(/两次一定越过它。请稍等$/);
    expect(await page.locator('.cm-content').innerText()).not.toContain('qing');
    expect(await inEditor(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('the preview still takes the keyboard once the trainer clicks into it', async () => {
    const { page, errors } = await openStudio(browserOf(), url);
    await openCase(page, 'angry-customer.ink');
    await choosePreview(page, 1);
    const options = await previewAtChoices(page);
    // Keys pressed while the preview is in use pick options there.
    await page.locator('.choices').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('1');
    await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).not.toBe('choosing');
    expect(options.length).toBeGreaterThan(1);
    expect(await inEditor(page)).toBe(false);
    expect(errors).toEqual([]);
  });
});
