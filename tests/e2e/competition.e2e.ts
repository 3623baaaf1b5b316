/**
 * A competition between branches, end to end (issue 10): an organiser creates and opens one over
 * the admin API (ADMIN_TOKEN from the environment); a trainee of a registered branch finds it on
 * the leaderboard, reads its rule, practises one of its cases from its page online, and sees their
 * verified score on the competition's trainee and branch rankings.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import angry from '../golden/angry-customer.golden';
import { axeViolations } from './a11yPage';
import { choose, readUntilChoice, screenshot, signIn, useBrowser } from './browser';
import { useServer } from './serverProcess';

const ADMIN = 'e2e-organiser-credential-0123456789';
let competition = '';
const browserOf = useBrowser();

async function api<T>(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(new URL(path, server.base), {
    method: init.method ?? 'GET',
    headers: { ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }) },
    body: init.body === undefined ? null : JSON.stringify(init.body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const server = useServer({ ADMIN_TOKEN: ADMIN }, async () => {
  // The organiser opens a competition for two cases and one branch.
  const { token } = await api<{ token: string }>('api/admin/login', { method: 'POST', body: { credential: ADMIN } });
  const index = await api<{ cases: { meta: { id: string }; hash: string }[] }>('content/index.json');
  const hash = (id: string): string => index.cases.find((c) => c.meta.id === id)?.hash ?? '';
  const now = Date.now();
  const created = await api<{ id: string }>('api/admin/competitions', {
    method: 'POST',
    token,
    body: {
      title: '厅堂服务技能竞赛（端到端测试）',
      opensAt: new Date(now - 3_600_000).toISOString(),
      closesAt: new Date(now + 86_400_000).toISOString(),
      cases: [hash('angry-customer'), hash('closing-time')],
      branches: ['east-lake'],
      minPlayers: 1,
      requireOnline: true,
    },
  });
  competition = created.id;
  await api(`api/admin/competitions/${competition}/open`, { method: 'POST', token });
});

async function playModel(page: Page): Promise<number> {
  const model = angry.walkthroughs.find((w) => w.grade === 'A');
  if (model === undefined) throw new Error('no model walkthrough');
  for (const prefix of model.choices) {
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await choose(page, prefix, 'keyboard');
  }
  expect(await readUntilChoice(page, 'keyboard')).toBe('end');
  return Number(await page.locator('.score-value').getAttribute('data-score'));
}

/**
 * Every ranked table on the page, measured: problems as text (empty when all fit). A table and its
 * cells stay inside the panel; short cells (ranks, branch names, scores, and the headers) keep to one
 * line; a trainee's name wraps in at most three lines (never one character a line).
 */
async function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = (el: Element): number => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
    };
    const out: string[] = [];
    const tables = [...document.querySelectorAll<HTMLElement>('.lb-table')].filter((t) => t.getClientRects().length > 0);
    if (tables.length === 0) out.push('no table shown');
    for (const t of tables) {
      const panel = t.closest('.panel')?.getBoundingClientRect();
      const host = t.parentElement;
      const r = t.getBoundingClientRect();
      const name = t.querySelector('caption')?.textContent ?? '?';
      if (panel === undefined || host === null) continue;
      if (r.right > panel.right + 0.5 || r.left < panel.left - 0.5 || r.right > innerWidth) out.push(`${name}: table ${Math.round(r.left)}–${Math.round(r.right)} outside the panel ${Math.round(panel.left)}–${Math.round(panel.right)}`);
      if (host.scrollWidth > host.clientWidth + 0.5) out.push(`${name}: ${host.scrollWidth}px wide in a ${host.clientWidth}px container`);
      for (const cell of t.querySelectorAll('th, td')) {
        if (cell.getClientRects().length === 0 || cell.closest('thead')?.getClientRects().length === 0) continue;
        const c = cell.getBoundingClientRect();
        const text = cell.textContent.trim();
        if (c.right > panel.right + 0.5) out.push(`${name}: cell “${text}” runs past the panel`);
        const isName = cell.matches('tbody th');
        const n = lines(cell);
        if (isName ? n > 3 : n > 1) out.push(`${name}: “${text}” takes ${n} lines`);
      }
    }
    return out;
  });
}

describe('a competition between branches', () => {
  it('is found on the leaderboard, played from its page, and ranks the trainee and the branch', async () => {
    const page = await browserOf().newPage({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await page.goto(server.base);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await signIn(page, '陈静', '东湖支行');
    await page.getByRole('button', { name: '排行榜' }).click();
    await page.getByLabel('PIN（4–8 位数字）').fill('8642');
    await page.getByRole('button', { name: '登录排行榜' }).click();
    await page.getByText(/^已登录：/).waitFor();
    const item = page.locator('.competitions li', { hasText: '厅堂服务技能竞赛（端到端测试）' });
    await item.waitFor();
    expect(await item.textContent()).toContain('进行中');
    expect(await item.textContent()).toContain('本网点已报名');
    await item.getByRole('button', { name: /查看竞赛/ }).click();
    await page.getByRole('heading', { name: '厅堂服务技能竞赛（端到端测试）', level: 1 }).waitFor();
    expect(page.url()).toContain(`#/competition/${competition}`);
    await page.getByText('本网点已报名参加。').waitFor();
    expect(await page.locator('.lb-rule').first().textContent()).toContain('离线练习不计');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'competition-page');
    // Practise a competition case from its page, online.
    await page.getByRole('button', { name: /练习案例 4/ }).click();
    const score = await playModel(page);
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('成绩已上传');
    // Back on the competition's page: the trainee and the branch are ranked.
    await page.goto(`${server.base}#/competition/${competition}`);
    const me = page.locator('.lb-table tr.me', { hasText: '陈静（我）' });
    await me.waitFor({ timeout: 20_000 });
    expect(await me.textContent()).toContain(String(score));
    await page.getByText(/本网点（东湖支行）排第 1 名/).waitFor();
    await screenshot(page, 'competition-ranked');
    await page.close();
  });

  it('360×640: its rankings fit the phone, a 20-letter name wraps in a few lines, short cells stay on one', async () => {
    const context = await browserOf().newContext({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true, locale: 'zh-CN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.base);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
    await signIn(page, 'MaximilianAlexanderB', '东湖支行');
    await page.getByRole('button', { name: '排行榜' }).click();
    await page.getByLabel('PIN（4–8 位数字）').fill('7531');
    await page.getByRole('button', { name: '登录排行榜' }).click();
    await page.getByText(/^已登录：/).waitFor();
    await page.goto(`${server.base}#/competition/${competition}`);
    await page.getByRole('button', { name: /练习案例 4/ }).click();
    await playModel(page);
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('成绩已上传');
    await page.goto(`${server.base}#/competition/${competition}`);
    await page.locator('.lb-table tr.me', { hasText: 'MaximilianAlexanderB（我）' }).waitFor({ timeout: 20_000 });
    await page.locator('.lb-table tr', { hasText: '陈静' }).waitFor();
    await page.locator('.lb-table').last().scrollIntoViewIfNeeded();
    await screenshot(page, 'competition-ranked-360');
    expect(await tableProblems(page)).toEqual([]);
    // The leaderboard's own tables (the trainee's verified record, the case boards) fit as well.
    await page.getByRole('button', { name: '返回排行榜' }).click();
    await page.locator('.lb-table').first().waitFor({ timeout: 20_000 });
    await page.locator('.lb-table').last().scrollIntoViewIfNeeded();
    await screenshot(page, 'leaderboard-360');
    expect(await tableProblems(page)).toEqual([]);
    await context.close();
  });
});
