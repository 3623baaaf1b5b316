/**
 * What a trainee sees, measured with bounding boxes. On phones (360×640, 390×844, 844×390, touch),
 * at every choice point of case 4 (its options are the longest): every option is fully inside the
 * dialogue's visible area, or a visible 更多选项 control says more follow and scrolls to them; the
 * customer's last line and the meters stay readable while choosing; the hint says 点选, not 数字键.
 * In print (A4 width, and a wide window), the debrief's branch map is scaled to the page — never
 * clipped, never under the next section. Screenshots are left in test-results/fit-*.png.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import angry from '../golden/angry-customer.golden';
import { answer, ARTEFACTS, choose, readUntilChoice, screenshot, signIn, useBrowser } from './browser';
import { resolve } from 'node:path';

const url = inject('baseUrl');
const browserOf = useBrowser();
const model = angry.walkthroughs[0];

interface Box {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/** The choice point as the trainee sees it: boxes in viewport pixels, clipped by the panel's scroll box. */
interface Seen {
  readonly panel: Box;
  readonly options: readonly Box[];
  readonly line: Box;
  readonly lineText: string;
  readonly meters: Box;
  readonly hint: { readonly box: Box; readonly text: string; readonly shown: boolean };
  readonly more: { readonly box: Box; readonly shown: boolean } | null;
  readonly viewport: { readonly width: number; readonly height: number };
}

async function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const box = (el: Element | null): { top: number; bottom: number; left: number; right: number } => {
      const r = el?.getBoundingClientRect();
      return { top: r?.top ?? 0, bottom: r?.bottom ?? 0, left: r?.left ?? 0, right: r?.right ?? 0 };
    };
    const shown = (el: Element | null): boolean => el instanceof HTMLElement && !el.hidden && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const panel = document.querySelector('.dialogue');
    // The hint the trainee sees: at the panel's foot, or above the options on small screens.
    const hint = [...document.querySelectorAll('.choose-hint, .choices-hint')].find(shown) ?? null;
    const more = document.querySelector('.more-options');
    return {
      panel: box(panel),
      options: [...document.querySelectorAll('.choices button.choice')].map(box),
      line: box(document.querySelector('.dialogue .line')),
      lineText: document.querySelector('.dialogue .line')?.textContent ?? '',
      meters: box(document.querySelector('.dialogue .meters')),
      hint: { box: box(hint), text: hint?.textContent ?? '', shown: shown(hint) },
      more: more === null ? null : { box: box(more), shown: shown(more) },
      viewport: { width: innerWidth, height: innerHeight },
    };
  });
}

/** The part of the panel a trainee can see: inside the panel's box and the screen. */
function visibleArea(s: Seen): Box {
  return { top: Math.max(s.panel.top, 0), bottom: Math.min(s.panel.bottom, s.viewport.height), left: Math.max(s.panel.left, 0), right: Math.min(s.panel.right, s.viewport.width) };
}
const inside = (b: Box, area: Box): boolean => b.top >= area.top - 0.5 && b.bottom <= area.bottom + 0.5 && b.left >= area.left - 0.5 && b.right <= area.right + 0.5;
/** Is `b` not hidden under the sticky 更多选项 bar? */
const clearOf = (b: Box, more: Seen['more']): boolean => more === null || !more.shown || b.bottom <= more.box.top + 0.5 || b.top >= more.box.bottom - 0.5;

const PHONES = [
  { name: '360x640', width: 360, height: 640 },
  { name: '390x844', width: 390, height: 844 },
  { name: '844x390', width: 844, height: 390 },
] as const;

