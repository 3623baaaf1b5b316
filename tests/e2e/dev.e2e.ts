/**
 * `npm run dev` for authors: editing an .ink reloads the running game; a compile error shows in
 * Vite's overlay naming the file and line while the other cases keep working. Runs a real dev
 * server over a temporary copy of ink/, so the repository's files are never touched.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { inkPlugin } from '../../src/build/vitePluginInk';
import { openGame, signIn, useBrowser } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const browserOf = useBrowser();
let server: ViteDevServer;
let inkDir: string;
let url: string;

beforeAll(async () => {
  inkDir = mkdtempSync(join(tmpdir(), 'ink-dev-'));
  cpSync(process.env['INK_DIR'] ?? join(ROOT, 'ink'), inkDir, { recursive: true });
  server = await createServer({
    root: ROOT,
    configFile: false,
    plugins: [inkPlugin(inkDir)],
    resolve: { alias: [{ find: /^howler$/, replacement: 'howler/dist/howler.core.min.js' }] },
    server: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'silent',
  });
  await server.listen();
  url = server.resolvedUrls?.local[0] ?? '';
});

afterAll(async () => {
  await server.close();
  rmSync(inkDir, { recursive: true, force: true });
});

const overlayText = `(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '')()`;

describe('dev mode', () => {
  it('shows an ink error in the overlay with file and line, keeps the other cases, and recovers', async () => {
    const { page } = await openGame(browserOf(), url);
    await signIn(page, '开发者', '东湖支行');
    const all = await page.locator('.case-card').count();
    expect(all).toBeGreaterThanOrEqual(3);
    const file = join(inkDir, 'closing-time.ink');
    const good = readFileSync(file, 'utf8');
    const lines = good.split('\n');
    const at = lines.findIndex((l) => l.startsWith('大门口'));
    lines[at] = `${lines[at] ?? ''} # mood: furious`;
    writeFileSync(file, lines.join('\n'));
    await expect.poll(() => page.evaluate(overlayText), { timeout: 30_000 }).toContain(`'closing-time.ink' line ${at + 1}`);
    // The rest of the game keeps working: the other cases are on the board and play.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.body.dataset['lobby'] === 'ready');
    await expect.poll(() => page.locator('.case-card').count(), { timeout: 20_000 }).toBe(all - 1);
    await page.locator('[data-case="angry-customer"] button.primary').click();
    await page.locator('.dialogue:not([hidden])').waitFor();
    // Fixed: the case is back and the overlay is gone after the reload.
    writeFileSync(file, good);
    // The reload resumes the case in progress; the board then lists every case again.
    await expect.poll(() => page.locator('.dialogue:not([hidden])').count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: '案例板' }).click();
          return page.locator('.case-card').count();
        },
        { timeout: 30_000 },
      )
      .toBe(all);
    expect(await page.evaluate(overlayText)).toBe('');
  });
});
