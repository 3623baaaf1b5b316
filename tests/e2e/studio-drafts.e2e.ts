/**
 * Issue 8, fault 5: the Studio never loses a draft silently. Storage full, disabled or throwing
 * is said at once with the download offered (and 已保存 is never claimed); drafts already kept
 * are still listed; two tabs never overwrite each other's edits and see each other's new cases;
 * the old localStorage drafts move into IndexedDB; a draft older than its file in ink/ is flagged
 * with a choice; and the preview stops playing a case once another file that does not compile is
 * opened.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, useBrowser } from './browser';
import { choosePreview, openCase, openStudio, settled } from './studioPage';

const url = inject('baseUrl');
const browserOf = useBrowser();
const ANGRY = readFileSync(new URL('../../ink/angry-customer.ink', import.meta.url), 'utf8');

/** The browser refuses every write as it does when the origin's quota is used up (both stores). */
const STORAGE_FULL = `(() => {
  const full = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  Storage.prototype.setItem = full;
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
})();`;

/** Storage switched off: touching either store throws, as some locked-down browsers do. */
const STORAGE_DISABLED = `(() => {
  const denied = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };
  Object.defineProperty(window, 'indexedDB', { get: denied, configurable: true });
  Object.defineProperty(window, 'localStorage', { get: denied, configurable: true });
})();`;

async function typeAtLine(page: Page, n: number, text: string): Promise<void> {
  await page.locator('.cm-line').nth(n - 1).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(text);
}

async function pickerLabels(page: Page): Promise<string[]> {
  return page.getByLabel('案例文件').locator('option').allInnerTexts();
}

async function newContext(): Promise<BrowserContext> {
  return browserOf().newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true, locale: 'zh-CN' });
}

/** The draft of `name` as stored in the browser (IndexedDB), read from another page of the same origin. */
async function storedDraft(context: BrowserContext, name: string): Promise<string | null> {
  const page = await context.newPage();
  await page.goto(`${url}studio.html`);
  const text = await page.evaluate(
    (n) =>
      new Promise<string | null>((resolve, reject) => {
        const req = indexedDB.open('bank-lobby-studio');
        req.onerror = () => reject(new Error('open failed'));
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('drafts')) return resolve(null);
          const get = db.transaction('drafts').objectStore('drafts').get(n);
          get.onsuccess = () => resolve((get.result as { text?: string } | undefined)?.text ?? null);
          get.onerror = () => reject(new Error('get failed'));
        };
      }),
    name,
  );
  await page.close();
  return text;
}

