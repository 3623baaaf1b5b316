/**
 * Sound and robustness in the real browser: nothing plays before the first gesture; mute and
 * volume persist; a missing sound file never stops the game; the WebGL renderer also runs.
 */
import { describe, expect, inject, it } from 'vitest';
import { choose, openGame, useBrowser, readUntilChoice, signIn } from './browser';

const url = inject('baseUrl');
const browserOf = useBrowser();

/** How many sounds Howler has created (its global is on window in the core build). */
const howlCount = `(() => { const h = window.Howler; return h && Array.isArray(h._howls) ? h._howls.length : 0; })()`;

describe('sound and settings', () => {
  it('creates no sound before the first gesture, none on the welcome screen (it has no sound control), then starts the room tone', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await page.waitForTimeout(4000); // queue numbers are called meanwhile: still no sound
    expect(await page.evaluate(() => document.body.dataset['audio'])).toBeUndefined();
    expect(await page.evaluate(howlCount)).toBe(0);
    // Typing a name is a gesture, but the welcome screen has no sound control: still silent.
    await page.getByLabel('你的姓名').click();
    await page.keyboard.type('abc');
    await expect.poll(() => page.evaluate(() => document.body.dataset['audio'])).toBe('unlocked');
    await page.waitForTimeout(3000); // the lobby calls numbers (chimes) meanwhile
    expect(await page.evaluate(howlCount)).toBe(0);
    await page.getByLabel('你的姓名').fill('');
    await signIn(page, '郑小云', '东湖支行');
    expect(await page.getByRole('button', { name: '静音', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(howlCount)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('keeps mute and volume across a reload', async () => {
    const { page, errors } = await openGame(browserOf(), url);
    await signIn(page, '孙丽', '大学城支行');
    const mute = page.getByRole('button', { name: '静音', exact: true });
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('slider', { name: '音量' }).fill('30');
    await page.reload();
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    expect(await page.getByRole('button', { name: '静音', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('slider', { name: '音量' }).inputValue()).toBe('30');
    expect(errors).toEqual([]);
  });

  it('plays on when every sound file is missing', async () => {
    const context = await browserOf().newContext({ viewport: { width: 1280, height: 760 } });
    await context.route(/\.(ogg|mp3|wav)(\?|$)/, (route) => route.fulfill({ status: 404, body: 'missing' }));
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    await signIn(page, '吴刚', '东湖支行');
    await page.locator('[data-case="closing-time"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    await choose(page, '（抬头看向窗口）请别着急', 'keyboard');
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe('renderers', () => {
  it('also runs the lobby on WebGL when asked (?renderer=webgl)', async () => {
    const { page, errors } = await openGame(browserOf(), `${url}?renderer=webgl`);
    expect(await page.locator('#game canvas').count()).toBe(1);
    await signIn(page, '郑阳', '港口支行');
    await page.locator('[data-case="counterfeit-claim"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    expect(await readUntilChoice(page, 'keyboard')).toBe('choices');
    // Software WebGL logs GPU performance warnings; errors would show here.
    expect(errors).toEqual([]);
  });
});

describe('the mute button', () => {
  it('has one name and says its state once', async () => {
    const { page } = await openGame(browserOf(), url);
    await signIn(page, '孔亮', '东湖支行');
    const mute = page.getByRole('button', { name: '静音', exact: true });
    // The accessible name is the word alone; the state is aria-pressed, not repeated in the name.
    expect(await mute.innerText()).toBe('静音');
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('button', { name: '静音', exact: true }).count()).toBe(1);
  });
});
