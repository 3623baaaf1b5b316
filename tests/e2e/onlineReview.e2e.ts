/**
 * Online play as trainees and testers use it (issue 10), against the server as `npm start` runs
 * it and against the static build with no server: a reload mid-case started online, a damaged
 * sign-in in storage, a name the server refuses, IndexedDB unavailable, keyboard and
 * screen-reader use of the leaderboard screen, and small and large screens.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import angry from '../golden/angry-customer.golden';
import closing from '../golden/closing-time.golden';
import { axeSerious } from './a11yPage';
import { answer, readUntilChoice, screenshot, signIn, useBrowser } from './browser';
import { openAt, openLeaderboard, ready, serverRecord, settled, signInToLeaderboard, walk } from './onlinePage';
import { useServer } from './serverProcess';

const browserOf = useBrowser();

// Every trainee here signs in from 127.0.0.1: the limits are raised so that they do not decide
// a test; the limits have their own tests.
const server = useServer({ RATE_LIMIT_LOGIN: '1000', RATE_LIMIT_PLAY: '1000' });
const open = (context: BrowserContext, url = server.base): Promise<Page> => openAt(context, url);

describe('online play, as trainees and testers use it', () => {
  it('a case started online and reloaded midway is submitted with its attempt id', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '吴倩', '东湖支行');
    await signInToLeaderboard(page, '4826');
    await page.getByRole('button', { name: '返回案例板' }).click();
    const started: string[] = [];
    const submitted: { url: string; body: Record<string, unknown> }[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('/api/attempts') && r.ok()) void r.json().then((b: { attemptId: string }) => started.push(b.attemptId));
    });
    page.on('request', (r) => {
      if (/\/api\/submissions/.test(r.url())) submitted.push({ url: r.url(), body: JSON.parse(r.postData() ?? '{}') as Record<string, unknown> });
    });
    await page.locator('[data-case="angry-customer"] button.primary').click();
    const choices = walk(angry, 'A');
    await answer(page, choices.slice(0, 2));
    await expect.poll(() => started.length).toBe(1);
    await page.reload();
    await ready(page);
    await answer(page, choices.slice(2));
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('成绩已上传');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]?.url).toMatch(/\/api\/submissions$/);
    expect(submitted[0]?.body['attemptId']).toBe(started[0]);
    await context.close();
  });

  it('a slow server: the debrief says the upload is on its way; a 500: it says the server failed and keeps the finish', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '秦川', '东湖支行');
    await signInToLeaderboard(page, '6203');
    await page.getByRole('button', { name: '返回案例板' }).click();
    // The first submission is held until the test lets it go; the second is answered with a 500.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let submissions = 0;
    await context.route('**/api/submissions**', async (route) => {
      submissions++;
      if (submissions === 1) {
        await held;
        await route.continue();
      } else await route.fulfill({ status: 500, contentType: 'application/json', body: '{"error":"internal","message":"服务器出错了，请稍后再试"}' });
    });
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await answer(page, walk(angry, 'A'));
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    const line = page.locator('.upload-line');
    await expect.poll(() => line.textContent()).toContain('正在上传');
    release();
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toContain('成绩已上传');
    await page.getByRole('button', { name: /案例板/ }).first().click();
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await answer(page, walk(angry, 'D'));
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toContain('服务器暂时出错');
    expect(await line.textContent()).not.toContain('连不上');
    await expect.poll(() => page.locator('.outbox-count').textContent()).toBe('待上传 1');
    await context.close();
  });

  it('two tabs of one trainee finish at once while the server is away: each finish reaches it once, and both tabs end with nothing waiting', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const one = await open(context);
    await signIn(one, '尤佳', '东湖支行');
    await signInToLeaderboard(one, '9731');
    await one.getByRole('button', { name: '返回案例板' }).click();
    const two = await open(context);
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await one.locator('[data-case="angry-customer"] button.primary').click();
    await two.locator('[data-case="closing-time"] button.primary').click();
    await answer(one, walk(angry, 'A'));
    await answer(two, walk(closing, 'A'));
    expect(await readUntilChoice(one, 'keyboard')).toBe('end');
    expect(await readUntilChoice(two, 'keyboard')).toBe('end');
    await expect.poll(() => two.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('待上传');
    await expect.poll(() => one.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('待上传');
    // Both top bars count both waiting finishes (the tabs share one outbox).
    for (const p of [one, two]) await expect.poll(() => p.locator('.outbox-count').textContent()).toBe('待上传 2');
    await context.unroute('**/api/**');
    await Promise.all([one, two].map((p) => p.evaluate(() => window.dispatchEvent(new Event('online')))));
    for (const p of [one, two]) await expect.poll(() => p.locator('.outbox-count').count(), { timeout: 20_000 }).toBe(0);
    expect(await serverRecord(one)).toEqual({ 'angry-customer': 1, 'closing-time': 1 });
    await context.close();
  });

  it('a server down when the page loads: a trainee not yet signed in keeps their finish, and it arrives once they sign in after it is back', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    await context.route('**/api/**', (route) => route.abort('connectionrefused'));
    const page = await open(context);
    await signIn(page, '何琳', '东湖支行');
    // The server exists here but is away: 排行榜 is shown (it says so inside), not hidden as on a static host.
    await page.getByRole('button', { name: '排行榜' }).waitFor();
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await answer(page, walk(angry, 'A'));
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('用 PIN 登录后');
    await context.unroute('**/api/**');
    await signInToLeaderboard(page, '4417');
    await expect.poll(() => page.locator('.outbox-count').count(), { timeout: 20_000 }).toBe(0);
    expect(await serverRecord(page)).toEqual({ 'angry-customer': 1 });
    await context.close();
  });

  it('a damaged or expired sign-in in storage asks for the PIN again instead of failing every board', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '郑宇', '东湖支行');
    await signInToLeaderboard(page, '7351');
    // The token is replaced by one the server never issued (expired, or another server's).
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => /p\.[0-9a-f]+\.server$/.test(k));
      if (key === undefined) throw new Error(`no server record in ${Object.keys(localStorage).join()}`);
      const r = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...r, token: 'x'.repeat(43) }));
    });
    await page.reload();
    await ready(page);
    await settled(page);
    await expect.poll(() => page.getByLabel('PIN（4–8 位数字）').count()).toBe(1);
    expect(await page.getByText(/^已登录：/).count()).toBe(0);
    expect(await page.locator('.lb-error').count()).toBe(0);
    // Signing in again works and shows the boards.
    await page.getByLabel('PIN（4–8 位数字）').fill('7351');
    await page.getByRole('button', { name: '登录排行榜' }).click();
    await page.getByText(/^已登录：/).waitFor();
    await context.close();
  });

  it('a name the server refuses (kept from before the welcome screen had the rule) gets a message that says how to go on', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '张三', '东湖支行');
    // The welcome screen now refuses such names; a trainee saved by an earlier version keeps one.
    await page.evaluate(() => {
      for (const key of ['bank-lobby.profile', 'bank-lobby.players']) {
        const text = localStorage.getItem(key);
        if (text !== null) localStorage.setItem(key, text.replaceAll('"张三"', '"张三(柜员)"'));
      }
    });
    await page.reload();
    await ready(page);
    await openLeaderboard(page);
    await page.getByLabel('PIN（4–8 位数字）').fill('1234');
    await page.getByRole('button', { name: '登录排行榜' }).click();
    const error = page.locator('#lb-pin-error');
    await expect.poll(() => error.textContent()).toContain('切换学员');
    await context.close();
  });

  it('the leaderboard screen: focus on its heading when signed in, on what was signed in after the PIN; labelled sections', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await open(context);
    await signIn(page, '冯洁', '东湖支行');
    await openLeaderboard(page);
    // Not signed in: the PIN field, labelled and described.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lb-pin');
    await page.keyboard.type('5182');
    await page.keyboard.press('Enter');
    await page.getByText(/^已登录：/).waitFor();
    // After signing in, focus lands on what says so (not on the sign-out button).
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/^已登录：/);
    await page.getByRole('button', { name: '返回案例板' }).click();
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    await openLeaderboard(page);
    // Signed in: the screen's heading, not the case picker at its foot.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    for (const name of ['我的排行榜账号', '网点排名', '我的成绩', '案例排行']) expect(await page.getByRole('region', { name }).count()).toBe(1);
    await context.close();
  });

  it('a PIN typed wrong, by keyboard only: the error is announced and tied to the field, focus stays there; no serious axe finding', async () => {
    const first = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const owner = await open(first);
    await signIn(owner, '沈静', '东湖支行');
    await signInToLeaderboard(owner, '1111');
    await first.close();
    // The same name on another PC, with the wrong PIN.
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    const page = await open(context);
    await signIn(page, '沈静', '东湖支行');
    await openLeaderboard(page);
    await settled(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lb-pin');
    expect(await axeSerious(page)).toEqual([]);
    await page.keyboard.type('2222');
    await page.keyboard.press('Enter');
    const error = page.locator('#lb-pin-error');
    await expect.poll(() => error.textContent()).toContain('PIN 不对');
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await page.locator('#lb-pin').getAttribute('aria-describedby')).toContain('lb-pin-error');
    expect(await page.locator('#lb-pin').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lb-pin');
    await screenshot(page, 'online-review-wrong-pin');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1111');
    await page.keyboard.press('Enter');
    await page.getByText(/^已登录：/).waitFor();
    await settled(page);
    expect(await axeSerious(page)).toEqual([]);
    await context.close();
  });

  it('with IndexedDB unavailable a finish waits for this page only, and the debrief says so (on a 360×640 phone)', async () => {
    const context = await browserOf().newContext({ viewport: { width: 360, height: 640 } });
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    const page = await open(context);
    await signIn(page, '褚蓝', '东湖支行');
    await signInToLeaderboard(page, '2691');
    await page.getByRole('button', { name: '返回案例板' }).click();
    await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await answer(page, walk(angry, 'D'));
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    const line = page.locator('.upload-line');
    await expect.poll(() => line.textContent(), { timeout: 20_000 }).toContain('待上传 1 次');
    expect(await line.textContent()).toContain('关闭页面前');
    await expect.poll(() => page.locator('.outbox-count').textContent()).toBe('待上传 1');
    // The count and every button (切换学员 last) fit in the top bar of a small screen.
    for (const control of await page.locator('#topbar .outbox-count, #topbar button').all()) {
      const box = await control.boundingBox();
      expect(box !== null && box.x >= 0 && box.x + box.width <= 360, `${await control.textContent()} at ${JSON.stringify(box)}`).toBe(true);
    }
    await line.scrollIntoViewIfNeeded();
    await screenshot(page, 'online-review-debrief-waiting-360');
    await context.unroute('**/api/**');
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => page.locator('.outbox-count').count(), { timeout: 20_000 }).toBe(0);
    await context.close();
  });

  it('looks right at 360×640 and 1280×720: the leaderboard and the debrief’s upload line', async () => {
    for (const [w, hgt] of [
      [360, 640],
      [1280, 720],
    ] as const) {
      const context = await browserOf().newContext({ viewport: { width: w, height: hgt } });
      const page = await open(context);
      await signIn(page, `卫${w}`, '东湖支行');
      await signInToLeaderboard(page, '3141');
      await settled(page);
      await screenshot(page, `online-review-leaderboard-${w}`);
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(w);
      await page.getByRole('button', { name: '返回案例板' }).click();
      await page.locator('[data-case="angry-customer"] button.primary').click();
      await answer(page, walk(angry, 'A'));
      expect(await readUntilChoice(page, 'keyboard')).toBe('end');
      await expect.poll(() => page.locator('.upload-line').textContent(), { timeout: 20_000 }).toContain('成绩已上传');
      await page.locator('.upload-line').scrollIntoViewIfNeeded();
      await screenshot(page, `online-review-debrief-${w}`);
      await openLeaderboard(page);
      const option = await page.locator('#lb-case option', { hasText: '客户在营业厅争吵怎么办' }).getAttribute('value');
      await page.getByLabel('选择案例').selectOption(option ?? '');
      await settled(page);
      await page.locator('.lb-table tr.me').first().scrollIntoViewIfNeeded();
      await screenshot(page, `online-review-leaderboard-case-${w}`);
      await context.close();
    }
  });
});

describe('the static build (no server)', () => {
  it('shows no 排行榜, logs no error and queues nothing when a case is finished', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    const probed = page.waitForResponse((r) => r.url().includes('/api/health'));
    await page.goto(inject('baseUrl'));
    await ready(page);
    await signIn(page, '蒋文', '东湖支行');
    await probed;
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await answer(page, walk(angry, 'A'));
    expect(await readUntilChoice(page, 'keyboard')).toBe('end');
    await page.getByRole('heading', { name: /^复盘/ }).waitFor();
    expect(await page.getByRole('button', { name: '排行榜' }).count()).toBe(0);
    expect(await page.locator('.upload-line, .outbox-count').count()).toBe(0);
    const waiting = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('bank-training-outbox');
          req.onsuccess = () => {
            const db = req.result;
            if (!db.objectStoreNames.contains('attempts')) return resolve(0);
            const count = db.transaction('attempts').objectStore('attempts').count();
            count.onsuccess = () => resolve(count.result);
          };
          req.onerror = () => resolve(-1);
        }),
    );
    expect(waiting).toBe(0);
    // Asking whether a server is here costs a static host no error (no 404 in the console).
    expect(errors).toEqual([]);
    await context.close();
  });
});
