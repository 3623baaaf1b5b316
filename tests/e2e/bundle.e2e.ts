/**
 * What the build ships (read from dist/, built before the end-to-end tests): the trainee game
 * page carries the ink engine only; the compiler loads only with the Studio.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../src/tools/manifest';
import { openGame, readUntilChoice, screenshot, signIn, useBrowser } from './browser';

const DIST = resolve(import.meta.dirname, '../../dist');

const pageFiles = (page: string): string[] => pageScripts(DIST, page);
const browserOf = useBrowser();

const code = (files: readonly string[]): string => files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');

describe('the built bundles', () => {
  it('load the ink engine only when a case starts, not before the lobby is interactive', () => {
    const eager = code(pageScripts(DIST, 'index.html', 'eager'));
    expect(eager).not.toContain('storySeed');
    expect(eager).toContain('案例板');
    expect(code(pageFiles('index.html'))).toContain('storySeed');
  });

  it('fetch sound (Howler) after the first gesture and the leaderboard client after the first screen, not before the lobby is interactive', () => {
    const eager = code(pageScripts(DIST, 'index.html', 'eager'));
    const all = code(pageFiles('index.html'));
    // Howler's own names; the leaderboard client's routes.
    for (const marker of ['_howls', 'submissions/offline']) {
      expect(eager).not.toContain(marker);
      expect(all).toContain(marker);
    }
  });

  it('ship no ink compiler to trainees', () => {
    const game = code(pageFiles('index.html'));
    expect(game).toContain('storySeed'); // the engine is there
    expect(game).not.toMatch(/InkParser|ParsedHierarchy|Compilation failed/);
    expect(game).not.toContain('CodeMirror');
  });

  it('carry no case: adding one to ink/ changes the content files, not the game’s JavaScript; a bank case is shown as the bank’s', { timeout: 240_000 }, async () => {
    const ROOT = resolve(import.meta.dirname, '../..');
    const work = mkdtempSync(join(tmpdir(), 'ink-add-'));
    try {
      const ink = join(work, 'ink');
      cpSync(process.env['INK_DIR'] ?? join(ROOT, 'ink'), ink, { recursive: true });
      // A case of the bank's own: the guide's example (docs/examples/fraud-call.ink), which passes the checker.
      cpSync(join(ROOT, 'docs/examples/fraud-call.ink'), join(ink, 'fraud-call.ink'));
      const out = join(work, 'dist');
      const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: ROOT,
        env: { ...process.env, INK_DIR: ink, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(pageScripts(out, 'index.html')).toEqual(pageFiles('index.html'));
      type Index = { cases: { meta: { id: string; origin: string }; hash: string }[] };
      const before = JSON.parse(readFileSync(join(DIST, 'content/index.json'), 'utf8')) as Index;
      const after = JSON.parse(readFileSync(join(out, 'content/index.json'), 'utf8')) as Index;
      // The deck's cases first, then the bank's.
      expect(after.cases.map((c) => c.meta.id)).toEqual([...before.cases.map((c) => c.meta.id), 'fraud-call']);
      expect(after.cases.at(-1)?.meta.origin).toBe('bank');
      for (const c of after.cases) expect(existsSync(join(out, 'content/cases', `${c.hash}.json`))).toBe(true);

      // In the game: labelled 本行案例 on the board, and its 要点 and 忠告 shown as the bank's in the debrief.
      const server = await preview({ root: ROOT, configFile: false, base: './', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
      try {
        const { page, errors } = await openGame(browserOf(), server.resolvedUrls?.local[0] ?? '');
        await signIn(page, '吴小燕', '东湖支行');
        const card = page.locator('[data-case="fraud-call"]');
        expect(await card.locator('.case-number').innerText()).toMatch(/^本行案例 1\s*本行编写$/);
        expect(await page.locator('[data-case="angry-customer"] .case-number').innerText()).toBe('案例 4');
        await card.getByRole('button', { name: '开始练习' }).click();
        await page.locator('.dialogue:not([hidden])').waitFor();
        expect(await page.locator('.dialogue .case-title').innerText()).toMatch(/^本行案例 1 · /);
        // Any path will do: the first option shown, each time.
        while ((await readUntilChoice(page, 'keyboard')) === 'choices') await page.keyboard.press('1');
        const captions = await page.locator('.deck-quotes figcaption').allInnerTexts();
        expect(captions).toEqual(['本行 · 要点', '本行 · 忠告']);
        expect(await page.getByRole('heading', { name: /^复盘 · 本行案例 1 / }).isVisible()).toBe(true);
        await screenshot(page, 'debrief-bank-case');
        expect(errors).toEqual([]);
      } finally {
        await server.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it('keep sounds as files and Phaser in a chunk of its own', () => {
    const game = code(pageFiles('index.html'));
    // Howler carries a tiny silent clip of its own; the game's sounds are files.
    expect(game).not.toMatch(/data:audio\/[a-z0-9]+;base64,[A-Za-z0-9+/=]{1500,}/);
    const assets = readdirSync(join(DIST, 'assets'));
    for (const sound of ['chime', 'click', 'door']) expect(assets.some((f) => new RegExp(`^${sound}-[\\w-]+\\.(ogg|mp3|wav)$`).test(f)), sound).toBe(true);
    expect(pageFiles('index.html').some((f) => /(^|\/)phaser-[\w-]+\.js$/.test(f))).toBe(true);
  });

  it('load the compiler only in the Studio, in its checker worker', () => {
    const worker = readdirSync(join(DIST, 'assets')).find((f) => /^checkWorker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    expect(readFileSync(join(DIST, 'assets', worker ?? ''), 'utf8')).toMatch(/Compilation failed/);
    expect(code(pageFiles('studio.html'))).toContain(worker ?? '?');
  });
});
