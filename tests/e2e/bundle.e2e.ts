/**
 * What the build ships (read from dist/, built before the end-to-end tests): the trainee game
 * page carries the ink engine only; the compiler loads only with the Studio.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = resolve(import.meta.dirname, '../../dist');

interface Chunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

function pageFiles(page: string): string[] {
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const seen = new Set<string>();
  const visit = (k: string): void => {
    const c = manifest[k];
    if (c === undefined || seen.has(k)) return;
    seen.add(k);
    for (const i of [...(c.imports ?? []), ...(c.dynamicImports ?? [])]) visit(i);
  };
  visit(page);
  return [...seen].map((k) => manifest[k]?.file ?? '').filter((f) => f.endsWith('.js'));
}

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
