/**
 * Helpers for the accessibility suites (contrast, motion, phones): axe-core in the page, a case
 * played to its debrief, best scores of every grade on the board, and colour arithmetic (WCAG 2
 * relative luminance) for what axe does not check: focus rings, control borders, bar fills.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { readUntilChoice } from './browser';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeNode {
  target: string[];
  failureSummary?: string;
  any: { message: string }[];
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: AxeNode[] }[];
  incomplete: { id: string; nodes: AxeNode[] }[];
}

/**
 * Every axe-core violation on the page as one line each (rule, impact, first targets); `rules`
 * limits the run to those rule ids. Empty when the page passes. Text whose contrast axe could
 * not work out (it returns it as “incomplete”, e.g. when a transparent layer lies over it) is
 * reported too: an unchecked colour would otherwise pass silently.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // A node axe could not decide may be mid-animation (a meter change floating over its neighbours,
  // its `fresh` class gone a moment later): when one no longer matches axe's selector, the screen
  // was changing under the check, so it is run again — at most three times (a count, not a clock).
  for (let run = 1; ; run++) {
    const found = await axeOnce(page, rules);
    if (found.gone.length === 0 || run === 3) return [...found.violations, ...found.gone.map((g) => `${g} (gone by the third check)`)];
  }
}

async function axeOnce(page: Page, rules: readonly string[] | undefined): Promise<{ violations: string[]; gone: string[] }> {
  const result = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    return axe.run(document, { resultTypes: ['violations', 'incomplete'], ...(only === null ? {} : { runOnly: { type: 'rule', values: only } }) });
  }, rules === undefined ? null : [...rules]);
  // What axe leaves unchecked is measured here instead (ancestors' backgrounds composited, down
  // to an opaque one), and reported only if it fails or no opaque background lies behind it.
  const undecided = result.incomplete
    .filter((v) => v.id === 'color-contrast')
    .flatMap((v) => v.nodes.filter((n) => !n.any.some((a) => /too short|has no value/.test(a.message))).map((n) => ({ selector: n.target.join(' '), why: n.any.map((a) => a.message).join('; ') })));
  const unchecked: string[] = [];
  const gone: string[] = [];
  for (const u of undecided) {
    const line = `color-contrast unchecked: ${u.selector} [${u.why.slice(0, 120)}]`;
    const node = page.locator(u.selector).first();
    if ((await node.count()) === 0) {
      gone.push(line);
      continue;
    }
    const m = await node.evaluate(textContrastIn).catch(() => null);
    if (m === null || !m.opaque || m.ratio < m.needed) unchecked.push(`${line} measured ${m === null ? 'nothing' : `${m.ratio}:1 (needs ${m.needed}, opaque background ${m.opaque})`}`);
  }
  const violations = result.violations.map(
    (v) => `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} [${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}]`).join(' | ')}`,
  );
  return { violations: [...violations, ...unchecked], gone };
}

/**
 * axe-core's serious and critical violations on the page, one line each (rule, help, first three
 * targets). axe is injected as a script tag every call: a page under the server's strict CSP
 * needs a context opened with `bypassCSP: true`.
 */
