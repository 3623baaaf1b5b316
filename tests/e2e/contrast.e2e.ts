/**
 * Issue 7, fault 10: contrast and colour. axe-core (every rule, colour contrast included) on every
 * screen at a desktop and a phone size with zero violations; focus rings, control borders and bar
 * fills at least 3:1 (axe does not check those); meter changes said with an arrow and 有利/不利 on
 * screen, not by colour alone; and the bars still drawn in forced-colours mode.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { openGame, readUntilChoice, screenshot, signIn, useBrowser } from './browser';
import { axeViolations, nonTextContrast, seedBests } from './a11yPage';

const url = inject('baseUrl');
const browserOf = useBrowser();

const SIZES = [
  { name: 'desktop', width: 1280, height: 720, touch: false },
  { name: 'phone', width: 360, height: 640, touch: true },
] as const;

/** Reads on until a meter has changed and its change is on screen; false if the case ended first. */
async function untilMeterChange(page: Page): Promise<boolean> {
  for (let turn = 0; turn < 8; turn++) {
    if ((await readUntilChoice(page, 'keyboard')) === 'end') return false;
    await page.keyboard.press('1');
    for (let step = 0; step < 40; step++) {
      if ((await page.locator('.meter-change:not(:empty)').count()) > 0) return true;
      const state = await page.locator('.dialogue').getAttribute('data-state');
      if (state === 'choosing') break;
      await page.keyboard.press('Space');
      await page.waitForTimeout(40);
    }
  }
  return false;
}