describe('options on a phone', () => {
  for (const size of PHONES) {
    it(`${size.name}: every option is on screen or announced as more, with the customer's line, the meters and a 点选 hint in view`, async () => {
      if (model === undefined) throw new Error('no walkthrough');
      const context = await browserOf().newContext({ viewport: { width: size.width, height: size.height }, hasTouch: true, isMobile: true, locale: 'zh-CN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
      await signIn(page, '靳南', '东湖支行');
      await page.locator('[data-case="angry-customer"] button.primary').tap();
      await page.locator('.dialogue:not([hidden])').waitFor();
      const report: string[] = [];
      let point = 0;
      for (const prefix of model.choices) {
        expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
        point++;
        const s = await seen(page);
        const area = visibleArea(s);
        if (point === 1) await screenshot(page, `fit-${size.name}-choices`);
        const where = `${size.name}, choice point ${point}`;
        // The customer's line: its start is readable (two text lines' worth) inside the visible panel.
        expect(s.lineText.length, where).toBeGreaterThan(0);
        expect(s.line.top, `${where}: the line's start is above the panel's visible top`).toBeGreaterThanOrEqual(area.top - 0.5);
        expect(Math.min(s.line.bottom, s.line.top + 40), `${where}: the line's start is below the visible area`).toBeLessThanOrEqual(area.bottom);
        expect(inside(s.meters, area), `${where}: the meters are out of view`).toBe(true);
        expect(s.hint.text, where).toMatch(/点选/);
        expect(s.hint.text, where).not.toMatch(/数字键/);
        const hidden = s.options.flatMap((o, i) => (inside(o, area) && clearOf(o, s.more) ? [] : [i]));
        report.push(`${where}: panel ${Math.round(s.panel.top)}–${Math.round(s.panel.bottom)}, options ${s.options.map((o) => `${Math.round(o.top)}–${Math.round(o.bottom)}`).join(' ')}, hidden [${hidden.join(',')}]`);
        expect(hidden.includes(0), `${where}: the first option is not wholly in view`).toBe(false);
        if (hidden.length === 0) expect(s.hint.shown && inside(s.hint.box, area), `${where}: every option shows but the hint is cut (${Math.round(s.hint.box.bottom)} > ${Math.round(area.bottom)})`).toBe(true);
        if (hidden.length > 0) {
          // Not all fit: a visible control, inside the visible panel, says so and scrolls to the rest.
          expect(s.more?.shown, `${where}: options ${hidden.join(',')} are out of view and nothing says so`).toBe(true);
          expect(inside(s.more?.box ?? s.panel, area), `${where}: the 更多选项 control is out of view`).toBe(true);
          // Tapped where the trainee sees it (no scrolling first): it scrolls to the rest and picks nothing.
          const b = s.more?.box ?? s.panel;
          await page.touchscreen.tap((b.left + b.right) / 2, (b.top + b.bottom) / 2);
          expect(await page.locator('.dialogue').getAttribute('data-state'), `${where}: tapping 更多选项 picked an option`).toBe('choosing');
          await page.waitForFunction(() => {
            const p = document.querySelector('.dialogue');
            return p !== null && p.scrollTop + p.clientHeight >= p.scrollHeight - 1;
          });
          const after = await seen(page);
          const last = after.options.at(-1);
          expect(last !== undefined && inside(last, visibleArea(after)) && clearOf(last, after.more), `${where}: the last option is still out of view after 更多选项`).toBe(true);
          expect(after.hint.shown && inside(after.hint.box, visibleArea(after)), `${where}: the hint is out of view at the panel's end`).toBe(true);
        }
        await choose(page, prefix, 'keyboard');
      }
      console.log(report.join('\n'));
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});

describe('the debrief in print', () => {
  for (const width of [794, 1280]) {
    it(`${width}px: the branch map is scaled to the page, its title and legend whole, and nothing overlaps it`, async () => {
      if (model === undefined) throw new Error('no walkthrough');
      const context = await browserOf().newContext({ viewport: { width, height: 1000 }, locale: 'zh-CN' });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready', null, { timeout: 30_000 });
      await signIn(page, '沈佳', '火车站支行');
      await page.locator('[data-case="angry-customer"] button.primary').click();
      await page.locator('.dialogue:not([hidden])').waitFor();
      await answer(page, model.choices);
      expect(await readUntilChoice(page, 'keyboard')).toBe('end');
      await page.locator('.route-map svg [data-node="start"]').waitFor();
      await page.emulateMedia({ media: 'print' });
      const m = await page.evaluate(() => {
        const r = (el: Element | null): { left: number; right: number; top: number; bottom: number; width: number } => {
          const b = el?.getBoundingClientRect();
          return { left: b?.left ?? NaN, right: b?.right ?? NaN, top: b?.top ?? NaN, bottom: b?.bottom ?? NaN, width: b?.width ?? NaN };
        };
        const box = document.querySelector('.route-map');
        const svg = box?.querySelector('svg') ?? null;
        const panel = document.querySelector('.panel.debrief');
        const figure = document.querySelector('.debrief-map');
        const after = [...document.querySelectorAll('.panel.debrief > *')].filter((el) => figure !== null && (figure.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && el.getClientRects().length > 0);
        return {
          page: document.documentElement.clientWidth,
          panel: r(panel),
          box: r(box),
          svg: r(svg),
          scroll: box === null ? NaN : box.scrollWidth - box.clientWidth,
          title: r(svg?.querySelector('text.title') ?? null),
          legend: r(svg?.querySelector('.legend') ?? null),
          figure: r(figure),
          nextTop: Math.min(...after.map((el) => el.getBoundingClientRect().top)),
        };
      });
      console.log(`print at ${width}px: ${JSON.stringify(m)}`);
      // The whole map inside the page and its box: nothing clipped, nothing to scroll.
      expect(m.svg.left).toBeGreaterThanOrEqual(m.panel.left - 0.5);
      expect(m.svg.right).toBeLessThanOrEqual(Math.min(m.panel.right, m.page) + 0.5);
      expect(m.svg.left).toBeGreaterThanOrEqual(m.box.left - 0.5);
      expect(m.svg.right).toBeLessThanOrEqual(m.box.right + 0.5);
      expect(m.svg.bottom).toBeLessThanOrEqual(m.box.bottom + 0.5);
      expect(m.scroll).toBeLessThanOrEqual(0);
      expect(m.title.left).toBeGreaterThanOrEqual(m.box.left - 0.5);
      expect(m.legend.right).toBeLessThanOrEqual(m.box.right + 0.5);
      // What follows the map starts below it.
      expect(m.nextTop).toBeGreaterThanOrEqual(m.figure.bottom - 0.5);
      await page.pdf({ path: resolve(ARTEFACTS, `fit-print-${width}.pdf`), format: 'A4', printBackground: true });
      await page.screenshot({ path: resolve(ARTEFACTS, `fit-print-${width}.png`), fullPage: true });
      await context.close();
    });
  }
});