export async function axeSerious(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResult> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Plays the case on the board by pressing option 1 at every choice (keyboard), to its debrief. */
export async function playToDebrief(page: Page, caseId = 'angry-customer'): Promise<void> {
  await page.locator(`[data-case="${caseId}"] button.primary`).click();
  await page.locator('.dialogue:not([hidden])').waitFor();
  for (let turn = 0; turn < 40; turn++) {
    if ((await readUntilChoice(page, 'keyboard')) === 'end') return;
    await page.keyboard.press('1');
  }
  throw new Error('the case did not end');
}

/**
 * Stores a best score of each grade (A, B, C, D) for the first four cases of the signed-in
 * trainee, then reloads to the board, so every grade's colours are on screen.
 */
export async function seedBests(page: Page): Promise<void> {
  await page.evaluate(() => {
    const profile = JSON.parse(localStorage.getItem('bank-lobby.profile') ?? 'null') as { id: string } | null;
    if (profile === null) throw new Error('no trainee signed in');
    const ids = [...document.querySelectorAll<HTMLElement>('[data-case]')].map((el) => el.dataset['case'] ?? '');
    const grades = [['A', 92], ['B', 78], ['C', 60], ['D', 40]] as const;
    grades.forEach(([grade, score], i) => {
      const id = ids[i];
      if (id === undefined) return;
      localStorage.setItem(`bank-lobby.p.${profile.id}.best.${id}`, JSON.stringify({ format: 1, score, grade, at: '2026-11-01T08:00:00.000Z', scoringVersion: 2 }));
    });
  });
  await page.reload();
  await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
  await page.getByRole('heading', { name: '案例板' }).waitFor();
}

/**
 * In the page: WCAG contrast of a colour against the effective background behind `el` (its own
 * and its ancestors' backgrounds composited, ending on the page's). `which`: 'outline' (the focus
 * ring, against what is around the element: the parent's background), 'border' (against the
 * parent's background), 'fill' (the element's own background against its parent's) or 'text' (its
 * text colour against its own background: for one or two characters, which axe never judges).
 */
export async function nonTextContrast(page: Page, selector: string, which: 'outline' | 'border' | 'fill' | 'text'): Promise<{ ratio: number; colour: string; against: string }> {
  return page.locator(selector).first().evaluate((el, kind) => {
    type RGBA = [number, number, number, number];
    const parse = (c: string): RGBA => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      if (m === null) return [0, 0, 0, 0];
      const p = (m[1] ?? '').split(/[ ,/]+/).filter((s) => s !== '').map(Number);
      return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
    };
    const over = (top: RGBA, under: RGBA): RGBA => {
      const a = top[3];
      return [top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1];
    };
    const behind = (node: Element | null): RGBA => {
      const layers: RGBA[] = [];
      for (let n = node; n !== null; n = n.parentElement) {
        const bg = parse(getComputedStyle(n).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1) break;
      }
      let c: RGBA = [255, 255, 255, 1];
      for (const l of layers.reverse()) c = over(l, c);
      return c;
    };
    const lum = (c: RGBA): number =>
      c.slice(0, 3).reduce((sum, v, i) => {
        const s = v / 255;
        const lin = s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        return sum + lin * ([0.2126, 0.7152, 0.0722][i] ?? 0);
      }, 0);
    const style = getComputedStyle(el);
    const raw = kind === 'outline' ? style.outlineColor : kind === 'border' ? style.borderTopColor : kind === 'text' ? style.color : style.backgroundColor;
    const back = behind(kind === 'text' ? el : el.parentElement);
    const colour = over(parse(raw), back);
    const [a, b] = [lum(colour), lum(back)];
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    return { ratio: Math.round(ratio * 100) / 100, colour: raw, against: `rgb(${back.slice(0, 3).map(Math.round).join(', ')})` };
  }, which);
}

/**
 * In the page: a text element's contrast against its backgrounds, composited from its own up to
 * the first opaque one (`opaque` false when there is none: then it lies over the lobby's canvas and
 * cannot be judged). `needed`: 3 for large text (24 px, or 18.66 px bold), 4.5 otherwise.
 */
function textContrastIn(el: Element): { ratio: number; needed: number; opaque: boolean } {
  type RGBA = [number, number, number, number];
  const parse = (c: string): RGBA => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (m === null) return [0, 0, 0, 0];
    const p = (m[1] ?? '').split(/[ ,/]+/).filter((x) => x !== '').map(Number);
    return [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0, p[3] ?? 1];
  };
  const over = (top: RGBA, under: RGBA): RGBA => [0, 1, 2].map((i) => (top[i] ?? 0) * top[3] + (under[i] ?? 0) * (1 - top[3])).concat(1) as RGBA;
  const layers: RGBA[] = [];
  let opaque = false;
  for (let n: Element | null = el; n !== null; n = n.parentElement) {
    const bg = parse(getComputedStyle(n).backgroundColor);
    if (bg[3] > 0) layers.push(bg);
    if (bg[3] >= 1) {
      opaque = true;
      break;
    }
  }
  let back: RGBA = [255, 255, 255, 1];
  for (const l of layers.reverse()) back = over(l, back);
  const style = getComputedStyle(el);
  const fore = over(parse(style.color), back);
  const lum = (c: RGBA): number => [0, 1, 2].reduce((sum, i) => {
    const v = (c[i] ?? 0) / 255;
    return sum + (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4) * ([0.2126, 0.7152, 0.0722][i] ?? 0);
  }, 0);
  const [a, b] = [lum(fore), lum(back)];
  const size = Number.parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
  return { ratio: Math.round(((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)) * 100) / 100, needed: large ? 3 : 4.5, opaque };
}
