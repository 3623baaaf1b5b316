/**
 * Every trainee, every input: no blind picks, the game's keys whatever control was clicked last,
 * what a screen reader hears, and no sound where there is no sound control. Real Chromium against
 * the built game.
 */
import { describe, expect, inject, it } from 'vitest';
import { openGame, readUntilChoice, signIn, useBrowser } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

describe('pressing on purpose', () => {
  it('never picks an option from presses on the spot where 继续 was', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '冯晓', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    const next = await page.getByRole('button', { name: '继续' }).boundingBox();
    if (next === null) throw new Error('no 继续 button');
    // Tap the same spot fast, as someone skipping through would, until the options are up and well after.
    for (let i = 0; i < 120; i++) {
      await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
      if ((await page.locator('.dialogue').getAttribute('data-state')) === 'choosing' && i > 60) break;
      await page.waitForTimeout(30);
    }
    expect(await page.locator('.dialogue').getAttribute('data-state')).toBe('choosing');
    for (let i = 0; i < 20; i++) await page.mouse.click(next.x + next.width / 2, next.y + next.height / 2);
    expect(await page.locator('.choice.picked').count()).toBe(0);
    expect(await page.locator('.choose-hint').isVisible()).toBe(true);
    // A press that starts on the hint and ends on an option is not a pick either.
    const first = await page.locator('.choices button.choice').first().boundingBox();
    if (first === null) throw new Error('no option');
    await page.mouse.move(next.x + next.width / 2, next.y + next.height / 2);
    await page.mouse.down();
    await page.mouse.move(first.x + 20, first.y + first.height / 2);
    await page.mouse.up();
    expect(await page.locator('.choice.picked').count()).toBe(0);
    // An intentional press on an option picks it.
    await page.locator('.choices button.choice').first().click();
    await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).not.toBe('choosing');
    expect(errors).toEqual([]);
  });

  it('reads on with Space after the sound toggle or the volume was clicked', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '陈默', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    const mute = page.getByRole('button', { name: '静音', exact: true });
    for (const control of ['mute', 'volume'] as const) {
      await page.keyboard.press('Space'); // finish typing the line
      await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).toBe('waiting');
      const line = await page.locator('.dialogue .line').innerText();
      const pressed = await mute.getAttribute('aria-pressed');
      if (control === 'mute') await mute.click();
      else await page.getByRole('slider', { name: '音量' }).click();
      const pressedAfterClick = await mute.getAttribute('aria-pressed');
      await page.keyboard.press('Space');
      await expect.poll(() => page.locator('.dialogue .line').innerText(), { message: control }).not.toBe(line);
      // The click toggled the sound once (for the mute button); Space did not toggle it again.
      expect(await mute.getAttribute('aria-pressed')).toBe(pressedAfterClick);
      if (control === 'mute') expect(pressedAfterClick).not.toBe(pressed);
    }
    expect(errors).toEqual([]);
  });
});

describe('what a screen reader hears', () => {
  it('has an empty live region from page load, meters with a range and a direction, and says what each choice changed', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    const announcer = page.locator('#announcer');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    expect(await announcer.innerText()).toBe('');
    await signIn(page, '褚红', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    // The first line is announced into a region that was already there.
    await expect.poll(() => announcer.textContent()).not.toBe('');
    const trust = page.getByRole('meter', { name: '客户信任' });
    expect(await trust.getAttribute('aria-valuemin')).toBe('0');
    expect(await trust.getAttribute('aria-valuemax')).toBe('100');
    const before = Number(await trust.getAttribute('aria-valuenow'));
    expect(await trust.getAttribute('aria-valuetext')).toBe(`${before}（0–100，越高越好）`);
    expect(await page.getByRole('meter', { name: '围观情绪' }).getAttribute('aria-valuetext')).toMatch(/越低越好）$/);
    // Choose until trust moves, and hear it said with the line that follows.
    for (let turn = 0; turn < 6; turn++) {
      if ((await readUntilChoice(page, 'keyboard')) === 'end') break;
      await page.keyboard.press('1');
      for (let step = 0; step < 60; step++) {
        const said = (await announcer.textContent()) ?? '';
        if (said.includes('客户信任')) {
          const now = Number(await trust.getAttribute('aria-valuenow'));
          expect(now).not.toBe(before);
          expect(said).toMatch(new RegExp(`客户信任(上升|下降) \\d+，现在 ${now}（越高越好）`));
          expect(errors).toEqual([]);
          return;
        }
        const state = await page.locator('.dialogue').getAttribute('data-state');
        if (state === 'choosing' || (await page.getByRole('heading', { name: /^复盘/ }).isVisible())) break;
        await page.keyboard.press('Space');
        await page.waitForTimeout(40);
      }
    }
    throw new Error('trust never moved on the first options');
  });
});