describe('Studio drafts are never lost silently', () => {
  it('storage full: says so at once, offers the download, never claims 已保存; kept drafts are still listed', async () => {
    const context = await newContext();
    // A draft kept before the storage filled up.
    const first = await openStudio(browserOf(), url, context);
    await openCase(first.page, 'angry-customer.ink');
    await typeAtLine(first.page, 25, '（早先的草稿）');
    await expect.poll(() => first.page.locator('#save-status').innerText()).toBe('草稿已保存在本浏览器');
    await first.page.close();
    await context.addInitScript(STORAGE_FULL);
    const { page, errors } = await openStudio(browserOf(), url, context);
    await expect.poll(() => pickerLabels(page)).toContain('angry-customer.ink（已修改）');
    await openCase(page, 'cold-shoulder.ink');
    await typeAtLine(page, 20, '（这次的修改）');
    await expect.poll(() => page.locator('#draft-alerts').innerText()).toContain('草稿没有保存：浏览器的存储空间已满');
    expect(await page.locator('#save-status').innerText()).toBe('草稿没有保存');
    expect(await page.locator('body').innerText()).not.toMatch(/草稿已保存/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#draft-alerts').getByRole('button', { name: '下载 .ink' }).click()]);
    expect(download.suggestedFilename()).toBe('cold-shoulder.ink');
    expect(readFileSync(await download.path(), 'utf8')).toContain('（这次的修改）');
    // Downloading does not make the edit stored: the warning stays.
    expect(await page.locator('#draft-alerts').innerText()).toContain('草稿没有保存');
    await screenshot(page, 'studio-storage-full');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('storage disabled or throwing: the Studio still works, warns, and never says drafts are saved', async () => {
    const context = await newContext();
    await context.addInitScript(STORAGE_DISABLED);
    const { page, errors } = await openStudio(browserOf(), url, context);
    await expect.poll(() => page.locator('#draft-alerts').innerText()).toContain('浏览器不允许工作室保存草稿');
    await openCase(page, 'angry-customer.ink');
    await typeAtLine(page, 25, '甲');
    await expect.poll(() => page.locator('#save-status').innerText()).toMatch(/不会保存|没有保存/);
    expect(await page.locator('body').innerText()).not.toMatch(/草稿已保存|自动保存在本浏览器/);
    expect(await settled(page)).toMatch(/^(没有问题|没有错误)/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs: a case created in one appears in the other; a stale tab never overwrites the other’s edit', async () => {
    const context = await newContext();
    const a = await openStudio(browserOf(), url, context);
    const b = await openStudio(browserOf(), url, context);
    // A new case made in tab A shows up in tab B's list.
    await a.page.getByRole('button', { name: '新建案例' }).click();
    await a.page.getByLabel('案例标题').fill('自助设备吞卡');
    await a.page.getByLabel('案例序号').fill('41');
    await a.page.getByLabel('文件名').fill('two-tabs-case');
    await a.page.getByRole('button', { name: '创建' }).click();
    await expect.poll(() => a.page.locator('.cm-content').innerText()).toContain('# title: 自助设备吞卡');
    await expect.poll(() => pickerLabels(b.page)).toContain('two-tabs-case.ink（新）');
    // A tab that hears nothing from the other (no BroadcastChannel) still cannot overwrite it.
    const c = await context.newPage();
    await c.addInitScript('delete window.BroadcastChannel;');
    await c.goto(`${url}studio.html`);
    await settled(c);
    await openCase(c, 'angry-customer.ink');
    await openCase(a.page, 'angry-customer.ink');
    await typeAtLine(a.page, 25, '（A 的修改）');
    await expect.poll(() => a.page.locator('#save-status').innerText()).toBe('草稿已保存在本浏览器');
    // Tab B had no edit of its own: it takes A's version in, and says so.
    await openCase(b.page, 'angry-customer.ink');
    await expect.poll(() => b.page.locator('.cm-content').innerText()).toContain('（A 的修改）');
    // Tab C still shows the text from before A's edit; its edit meets A's newer revision.
    await typeAtLine(c, 25, '（C 的修改）');
    await expect.poll(() => c.locator('#draft-alerts').innerText()).toContain('另一个工作室标签页也修改并保存了这个文件');
    expect(await c.locator('#save-status').innerText()).toBe('草稿没有保存');
    expect(await storedDraft(context, 'angry-customer.ink')).toContain('（A 的修改）');
    await screenshot(c, 'studio-tab-conflict');
    // The trainer chooses: keep C's version over A's.
    await c.getByRole('button', { name: '保留这里的版本（覆盖另一个标签页的）' }).click();
    await expect.poll(() => storedDraft(context, 'angry-customer.ink')).toContain('（C 的修改）');
    expect(await storedDraft(context, 'angry-customer.ink')).not.toContain('（A 的修改）');
    // Tab A did not hear of it (C has no channel): A's next edit meets C's revision and asks too.
    await typeAtLine(a.page, 25, '（A 再改）');
    await expect.poll(() => a.page.locator('#draft-alerts').innerText()).toContain('另一个工作室标签页也修改并保存了这个文件');
    expect(await storedDraft(context, 'angry-customer.ink')).not.toContain('（A 再改）');
    await a.page.getByRole('button', { name: '改用另一个标签页的版本' }).click();
    await expect.poll(() => a.page.locator('.cm-content').innerText()).toContain('（C 的修改）');
    expect([...a.errors, ...b.errors]).toEqual([]);
    await context.close();
  });

  it('moves the old localStorage drafts into IndexedDB, and flags them since their base is unknown', async () => {
    const context = await newContext();
    const legacy = ANGRY.replace('# title: 客户在营业厅争吵怎么办', '# title: 客户在营业厅争吵怎么办（旧草稿）');
    await context.addInitScript(
      ([text]) => {
        if (sessionStorage.getItem('seeded') !== null) return;
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('bank-lobby.studio.draft.index', JSON.stringify(['angry-customer.ink']));
        localStorage.setItem('bank-lobby.studio.draft.angry-customer.ink', text ?? '');
      },
      [legacy],
    );
    const { page, errors } = await openStudio(browserOf(), url, context);
    await openCase(page, 'angry-customer.ink');
    expect(await page.locator('.cm-content').innerText()).toContain('（旧草稿）');
    await expect.poll(() => page.locator('#draft-alerts').innerText()).toContain('来自旧版工作室');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('bank-lobby.studio.draft.')))).toEqual([]);
    expect(await storedDraft(context, 'angry-customer.ink')).toContain('（旧草稿）');
    await page.getByRole('button', { name: '保留我的草稿' }).click();
    await page.reload();
    await openCase(page, 'angry-customer.ink');
    expect(await page.locator('.cm-content').innerText()).toContain('（旧草稿）');
    expect(await page.locator('#draft-alerts').innerText()).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a draft older than its file in ink/ is said, with the choice to take the file', async () => {
    const context = await newContext();
    const { page, errors } = await openStudio(browserOf(), url, context);
    // A draft started from an earlier version of the file (its base is another file's hash).
    await page.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.open('bank-lobby-studio', 1);
          req.onsuccess = () => {
            const tx = req.result.transaction('drafts', 'readwrite');
            tx.objectStore('drafts').put({ name: 'angry-customer.ink', text, base: '0123456789abcdef', rev: 1 });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(new Error('put failed'));
          };
        }),
      `${ANGRY}\n// 按旧评分改的草稿\n`,
    );
    await page.reload();
    await settled(page);
    await expect.poll(() => pickerLabels(page)).toContain('angry-customer.ink（已修改·仓库文件较新）');
    await openCase(page, 'angry-customer.ink');
    await expect.poll(() => page.locator('#draft-alerts').innerText()).toContain('在您开始这份草稿之后更新过');
    await screenshot(page, 'studio-file-newer');
    await page.getByRole('button', { name: '改用仓库中的文件（删除草稿）' }).click();
    await expect.poll(() => page.locator('.cm-content').innerText()).not.toContain('按旧评分改的草稿');
    expect(await storedDraft(context, 'angry-customer.ink')).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('writes every draft back when the browser’s storage is cleared under the page', async () => {
    const { page, errors, context } = await openStudio(browserOf(), url);
    await openCase(page, 'cold-shoulder.ink');
    await typeAtLine(page, 20, '（草稿一）');
    await expect.poll(() => page.locator('#save-status').innerText()).toBe('草稿已保存在本浏览器');
    await openCase(page, 'angry-customer.ink');
    await typeAtLine(page, 25, '（草稿二）');
    await expect.poll(() => page.locator('#save-status').innerText()).toBe('草稿已保存在本浏览器');
    // The trainer (or a cleanup tool) clears the site's storage while the Studio is open.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin: new URL(url).origin, storageTypes: 'indexeddb' });
    await expect.poll(() => page.locator('#notices').innerText(), { timeout: 20_000 }).toContain('浏览器的存储被清除了；本页中的草稿已重新保存');
    await page.reload();
    await settled(page);
    expect(await pickerLabels(page)).toEqual(expect.arrayContaining(['cold-shoulder.ink（已修改）', 'angry-customer.ink（已修改）']));
    expect(await storedDraft(context, 'cold-shoulder.ink')).toContain('（草稿一）');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('stops the preview of the previous case when the file opened next does not compile, and says why', async () => {
    const { page, errors, context } = await openStudio(browserOf(), url);
    await openCase(page, 'cold-shoulder.ink');
    // Break cold-shoulder: a divert to a knot that does not exist is a compile error.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('\n-> no_such_knot\n');
    await expect.poll(() => page.locator('#check-status').innerText(), { timeout: 30_000 }).toMatch(/个错误/);
    await openCase(page, 'angry-customer.ink');
    await choosePreview(page, 1);
    await openCase(page, 'cold-shoulder.ink');
    await expect.poll(() => page.locator('#preview-status').innerText()).toContain('cold-shoulder.ink 有编译错误，还不能试玩');
    expect(await page.locator('.dialogue').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
