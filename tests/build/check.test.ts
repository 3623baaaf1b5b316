/**
 * The checker (npm run ink:check): over the real cases, and over the fixtures in
 * tests/fixtures/check/, each beside a `.expect` file listing the diagnostics it must produce
 * (`severity code line`, one per line). New fixtures are picked up automatically.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInk } from '../../src/authoring/check';
import { inkFiles, listCaseFiles } from '../../src/build/inkFolder';
import { INK_DIR } from '../inkBuild';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/check');
/** Fixture files first, then the real shared files (common.ink, principles.ink). */
const fixtureFiles = {
  read(name: string): string | null {
    for (const dir of [FIXTURES, INK_DIR]) {
      const p = join(dir, name);
      if (existsSync(p)) return readFileSync(p, 'utf8');
    }
    return null;
  },
};
const LIMITS = { maxPaths: 2000, maxTurns: 30, maxMillis: 5000 };

describe('ink:check over ink/', () => {
  const files = listCaseFiles(INK_DIR);
  const result = checkInk(inkFiles(INK_DIR), files);

  it('finds no errors or warnings in the repository’s cases', () => {
    expect(result.diagnostics.map((d) => d.text)).toEqual([]);
  });

  for (const report of result.cases) {
    it(`${report.file}: explores every path, reaches the top and bottom grades and ≥ 3 endings`, () => {
      const x = report.exploration;
      expect(x).not.toBeNull();
      if (x === null) return;
      expect(x.stopped).toBeNull();
      expect(x.paths).toBeGreaterThanOrEqual(3);
      expect(Object.keys(x.endings).length).toBeGreaterThanOrEqual(3);
      expect(x.best?.grade).toBe('A');
      expect(x.worst?.grade).toBe('D');
      expect(x.best?.choices.length).toBeGreaterThanOrEqual(4);
    });
  }
});

describe('ink:check fixtures', () => {
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.ink'));

  it('every fixture has its .expect file', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    for (const f of fixtures) expect(existsSync(join(FIXTURES, f.replace(/\.ink$/, '.expect'))), f).toBe(true);
  });

  for (const f of fixtures) {
    it(`${f} gives exactly the expected diagnostics`, () => {
      const expectFile = join(FIXTURES, f.replace(/\.ink$/, '.expect'));
      const expected = existsSync(expectFile)
        ? readFileSync(expectFile, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('//')).sort()
        : [];
      const got = checkInk(fixtureFiles, [f], LIMITS)
        .diagnostics.map((d) => `${d.severity} ${d.code ?? 'ink'} ${d.line}`)
        .sort();
      expect(got).toEqual(expected);
    });
  }

  it('stops a loop at its bound quickly and says so', () => {
    const started = Date.now();
    const r = checkInk(fixtureFiles, ['loop.ink'], LIMITS);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(r.cases[0]?.exploration?.stopped).toMatch(/循环/);
  });

  it('reports the best and worst paths as choice text', () => {
    const x = checkInk(fixtureFiles, ['unreachable.ink'], LIMITS).cases[0]?.exploration;
    expect(x?.best?.choices).toEqual(['您好！']);
    expect(x?.worst?.choices).toEqual(['（低头不理）']);
    expect(x?.scores).toEqual({ min: 0, median: 50, max: 100 });
  });
});

describe('the new-case template', () => {
  it('passes the checker as it is, so npm run ink:new starts from a working case', () => {
    const r = checkInk(inkFiles(INK_DIR), ['_template.ink']);
    expect(r.diagnostics.map((d) => d.text)).toEqual([]);
    expect(r.cases[0]?.exploration?.best?.grade).toBe('A');
    expect(r.cases[0]?.exploration?.worst?.grade).toBe('D');
  });
});

describe('fix hints', () => {
  it('come with every project diagnostic the fixtures produce', () => {
    const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.ink'));
    const all = checkInk(fixtureFiles, fixtures, LIMITS).diagnostics.filter((d) => d.code !== undefined);
    expect(all.length).toBeGreaterThan(5);
    for (const d of all) expect(d.hint, `${d.code ?? ''} has a hint`).toMatch(/\S/);
  });
});