describe('smaller semantics', () => {
  it('ties the welcome form’s errors to their fields', async () => {
    const { page } = await openGame(browserOf(), url);
    await page.getByRole('button', { name: '进入营业厅' }).click();
    const name = page.getByLabel('你的姓名');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toBe('welcome-error');
    expect(await page.locator('#welcome-error').innerText()).toBe('请填写姓名。');
    await name.fill('吕青');
    await page.getByRole('button', { name: '进入营业厅' }).click();
    const branch = page.getByLabel('所属支行');
    expect(await branch.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('#welcome-error').innerText()).toBe('请选择所属支行。');
    // A name the leaderboard would refuse is refused here, before any play, with the same rule.
    await page.getByLabel('所属支行').selectOption({ label: '东湖支行' });
    await name.fill('吕青(柜员)');
    await page.getByRole('button', { name: '进入营业厅' }).click();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#welcome-error').innerText()).toBe('姓名须以文字或数字开头，只能包含文字、数字、空格和 · . -，最多 20 个字。');
  });

  it('lets dialogue text be selected without reading on, and the debrief map be reached by keyboard', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '吕青', '东湖支行');
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    await page.keyboard.press('Space');
    await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).toBe('waiting');
    const line = await page.locator('.dialogue .line').innerText();
    // Drag across the line to select it: the line stays.
    const box = await page.locator('.dialogue .line').boundingBox();
    if (box === null) throw new Error('no line');
    await page.mouse.move(box.x + 4, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 5 });
    await page.mouse.up();
    expect(await page.evaluate(() => window.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
    expect(await page.locator('.dialogue .line').innerText()).toBe(line);
    // A plain click reads on.
    await page.evaluate(() => window.getSelection()?.removeAllRanges());
    await page.locator('.dialogue .line').click();
    await expect.poll(() => page.locator('.dialogue .line').innerText()).not.toBe(line);
    for (;;) {
      const at = await readUntilChoice(page, 'keyboard');
      if (at === 'end') break;
      await page.keyboard.press('1');
    }
    const map = page.locator('.route-map');
    expect(await map.getAttribute('tabindex')).toBe('0');
    await map.focus();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('route-map'))).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('less motion', () => {
  it('shows each line whole and stops the meters sliding when the system asks for reduced motion', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signIn(page, '尤佳', '东湖支行');
    // Record the length of the line's text at every change: typing out grows it a character at a time.
    await page.evaluate(() => {
      const lengths: number[] = [];
      (window as unknown as { lineLengths: number[] }).lineLengths = lengths;
      new MutationObserver(() => {
        const line = document.querySelector('.dialogue .line');
        if (line !== null) lengths.push(line.textContent.length);
      }).observe(document.body, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    await expect.poll(() => page.locator('.dialogue').getAttribute('data-state')).toBe('waiting');
    const full = await page.locator('.dialogue .line').evaluate((el) => el.textContent.length);
    expect(full).toBeGreaterThan(5);
    // Never part of the line: only empty (before it) or whole.
    const seen = await page.evaluate(() => (window as unknown as { lineLengths: number[] }).lineLengths);
    expect(seen.filter((n) => n > 0 && n < full)).toEqual([]);
    expect(await page.locator('.meter-fill').first().evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(errors).toEqual([]);
  });
});
