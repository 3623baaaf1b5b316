/**
 * What the build ships (read from dist/, built before the end-to-end tests): the trainee game
 * page carries the ink engine only; the compiler loads only with the Studio.
 */
import { readdirSync, readFileSync } from 'node:fs';
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

  it('load the compiler only in the Studio, in its checker worker', () => {
    const worker = readdirSync(join(DIST, 'assets')).find((f) => /^checkWorker-.*\.js$/.test(f));
    expect(worker).toBeDefined();
    expect(readFileSync(join(DIST, 'assets', worker ?? ''), 'utf8')).toMatch(/Compilation failed/);
    expect(code(pageFiles('studio.html'))).toContain(worker ?? '?');
  });
});
