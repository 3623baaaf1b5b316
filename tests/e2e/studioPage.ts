/** Opening the Studio in headless Chromium and waiting for its checker, shared by the Studio's e2e tests. */
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface StudioPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Errors the page raised; tests assert this stays empty. */
  readonly errors: string[];
}

/** A page of the Studio in a context of its own (or in `context`, to share its storage), checked once. */
export async function openStudio(browser: Browser, url: string, context?: BrowserContext): Promise<StudioPage> {
  const ctx = context ?? (await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true, locale: 'zh-CN' }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${url}studio.html`);
  await settled(page);
  return { page, context: ctx, errors };
}

/** Waits until the checker has answered for what is on screen (the status is no longer “检查中”). */
export async function settled(page: Page): Promise<string> {
  await expect.poll(() => page.locator('#check-status').getAttribute('data-state'), { timeout: 30_000 }).toMatch(/^(ok|error)$/);
  return page.locator('#check-status').innerText();
}

/** Opens a case file from the picker and waits for its check. */
export async function openCase(page: Page, file: string): Promise<void> {
  if ((await page.getByLabel('案例文件').inputValue()) === file) return;
  await page.getByLabel('案例文件').selectOption(file);
  const id = file.replace(/\.ink$/, '');
  await expect.poll(() => page.locator('.cm-content').innerText(), { timeout: 30_000 }).toContain(`# case: ${id}`);
  await expect.poll(() => page.locator('#check-status').getAttribute('data-checked'), { timeout: 30_000 }).toBe(file);
}

/** Plays `n` choices in the preview (always the first option), by clicking, and stops at the next choice point. */
export async function choosePreview(page: Page, n: number): Promise<void> {
  const toChoices = async (): Promise<void> => {
    for (let i = 0; i < 200; i++) {
      if ((await page.locator('.dialogue').getAttribute('data-state')) === 'choosing') return;
      await page.getByRole('button', { name: '继续' }).click();
    }
  };
  for (let step = 0; step < n; step++) {
    await toChoices();
    await page.locator('.choices button.choice').first().click();
  }
  await toChoices();
}

/** Replaces the whole text in the editor, as a paste would. */
export async function replaceText(page: Page, text: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}
