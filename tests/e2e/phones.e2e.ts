/**
 * Issue 7, fault 12: phones. Upright, the lobby takes the top of the screen and stays in view
 * during choices; every control is at least 44 px tall on a touch screen; a case plays by touch
 * (page.tap) at 360×640 and 844×390 and by keyboard at 200 % zoom; the debrief's branch map keeps
 * text of 12 px or more, pans, and is labelled in Chinese; the canvas is drawn at the screen's
 * pixel ratio. Screenshots of every screen at every size are left in test-results/.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readUntilChoice, screenshot, signIn, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

interface Size {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly touch: boolean;
}

const SIZES: readonly Size[] = [
  { name: '360x640', width: 360, height: 640, touch: true },
  { name: '390x844', width: 390, height: 844, touch: true },
  { name: '844x390', width: 844, height: 390, touch: true },
  { name: '1280x720', width: 1280, height: 720, touch: false },
];

async function open(browser: Browser, size: Size, scale = 1): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: scale, hasTouch: size.touch, isMobile: size.touch, locale: 'zh-CN' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
  return { page, errors, close: () => context.close() };
}

/** Controls on screen (buttons, options, selects, fields, the settings menu) shorter than `min` px. */
async function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const els = document.querySelectorAll<HTMLElement>('button, select, summary, input:not([type="checkbox"]):not([type="range"]), [role="button"]');
    return [...els]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
      .map((el) => ({ el, h: el.getBoundingClientRect().height }))
      .filter(({ h }) => h < least - 0.5)
      .map(({ el, h }) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent.trim().slice(0, 12)}” ${h.toFixed(1)}px`);
  }, min);
}

/** Taps (touch) or clicks on: reads every line and picks option 1 at each choice, to the debrief. */
async function playByPointer(page: Page, touch: boolean, shots: string | null): Promise<void> {
  const press = (sel: string): Promise<void> => (touch ? page.locator(sel).first().tap() : page.locator(sel).first().click());
  let shotChoices = shots !== null;
  for (let i = 0; i < 600; i++) {
    if (await page.getByRole('heading', { name: /^复盘/ }).isVisible()) return;
    const state = await page.locator('.dialogue').getAttribute('data-state');
    if (state === 'choosing') {
      if (shotChoices && shots !== null) {
        await screenshot(page, `${shots}-choices`);
        shotChoices = false;
      }
      await press('.choices button.choice');
    } else if (state === 'typing' || state === 'waiting') await press('.dialogue button.next');
    await page.waitForTimeout(40);
  }
  throw new Error('the debrief never came');
}

describe('phones held upright', () => {
  for (const size of SIZES.slice(0, 2)) {
    it(`${size.name}: the lobby sits under the top bar and stays in view during choices; the dialogue scrolls within its own area`, async () => {
      const { page, errors, close } = await open(browserOf(), size);
      await signIn(page, '靳南', '东湖支行');
      await page.locator('[data-case="angry-customer"] button.primary').click();
      expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
      const canvas = await page.locator('#game canvas').boundingBox();
      const bar = await page.locator('#topbar').boundingBox();
      const dialogue = await page.locator('.dialogue').boundingBox();
      if (canvas === null || bar === null || dialogue === null) throw new Error('missing layout');
      // The whole width, right under the top bar.
      expect(canvas.width).toBeGreaterThanOrEqual(size.width - 1);
      expect(Math.abs(canvas.y - (bar.y + bar.height))).toBeLessThanOrEqual(2);
      // At least two thirds of the lobby is not covered by the dialogue.
      const uncovered = Math.min(canvas.y + canvas.height, dialogue.y) - canvas.y;
      expect(uncovered / canvas.height).toBeGreaterThan(0.66);
      // The dialogue stays inside the screen and scrolls to its last option.
      expect(dialogue.y + dialogue.height).toBeLessThanOrEqual(size.height + 1);
      const last = page.locator('.choices button.choice').last();
      await last.scrollIntoViewIfNeeded();
      expect(await last.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return hit !== null && el.contains(hit);
      })).toBe(true);
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe('touch targets', () => {
  it('360×640: every button, option, field and menu on every screen is at least 44 px tall', async () => {
    const size = SIZES[0];
    if (size === undefined) throw new Error('no size');
    const { page, errors, close } = await open(browserOf(), size);
    const found: Record<string, string[]> = {};
    found['welcome'] = await smallTargets(page, 44);
    await signIn(page, '靳南', '东湖支行');
    found['board'] = await smallTargets(page, 44);
    await page.locator('.settings-menu > summary').tap();
    found['settings'] = await smallTargets(page, 44);
    await page.locator('.settings-menu > summary').tap();
    await page.locator('[data-case="angry-customer"] button.primary').tap();
    await page.locator('.dialogue:not([hidden])').waitFor();
    found['line'] = await smallTargets(page, 44);
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    found['options'] = await smallTargets(page, 44);
    await playByPointer(page, true, null);
    found['debrief'] = await smallTargets(page, 44);
    expect(found).toEqual({ welcome: [], board: [], settings: [], line: [], options: [], debrief: [] });
    expect(errors).toEqual([]);
    await close();
  });
});

describe('a whole case by touch, by mouse and by keyboard at 200 % zoom', () => {
  for (const size of SIZES) {
    it(`${size.name}: ${size.touch ? 'taps' : 'clicks'} through a case to its debrief; the map is readable, pans and speaks Chinese`, async () => {
      const { page, errors, close } = await open(browserOf(), size);
      const shots = `phone-${size.name}`;
      await screenshot(page, `${shots}-welcome`);
      await signIn(page, '靳南', '东湖支行');
      await screenshot(page, `${shots}-board`);
      await page.locator('.settings-menu > summary').click();
      await screenshot(page, `${shots}-settings`);
      await page.locator('.settings-menu > summary').click();
      const start = page.locator('[data-case="angry-customer"] button.primary');
      if (size.touch) await start.tap();
      else await start.click();
      await page.locator('.dialogue:not([hidden])').waitFor();
      await page.waitForTimeout(1500); // the camera reaches the case (for the screenshot)
      await screenshot(page, `${shots}-line`);
      await playByPointer(page, size.touch, shots);
      await page.locator('.route-map svg').waitFor();
      await screenshot(page, `${shots}-debrief`);
      const map = page.locator('.route-map');
      await map.scrollIntoViewIfNeeded();
      await screenshot(page, `${shots}-debrief-map`);
      const fonts = await map.evaluate((box) => {
        const svg = box.querySelector('svg');
        if (svg === null) return { smallest: 0, pans: false, labels: [] as string[] };
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        const sizes = [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
        const labels = [...svg.querySelectorAll('.node.choice text, .edge-label text')].map((t) => t.textContent);
        return { smallest: Math.min(...sizes), pans: box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight, labels };
      });
      expect(fonts.smallest).toBeGreaterThanOrEqual(12);
      expect(fonts.pans).toBe(true);
      expect(fonts.labels.length).toBeGreaterThan(0);
      // Chinese, not knot ids: no label is only Latin letters, digits and punctuation.
      expect(fonts.labels.filter((l) => /^[\x20-\x7e]+$/.test(l))).toEqual([]);
      // The map pans: scrolling it moves what is shown.
      const moved = await map.evaluate((box) => {
        box.scrollLeft = 80;
        box.scrollTop = 80;
        return box.scrollLeft + box.scrollTop;
      });
      expect(moved).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it('200 % zoom: plays a case to its debrief by keyboard alone', async () => {
    const { page, errors, close } = await open(browserOf(), { name: 'zoom200', width: 640, height: 360, touch: false }, 2);
    await page.getByLabel('你的姓名').fill('靳南');
    await page.getByLabel('所属支行').selectOption({ label: '东湖支行' });
    await page.getByRole('button', { name: '进入营业厅' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    await page.locator('[data-case="angry-customer"] button.primary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.dialogue:not([hidden])').waitFor();
    for (let turn = 0; turn < 40; turn++) {
      if ((await readUntilChoice(page, 'keyboard')) === 'end') break;
      await page.keyboard.press('1');
    }
    await page.getByRole('heading', { name: /^复盘/ }).waitFor();
    await screenshot(page, 'phone-zoom200-debrief');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the canvas at the screen’s pixel ratio', () => {
  for (const scale of [1, 2]) {
    it(`${scale}×: the canvas has ${scale} device pixel(s) per CSS pixel or more`, async () => {
      const { page, errors, close } = await open(browserOf(), { name: 'dpr', width: 1280, height: 720, touch: false }, scale);
      const { backing, css } = await page.locator('#game canvas').evaluate((c: HTMLCanvasElement) => ({ backing: c.width, css: c.getBoundingClientRect().width }));
      expect(backing / css).toBeGreaterThanOrEqual(scale - 0.01);
      if (scale === 2) await screenshot(page, 'dpr2-lobby');
      expect(errors).toEqual([]);
      await close();
    });
  }
});
