/**
 * What the online end-to-end files do to a page signed in to the leaderboard server: pick a
 * golden walkthrough's choices, sign in to the leaderboard with a PIN, and read what the server
 * holds for the trainee (through the API, with the trainee's own token).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Golden } from '../golden/golden';

/** The choices of `g`'s walkthrough with `grade`; throws when the golden file has none. */
export function walk(g: Golden, grade: string): readonly string[] {
  const w = g.walkthroughs.find((x) => x.grade === grade);
  if (w === undefined) throw new Error(`${g.caseId}: no ${grade} walkthrough`);
  return w.choices;
}

/** Opens 排行榜 from the top bar and waits for its heading. */
export async function openLeaderboard(page: Page): Promise<void> {
  await page.getByRole('button', { name: '排行榜' }).click();
  await page.getByRole('heading', { name: '排行榜', level: 1 }).waitFor();
}

/** Opens 排行榜 and signs the current trainee in with `pin`, waiting for 已登录. */
export async function signInToLeaderboard(page: Page, pin: string): Promise<void> {
  await openLeaderboard(page);
  await page.getByLabel('PIN（4–8 位数字）').fill(pin);
  await page.getByRole('button', { name: '登录排行榜' }).click();
  await page.getByText(/^已登录：/).waitFor();
}

/** Attempts per case (cases with none left out) the server holds for the trainee signed in on this page. */
export async function serverRecord(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const key = Object.keys(localStorage).find((k) => /p\.[0-9a-f]+\.server$/.test(k));
    const token = key === undefined ? '' : ((JSON.parse(localStorage.getItem(key) ?? '{}') as { token?: string }).token ?? '');
    const res = await fetch('/api/me/record', { headers: { authorization: `Bearer ${token}` } });
    const body = (await res.json()) as { cases: { caseId: string; attempts: number }[] };
    if (!Array.isArray(body.cases)) throw new Error(`/api/me/record: ${res.status} ${JSON.stringify(body)}`);
    return Object.fromEntries(body.cases.filter((c) => c.attempts > 0).map((c) => [c.caseId, c.attempts]));
  });
}

/** Waits until the lobby is ready (the game's first screen is up). */
export async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
}

/** A new page of `context` at `url`, once its lobby is ready. */
export async function openAt(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await ready(page);
  return page;
}

/** Waits until no section of the leaderboard screen is still reading. */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.leaderboard [aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
}