describe('axe-core on every screen', () => {
  for (const size of SIZES) {
    it(`${size.name}: welcome, board with every grade, dialogue line and options, debrief and the board after it have no violations`, async () => {
      const context = await browserOf().newContext({ viewport: { width: size.width, height: size.height }, hasTouch: size.touch, isMobile: size.touch, locale: 'zh-CN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
      const found: Record<string, string[]> = {};
      // A form error shown, so its colour is checked too.
      await page.getByRole('button', { name: '进入营业厅' }).click();
      found['welcome'] = await axeViolations(page);
      await signIn(page, '雷敏', '东湖支行');
      await seedBests(page);
      found['board'] = await axeViolations(page);
      await page.locator('[data-case="angry-customer"] button.primary').click();
      await page.locator('.dialogue:not([hidden])').waitFor();
      found['line'] = await axeViolations(page);
      expect(await untilMeterChange(page)).toBe(true);
      found['meter change'] = await axeViolations(page);
      expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
      found['options'] = await axeViolations(page);
      await page.keyboard.press('1');
      for (let turn = 0; turn < 40; turn++) {
        if ((await readUntilChoice(page, 'keyboard')) === 'end') break;
        await page.keyboard.press('1');
      }
      await page.locator('.route-map svg').waitFor();
      found['debrief'] = await axeViolations(page);
      // The grade letter is one character, which axe never judges: each grade's colours, measured.
      for (const grade of ['A', 'B', 'C', 'D'] as const) {
        await page.locator('.debrief .grade').evaluate((el, g) => el.setAttribute('class', `grade grade-${g}`), grade);
        for (const part of ['.grade-letter', '.grade-label']) {
          const c = await nonTextContrast(page, `.debrief .grade ${part}`, 'text');
          expect(c.ratio, `${grade} ${part}: ${c.colour} on ${c.against}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      await screenshot(page, `contrast-${size.name}-debrief`);
      await page.getByRole('button', { name: '返回案例板' }).click();
      await page.getByRole('heading', { name: '案例板' }).waitFor();
      found['board after'] = await axeViolations(page);
      expect(Object.keys(found)).toEqual(['welcome', 'board', 'line', 'meter change', 'options', 'debrief', 'board after']);
      // Only the screens with violations, so a failure names them in full.
      expect(Object.entries(found).filter(([, v]) => v.length > 0)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('what axe does not check', () => {
  it('draws focus rings, control borders and bar fills at 3:1 or more against what is around them', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    const ratios: Record<string, number> = {};
    const measure = async (name: string, selector: string, which: 'outline' | 'border' | 'fill'): Promise<void> => {
      const r = await nonTextContrast(page, selector, which);
      ratios[`${name} (${r.colour} on ${r.against})`] = r.ratio;
    };
    await measure('name field border', '.welcome input', 'border');
    await measure('branch list border', '.welcome select', 'border');
    await page.getByLabel('你的姓名').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await measure('name field focus ring', '.welcome input', 'outline');
    await signIn(page, '雷敏', '东湖支行');
    await measure('top bar button border', '#topbar button', 'border');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    // The options' group takes focus when they appear: its ring must be seen.
    expect(await page.evaluate(() => document.activeElement?.classList.contains('choices'))).toBe(true);
    await measure('options group focus ring', '.choices', 'outline');
    await measure('option border', '.choices .choice', 'border');
    await page.keyboard.press('Tab');
    await measure('option focus ring', '.choices .choice:focus-visible', 'outline');
    for (const level of ['good', 'mid', 'bad'] as const) {
      await page.locator('.meter').first().evaluate((el, l) => (el.dataset['level'] = l), level);
      await measure(`meter fill ${level}`, '.meter .meter-fill', 'fill');
    }
    const low = Object.entries(ratios).filter(([, r]) => r < 3);
    expect(low, JSON.stringify(ratios, null, 1)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('meaning never by colour alone', () => {
  it('shows each meter change with an arrow and 有利 or 不利, and it stays on screen', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '宁远', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await untilMeterChange(page)).toBe(true);
    const changes = await page.locator('.meter-change:not(:empty)').allInnerTexts();
    for (const c of changes) expect(c).toMatch(/^[↑↓] ?\d+(分钟)? ?(有利|不利)?$/);
    expect(changes.some((c) => /有利|不利/.test(c))).toBe(true);
    // Still there after the float animation would have ended (it is text, not a passing effect).
    await page.waitForTimeout(2000);
    expect(await page.locator('.meter-change:not(:empty)').allInnerTexts()).toEqual(changes);
    expect(await page.locator('.meter-change:not(:empty)').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

/**
 * Pixels of a row through the middle of `selector`'s box, taken from a real screenshot of the
 * element (scrolled into view, animations settled) and decoded here in Node with pngjs, that differ
 * clearly from the forced-colours background (Canvas). Decoding in the page (`Image.decode()`)
 * failed once in CI under load; nothing here depends on the page beyond reading the system colour.
 */
async function drawnWidth(page: Page, selector: string): Promise<{ drawn: number; width: number }> {
  const element = page.locator(selector).first();
  await element.scrollIntoViewIfNeeded();
  const box = await element.boundingBox();
  if (box === null) throw new Error(`${selector} is not on screen`);
  const png = PNG.sync.read(await element.screenshot({ animations: 'disabled' }));
  const bg = await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.background = 'Canvas';
    document.body.append(probe);
    const rgb = getComputedStyle(probe).backgroundColor.match(/\d+/g)?.map(Number) ?? [255, 255, 255];
    probe.remove();
    return rgb;
  });
  const y = Math.floor(png.height / 2);
  let drawn = 0;
  for (let x = 0; x < png.width; x++) {
    const at = (y * png.width + x) * 4;
    let d = 0;
    for (let c = 0; c < 3; c++) d += Math.abs((png.data[at + c] ?? 0) - (bg[c] ?? 0));
    if (d > 120) drawn++;
  }
  return { drawn, width: Math.round(box.width) };
}

describe('forced colours', () => {
  it('still draws the meters and the debrief chart bars', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await page.emulateMedia({ forcedColors: 'active' });
    await signIn(page, '柏松', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    // Trust starts above zero: its fill must be drawn.
    const trust = await drawnWidth(page, '.meter-trust .meter-fill');
    expect(trust.drawn, `trust fill ${trust.width}px wide`).toBeGreaterThan(0);
    await screenshot(page, 'forced-colours-dialogue');
    for (let turn = 0; turn < 40; turn++) {
      if ((await readUntilChoice(page, 'keyboard')) === 'end') break;
      await page.keyboard.press('1');
    }
    await page.locator('.chart').waitFor();
    const rows = page.locator('.bar-row');
    let checked = 0;
    for (let i = 0; i < (await rows.count()); i++) {
      const pct = Number((await rows.nth(i).locator('.bar-value').innerText()).replace('%', ''));
      if (pct < 10) continue;
      const bar = await drawnWidth(page, `.bar-row:nth-child(${i + 1}) .bar-fill`);
      expect(bar.drawn, `bar ${i + 1} (${pct}%)`).toBeGreaterThan(0);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    await screenshot(page, 'forced-colours-debrief');
    expect(errors).toEqual([]);
  });
});

