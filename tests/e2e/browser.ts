/** Headless Chromium (Debian's, driven by playwright-core: no browser downloads) and page helpers. */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/tools/chromium';

export const ARTEFACTS = resolve(import.meta.dirname, '../../test-results');

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** Launches one browser for the tests of a file and closes it after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === null) throw new Error('the browser is not running');
    return browser;
  };
}

export interface Watched {
  readonly page: Page;
  /** Errors the page raised or logged; tests assert this stays empty. */
  readonly errors: string[];
}

export async function openGame(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
  return { page, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTEFACTS, { recursive: true });
  await page.screenshot({ path: resolve(ARTEFACTS, `${name}.png`) });
}

export async function signIn(page: Page, name: string, branch: string): Promise<void> {
  await page.getByLabel('你的姓名').fill(name);
  await page.getByLabel('所属支行').selectOption({ label: branch });
  await page.getByRole('button', { name: '进入营业厅' }).click();
  await page.getByRole('heading', { name: '案例板' }).waitFor();
}

export type Input = 'keyboard' | 'mouse';

/** Reads lines until the options appear or the debrief shows. Returns 'choices' or 'end'. */
export async function readUntilChoice(page: Page, input: Input): Promise<'choices' | 'end'> {
  for (let i = 0; i < 400; i++) {
    if (await page.getByRole('heading', { name: /^复盘/ }).isVisible()) return 'end';
    const state = await page.locator('.dialogue').getAttribute('data-state');
    if (state === 'choosing') return 'choices';
    if (state === 'typing' || state === 'waiting') {
      if (input === 'keyboard') await page.keyboard.press('Space');
      else await page.getByRole('button', { name: '继续' }).click();
    }
    await page.waitForTimeout(40);
  }
  throw new Error('no choice point or ending reached');
}

/** Picks the option whose text starts with `prefix`, by its number key or by clicking it. */
export async function choose(page: Page, prefix: string, input: Input): Promise<void> {
  const options = page.locator('.choices button.choice');
  const texts = await options.locator('.choice-text').allInnerTexts();
  const hits = texts.flatMap((t, i) => (t.startsWith(prefix) ? [i] : []));
  if (hits.length !== 1) throw new Error(`“${prefix}” matches ${hits.length} of: ${texts.join(' | ')}`);
  const i = hits[0] ?? 0;
  if (input === 'keyboard') await page.keyboard.press(String(i + 1));
  else await options.nth(i).click();
}

/** Takes the options starting with `choices`, one per choice point, by keyboard (a golden walkthrough's choices). */
export async function answer(page: Page, choices: readonly string[]): Promise<void> {
  for (const prefix of choices) {
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await choose(page, prefix, 'keyboard');
  }
}
