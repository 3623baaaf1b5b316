/**
 * Every case on the board, played to an ending in real Chromium (the built game, the published
 * content index), and the board that teaches: grouping by principle and by setting, and the next
 * case recommended from the trainee's weakest principle.
 *
 * The paths are the golden walkthroughs (data written from the deck: tests/golden/*.golden.ts),
 * so each case's model path must reach its ending and grade in the browser exactly as in the core.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Golden } from '../golden/golden';
import { choose, openGame, readUntilChoice, screenshot, signIn, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();
const goldens = Object.values(import.meta.glob<Golden>('../golden/*.golden.ts', { eager: true, import: 'default' })).sort((a, b) => (a.caseId < b.caseId ? -1 : 1));

async function play(page: Page, caseId: string, choices: readonly string[]): Promise<void> {
  await page.locator(`[data-case="${caseId}"]`).first().getByRole('button', { name: /开始练习|再练一次/ }).click();
  await page.locator('.dialogue:not([hidden])').waitFor();
  for (const prefix of choices) {
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await choose(page, prefix, 'keyboard');
  }
  expect(await readUntilChoice(page, 'keyboard')).toBe('end');
}

describe('every case', () => {
  it('has a golden walkthrough and a card on the board', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '赵敏', '东湖支行');
    const onBoard = await page.locator('.case-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-case')));
    expect([...onBoard].sort()).toEqual(goldens.map((g) => g.caseId));
    expect(onBoard).toHaveLength(20);
    expect(errors).toEqual([]);
  });

  it('plays to its ending in the browser with the grade the walkthrough expects', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '钱多多', '火车站支行');
    for (const g of goldens) {
      const w = g.walkthroughs[0];
      if (w === undefined) throw new Error(`${g.caseId}: no walkthrough`);
      await play(page, g.caseId, w.choices);
      await expect.poll(() => page.locator('.grade-letter').innerText(), { message: g.caseId }).toBe(w.grade);
      expect(await page.locator('.decision').count(), g.caseId).toBe(w.choices.length);
      await page.getByRole('button', { name: '返回案例板' }).click();
      await expect.poll(() => page.locator(`[data-case="${g.caseId}"] .best`).first().innerText(), { message: g.caseId }).toContain(`· ${w.grade}`);
    }
    await expect.poll(() => page.locator('.progress strong').innerText()).toBe('已完成 20 / 20 个案例');
    expect(errors).toEqual([]);
  }, 600_000);
});

describe('the case board', () => {
  it('recommends the case for the weakest principle after a debrief, and says why', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '孙小美', '东湖支行');
    // Before any attempt there is nothing to recommend.
    expect(await page.locator('.recommend').count()).toBe(0);
    const friend = goldens.find((g) => g.caseId === 'friend-in-queue')?.walkthroughs.find((w) => w.grade === 'D');
    if (friend === undefined) throw new Error('no poor walkthrough for case 7');
    await play(page, 'friend-in-queue', friend.choices);
    const rec = page.locator('.debrief .recommend');
    await rec.waitFor();
    // The weakest bar of this debrief is the principle the recommendation names…
    const bars = await page.locator('.chart .bar-row').evaluateAll((rows) =>
      rows.map((r) => ({ name: r.querySelector('.bar-name')?.getAttribute('title') ?? '', pct: Number((r.querySelector('.bar-value')?.textContent ?? '').replace('%', '')) })),
    );
    const lowest = Math.min(...bars.map((b) => b.pct));
    const why = await rec.locator('.recommend-why').innerText();
    const named = bars.find((b) => why.startsWith(`“${b.name}”`));
    expect(named?.pct).toBe(lowest);
    expect(why).toContain(`平均 ${lowest}%`);
    // …and the recommended case trains it, and is another case than the one just played.
    const recId = await rec.getAttribute('data-recommend');
    expect(recId).not.toBe('friend-in-queue');
    await screenshot(page, 'debrief-recommend');
    await page.getByRole('button', { name: '返回案例板' }).click();
    const chips = await page.locator(`[data-case="${recId}"]`).first().locator('.chips li').allInnerTexts();
    expect(chips).toContain(named?.name);
    // The board shows the same recommendation, and the progress.
    expect(await page.locator('.board .recommend').getAttribute('data-recommend')).toBe(recId);
    expect(await page.locator('.progress strong').innerText()).toBe('已完成 1 / 20 个案例');
    await screenshot(page, 'board-recommend');
    // The recommendation's button starts that case.
    const recTitle = await page.locator(`[data-case="${recId}"] .case-name`).first().innerText();
    await page.locator('.board .recommend button').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await page.locator('.dialogue .case-title').innerText()).toContain(recTitle);
    expect(errors).toEqual([]);
  });

  it('groups cases by principle and by setting, and remembers the choice', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '周杰', '东湖支行');
    await page.getByRole('button', { name: '按场景' }).click();
    const groupTitles = await page.locator('.board-group .group-title').evaluateAll((els) => els.map((e) => e.firstChild?.textContent ?? ''));
    expect(groupTitles).toEqual(['柜台窗口', '大堂', '自助设备区', '电话']);
    const phone = await page.locator('[data-group="phone"] .case-card').evaluateAll((els) => els.map((e) => e.getAttribute('data-case')));
    expect(phone.sort()).toEqual(['phone-enquiry', 'whose-fault']);
    expect(await page.locator('[data-group="self-service"] [data-case="swallowed-card"]').count()).toBe(1);
    // Every case is in exactly one setting group.
    expect(await page.locator('.board-group .case-card').count()).toBe(20);

    await page.getByRole('button', { name: '按原则' }).click();
    expect(await page.getByRole('button', { name: '按原则' }).getAttribute('aria-pressed')).toBe('true');
    // Each principle group lists exactly the cases whose chips name it.
    const groups = await page.locator('.board-group').evaluateAll((els) =>
      els.map((g) => ({
        title: g.querySelector('.group-title')?.firstChild?.textContent ?? '',
        cards: [...g.querySelectorAll('.case-card')].map((c) => ({ id: c.getAttribute('data-case'), chips: [...c.querySelectorAll('.chips li')].map((l) => l.textContent) })),
      })),
    );
    expect(groups.length).toBeGreaterThan(5);
    for (const g of groups) for (const c of g.cards) expect(c.chips, `${g.title} / ${c.id}`).toContain(g.title);
    await screenshot(page, 'board-by-principle');
    // A group's note never repeats what its heading already says (the short name inside the full name).
    const notes = await page.locator('.board-group').evaluateAll((els) => els.map((g) => ({ title: g.querySelector('.group-title')?.firstChild?.textContent ?? '', note: g.querySelector('.group-note')?.textContent ?? '' })));
    for (const n of notes) if (n.note !== '') expect(n.title, n.note).not.toContain(/“(.*)”/.exec(n.note)?.[1] ?? n.note);
    expect(notes.find((n) => n.title === '热情主动，拒绝冷漠')?.note).toBe('');
    // Headings and start buttons stay unique per group (a case can sit under several principles).
    const ids = await page.locator('.board-group .group-title[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);

    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    expect(await page.getByRole('button', { name: '按原则' }).getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
  });
});
