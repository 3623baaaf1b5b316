/**
 * What the build ships (read from dist/, built before the end-to-end tests): the trainee game
 * page carries the ink engine only; the compiler loads only with the Studio.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScripts } from '../../src/tools/manifest';

const DIST = resolve(import.meta.dirname, '../../dist');

const pageFiles = (page: string): string[] => pageScripts(DIST, page);

const code = (files: readonly string[]): string => files.map((f) => readFileSync(join(DIST, f), 'utf8')).join('\n');

describe('the built bundles', () => {
  it('ship no ink compiler to trainees', () => {
    const game = code(pageFiles('index.html'));
    expect(game).toContain('storySeed'); // the engine is there
    expect(game).not.toMatch(/InkParser|ParsedHierarchy|Compilation failed/);
    expect(game).not.toContain('CodeMirror');
  });

  it('carry no case: adding one to ink/ changes the content files, not the game’s JavaScript', { timeout: 180_000 }, () => {
    const ROOT = resolve(import.meta.dirname, '../..');
    const work = mkdtempSync(join(tmpdir(), 'ink-add-'));
    try {
      const ink = join(work, 'ink');
      cpSync(process.env['INK_DIR'] ?? join(ROOT, 'ink'), ink, { recursive: true });
      // A new case: the template, which passes the checker, under a fresh id and number.
      const template = readFileSync(join(ink, '_template.ink'), 'utf8');
      writeFileSync(join(ink, 'added-case.ink'), template.replace(/^# case: .*$/m, '# case: added-case').replace(/^# number: .*$/m, '# number: 90'));
      const out = join(work, 'dist');
      const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: ROOT,
        env: { ...process.env, INK_DIR: ink, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
        encoding: 'utf8',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(pageScripts(out, 'index.html')).toEqual(pageFiles('index.html'));
      const before = JSON.parse(readFileSync(join(DIST, 'content/index.json'), 'utf8')) as { cases: { meta: { id: string }; hash: string }[] };
      const after = JSON.parse(readFileSync(join(out, 'content/index.json'), 'utf8')) as { cases: { meta: { id: string }; hash: string }[] };
      expect(after.cases.map((c) => c.meta.id)).toEqual([...before.cases.map((c) => c.meta.id), 'added-case']);
      for (const c of after.cases) expect(existsSync(join(out, 'content/cases', `${c.hash}.json`))).toBe(true);
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
