/**
 * The trainee's journey in real headless Chromium against the built game: sign in, see the lobby
 * and the case board, play case 4 to its best ending by keyboard and to its worst by mouse, and
 * resume after a reload. Screenshots go to test-results/ (not committed).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import angry from '../golden/angry-customer.golden';
import counterfeit from '../golden/counterfeit-claim.golden';
import { choose, openGame, useBrowser, readUntilChoice, screenshot, signIn, type Input } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

function walkthrough(grade: 'A' | 'D'): readonly string[] {
  const w = angry.walkthroughs.find((x) => x.grade === grade && x.name.startsWith('课件'));
  if (w === undefined) throw new Error(`no deck walkthrough with grade ${grade}`);
  return w.choices;
}

async function startCase(page: Page, title: string, button: string | RegExp = '开始练习'): Promise<void> {
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
  await card.getByRole('button', { name: button }).click();
  await page.locator('.dialogue:not([hidden])').waitFor();
}

async function playPath(page: Page, choices: readonly string[], input: Input, shotAt = -1): Promise<void> {
  for (const [i, prefix] of choices.entries()) {
    expect(await readUntilChoice(page, input)).toBe('choices');
    if (i === shotAt) await screenshot(page, 'dialogue');
    await choose(page, prefix, input);
  }
  expect(await readUntilChoice(page, input)).toBe('end');
}

describe('a trainee in the lobby', () => {
  it('signs in, sees the living lobby and the case board', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await expect.poll(() => page.getByRole('heading', { name: '厅堂服务情景训练' }).isVisible()).toBe(true);
    // The branch list comes from public/config/branches.json.
    const branches = await page.getByLabel('所属支行').locator('option').allInnerTexts();
    expect(branches).toContain('东湖支行');
    // An empty form is refused with a clear message.
    await page.getByRole('button', { name: '进入营业厅' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('请填写姓名');
    await signIn(page, '王晓明', '东湖支行');
    await expect.poll(() => page.getByText('王晓明 · 东湖支行').isVisible()).toBe(true);
    const cards = page.locator('.case-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(3);
    for (const title of ['客户在营业厅争吵怎么办', '客户称银行付了假钞怎么办', '情景五：满点服务']) {
      expect(await page.getByRole('heading', { name: title }).isVisible()).toBe(true);
    }
    // The lobby is alive: queue numbers get called while we wait.
    await expect.poll(() => page.evaluate(() => Number(document.body.dataset['queueCalls'] ?? 0)), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page, 'lobby');
    expect(errors).toEqual([]);
  });

  it('plays case 4 to its best ending by keyboard and sees an A in the debrief', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '李娜', '火车站支行');
    await startCase(page, '客户在营业厅争吵怎么办');
    const before = Number(await page.locator('.meter-trust').getAttribute('data-value'));
    await playPath(page, walkthrough('A'), 'keyboard', 1);
    expect(before).toBeLessThan(50);
    await expect.poll(() => page.locator('.grade-letter').innerText()).toBe('A');
    expect(Number(await page.locator('.score-value').innerText())).toBeGreaterThanOrEqual(85);
    // The debrief quotes the deck and explains every step.
    expect(await page.getByText('言语柔和，使其消怒；聆听安抚，可得其心！').isVisible()).toBe(true);
    expect(await page.locator('.decision').count()).toBe(walkthrough('A').length);
    expect(await page.locator('.decision.missed').count()).toBe(0);
    // The branch map shows the route taken: one marked edge per choice, plus the way in.
    await expect.poll(() => page.locator('.route-map .edge.taken').count()).toBe(walkthrough('A').length + 1);
    expect(await page.locator('.route-map [data-node^="end:"].on-path').count()).toBe(1);
    await screenshot(page, 'debrief-best');
    // Back on the board, the best score is shown.
    await page.getByRole('button', { name: '返回案例板' }).click();
    await expect.poll(() => page.locator('[data-case="angry-customer"] .best').innerText()).toMatch(/最好成绩：\d+ 分 · A/);
    expect(errors).toEqual([]);
  });

  it('plays case 4 to its worst ending by mouse and sees a D with the model beside each choice', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '赵强', '老城区支行');
    await startCase(page, '客户在营业厅争吵怎么办');
    await playPath(page, walkthrough('D'), 'mouse');
    await expect.poll(() => page.locator('.grade-letter').innerText()).toBe('D');
    expect(await page.locator('.decision.missed').count()).toBeGreaterThan(0);
    expect(await page.locator('.opt.model').count()).toBeGreaterThan(0);
    await screenshot(page, 'debrief-worst');
    // Replay starts the case again.
    await page.getByRole('button', { name: '再练一次' }).click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(errors).toEqual([]);
  });

  it('resumes at the same line with the same meters after a reload', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '陈静', '港口支行');
    await startCase(page, '客户在营业厅争吵怎么办');
    const path = walkthrough('A');
    for (const prefix of path.slice(0, 2)) {
      await readUntilChoice(page, 'keyboard');
      await choose(page, prefix, 'keyboard');
    }
    // Read two more lines into the next passage.
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(60);
    }
    await page.waitForFunction(() => document.querySelector('.dialogue')?.getAttribute('data-state') === 'waiting');
    const line = await page.locator('.dialogue .line').innerText();
    const trust = await page.locator('.meter-trust').getAttribute('data-value');
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    await page.locator('.dialogue:not([hidden])').waitFor();
    await expect.poll(() => page.locator('.dialogue .line').innerText()).toBe(line);
    expect(await page.locator('.meter-trust').getAttribute('data-value')).toBe(trust);
    // And it plays on to the model ending.
    await playPath(page, path.slice(2), 'keyboard');
    await expect.poll(() => page.locator('.grade-letter').innerText()).toBe('A');
    expect(errors).toEqual([]);
  });

  it('leaves a case for the board and continues it later from the same line', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '何平', '中央商务区支行');
    await startCase(page, '情景五：满点服务');
    await readUntilChoice(page, 'keyboard');
    const options = await page.locator('.choices .choice-text').allInnerTexts();
    await page.getByRole('button', { name: '案例板' }).click();
    await page.getByRole('heading', { name: '案例板' }).waitFor();
    expect(await page.locator('.dialogue').isHidden()).toBe(true);
    await startCase(page, '情景五：满点服务', '继续上次进度');
    await expect.poll(() => page.locator('.choices .choice-text').allInnerTexts()).toEqual(options);
    expect(errors).toEqual([]);
  });

  it('switches trainee in the middle of a case', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '冯雪', '东湖支行');
    await startCase(page, '客户称银行付了假钞怎么办');
    await readUntilChoice(page, 'keyboard');
    await page.getByRole('button', { name: '切换学员' }).click();
    await page.getByRole('heading', { name: '厅堂服务情景训练' }).waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByRole('heading', { name: '案例板' }).count()).toBe(0);
    expect(await page.locator('.dialogue').isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('keeps the meters right when reloaded while the trainee’s reply is still showing', async () => {
    const first = walkthrough('A')[0] ?? '';
    // Uninterrupted: the meters once the customer has answered the first choice.
    const a = await openGame(browserOf(), url);
    await signIn(a.page, '甲', '东湖支行');
    await startCase(a.page, '客户在营业厅争吵怎么办');
    await readUntilChoice(a.page, 'keyboard');
    await choose(a.page, first, 'keyboard');
    await a.page.keyboard.press('Space'); // finish typing the reply
    await a.page.keyboard.press('Space'); // on to the customer's answer
    await a.page.waitForFunction(() => document.querySelector('.dialogue .speaker:not(.mine)') !== null);
    const expected = await a.page.locator('.meter-trust').getAttribute('data-value');
    // Interrupted: reload while the reply is on screen.
    const b = await openGame(browserOf(), url);
    await signIn(b.page, '乙', '东湖支行');
    await startCase(b.page, '客户在营业厅争吵怎么办');
    await readUntilChoice(b.page, 'keyboard');
    await choose(b.page, first, 'keyboard');
    await b.page.reload();
    await b.page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    await b.page.locator('.dialogue:not([hidden])').waitFor();
    await expect.poll(() => b.page.locator('.meter-trust').getAttribute('data-value')).toBe(expected);
    expect([...a.errors, ...b.errors]).toEqual([]);
  });

  it('shows a red line first in the debrief, in the deck’s words, and the grade capped', async () => {
    const path = counterfeit.walkthroughs.find((w) => w.name.includes('自掏腰包'));
    if (path === undefined) throw new Error('no pay-from-own-pocket walkthrough in case 10');
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '吴刚', '东湖支行');
    await startCase(page, '客户称银行付了假钞怎么办');
    await playPath(page, path.choices, 'mouse');
    await expect.poll(() => page.locator('.grade-letter').innerText()).toBe('D');
    const breaches = page.locator('.breaches');
    expect(await breaches.isVisible()).toBe(true);
    expect(await breaches.innerText()).toContain('花钱消灾');
    expect(await breaches.innerText()).toContain('比妥协更好的办法是用心！');
    expect(await breaches.innerText()).toMatch(/得分从 \d+ 封顶为 54/);
    // Above the principle bars.
    const order = await page.evaluate(() => {
      const b = document.querySelector('.breaches');
      const c = document.querySelector('.chart');
      return b !== null && c !== null && (b.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(order).toBe(true);
    expect(await page.locator('.score-value').innerText()).toBe('54');
    await screenshot(page, 'debrief-redline');
    expect(errors).toEqual([]);
  });

  it('discards a corrupt save with a visible notice and starts the case afresh', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '周敏', '高新区支行');
    // Saves are kept per trainee, under their stable id.
    const saveKey = await page.evaluate(() => `bank-lobby.p.${(JSON.parse(localStorage.getItem('bank-lobby.profile') ?? '{}') as { id: string }).id}.save.angry-customer`);
    await page.evaluate((key) => localStorage.setItem(key, '{"format":1,"caseId":"angry-customer","storyHash":"0000000000000000","seed":1,"path":[0],"eventsRead":1,"savedAt":"x"}'), saveKey);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    // On the board after the reload: the case offers to continue the (damaged) save.
    await page.locator('[data-case="angry-customer"]').getByRole('button', { name: '继续上次进度' }).click();
    await expect.poll(() => page.locator('.notice').first().innerText()).toContain('案例内容已经更新');
    await page.locator('.dialogue:not([hidden])').waitFor();
    await page.evaluate((key) => localStorage.setItem(key, 'not json {'), saveKey);
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    // The reload lands in the case again (it is the page's place); the damaged save is dropped, said and started afresh.
    await expect.poll(() => page.locator('.notice').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('已损坏')]));
    await page.locator('.dialogue:not([hidden])').waitFor();
    await readUntilChoice(page, 'keyboard');
    expect(await page.locator('.choices button.choice').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  });
});
