/**
 * The checker (npm run ink:check): over the real cases, and over the fixtures in
 * tests/fixtures/check/, each beside a `.expect` file listing the diagnostics it must produce
 * (`severity code line`, one per line). New fixtures are picked up automatically.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue, checkInk } from '../../src/authoring/check';
import { exploreUnmerged, type Exploration } from '../../src/authoring/explore';
import { testWiseStrategies } from '../../src/authoring/strategies';
import { inkFiles, listCaseFiles } from '../../src/build/inkFolder';
import { replayToEnd, type CaseMeta, type Catalogue } from '../../src/core';
import { INK_DIR } from '../inkBuild';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/check');
/** Fixture files first, then the real shared files (common.ink, principles.ink), through the one ink reader. */
const fixtureFiles = inkFiles([FIXTURES, INK_DIR]);
const LIMITS = { maxPaths: 2000, maxTurns: 30, maxStates: 2000 };

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

    it(`${report.file}: red lines capped, no answer key, bars that tell the truth, endings in their bands`, () => {
      const x = report.exploration;
      if (x === null) throw new Error('not explored');
      // No path that meets a red line is graded above its ceiling; the flagship cases, whose deck
      // passages draw red lines, reach some.
      if (['angry-customer.ink', 'closing-time.ink', 'counterfeit-claim.ink'].includes(report.file)) expect(x.redlinePaths).toBeGreaterThan(0);
      expect(x.aboveCeiling).toBe(0);
      // No path shows a principle at 100 % that the trainee never chose an option scored up on.
      expect(x.unearnedFullBars).toBe(0);
      // Reading the wording or the layout instead of the case ends below B.
      expect(report.strategies.map((st) => st.id)).toEqual(expect.arrayContaining(['longest', 'shortest', 'position-1', 'position-2']));
      for (const st of report.strategies) expect(['C', 'D'], `${st.label}: ${st.score} ${st.grade}`).toContain(st.grade);
      expect(x.bandMisses).toEqual([]);
      // Strategies walked on the story graph equal strategies played through ink.
      const played = testWiseStrategies({ meta: report.meta ?? PLACEHOLDER, json: report.json ?? '', hash: 'x', knots: {} }, realCatalogue(), Math.max(2, x.maxOptions), 150);
      expect(report.strategies).toEqual(played);
      // The explorer scores paths in arithmetic; the game replays them: both must agree exactly.
      const catalogue = realCatalogue();
      const compiled = { meta: report.meta ?? PLACEHOLDER, json: report.json ?? '', hash: 'x', knots: {} };
      for (const p of [x.best, x.worst]) {
        if (p === null) throw new Error('no path');
        const r = replayToEnd(compiled, catalogue, 1, p.path);
        expect([r.score, r.grade, r.endingId, r.breaches.map((b) => b.redline)]).toEqual([p.score, p.grade, p.endingId, p.breaches]);
      }
      // The best option is not the longest at most decisions, and not always in one place.
      expect(x.answerKey.bestIsLongest * 2).toBeLessThanOrEqual(x.answerKey.decisions);
      expect(x.answerKey.bestPosition.filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
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

  it('stops a loop at its counted bound and says which bound, and that it is not the case’s fault', () => {
    const r = checkInk(fixtureFiles, ['loop.ink'], LIMITS);
    const x = r.cases[0]?.exploration;
    expect(x?.stopped).toMatch(/循环/);
    expect(x?.stopped).toMatch(/2000 条路径/);
    expect(r.diagnostics.find((d) => d.code === 'explore-bound')?.message).toMatch(/不是案例本身的错误/);
    // No verdict from an incomplete exploration.
    expect(r.diagnostics.some((d) => d.code === 'top-grade-unreachable' || d.code === 'bottom-grade-unreachable' || d.code === 'unreachable-knot')).toBe(false);
  });

  it('follows once-only choices re-offered at a choice point a path comes back to', () => {
    // revisit.ink: leave at once (1 path), or ask about one thing, then either the other (asked)
    // or leave: 1 + 2 × 2 = 5 paths, 2 ending “asked” and 3 “left”.
    const x = checkInk(fixtureFiles, ['revisit.ink'], LIMITS).cases[0]?.exploration;
    expect(x?.paths).toBe(5);
    expect(x?.endings).toEqual({ asked: 2, left: 3 });
    expect(x?.stopped).toBeNull();
  });

  it('reports the best and worst paths as choice text', () => {
    const x = checkInk(fixtureFiles, ['unreachable.ink'], LIMITS).cases[0]?.exploration;
    expect(x?.best?.choices).toEqual(['您好！']);
    expect(x?.worst?.choices).toEqual(['（低头不理）']);
    expect(x?.scores).toEqual({ min: 0, median: 50, max: 100 });
  });
});

function realCatalogue(): Catalogue {
  const c = checkCatalogue(inkFiles(INK_DIR)).catalogue;
  if (c === null) throw new Error('the catalogue does not compile');
  return c;
}
const PLACEHOLDER: CaseMeta = { id: 'fixture', title: '', number: 0, origin: 'bank', principles: [], setting: 'counter-1', channel: 'walk-in', customer: '', look: 'man', role: '', meters: [], essence: '', advice: '', summary: '' };

describe('merging story states', () => {
  // The merged exploration must find exactly what playing every path through ink finds.
  const summary = (x: Exploration): unknown => ({
    paths: x.paths,
    endings: x.endings,
    scores: x.scores,
    best: x.best?.path,
    worst: x.worst?.path,
    problems: x.problems.map((p) => [p.problem, p.path.join(',')]),
    offered: [...x.offered].sort(),
    unvisited: x.unvisitedKnots,
    bands: x.bandMisses.map((m) => [m.endingId, m.count, m.grades.join('')]),
    redlines: [x.redlinePaths, x.aboveCeiling, x.unearnedFullBars],
    metersCapped: x.metersCapped,
    answerKey: x.answerKey,
    principleUse: x.principleUse,
    // Every path's choices, ending, score, grade and red lines (in order).
    digest: x.digest,
    bestBreaches: x.best?.breaches,
  });
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.ink') && f !== 'loop.ink');
  it.each(fixtures)('%s: merged and unmerged exploration agree', (f) => {
    const r = checkInk(fixtureFiles, [f], LIMITS).cases[0];
    if (r?.json === null || r?.json === undefined || r.exploration === null) return;
    const compiled = { meta: r.meta ?? PLACEHOLDER, json: r.json, hash: 'fixture', knots: {} };
    expect(summary(exploreUnmerged(compiled, realCatalogue(), LIMITS))).toEqual(summary(r.exploration));
  });
  it.each(listCaseFiles(INK_DIR))('%s: merged and unmerged exploration agree', (f) => {
    const r = checkInk(inkFiles(INK_DIR), [f]).cases[0];
    if (r?.json === null || r?.json === undefined || r.exploration === null || r.meta === null) throw new Error('did not compile');
    const merged = r.exploration;
    const unmerged = exploreUnmerged({ meta: r.meta, json: r.json, hash: 'x', knots: {} }, realCatalogue());
    expect(summary(unmerged)).toEqual(summary(merged));
    // …while playing fewer states through ink.
    expect(merged.states).toBeLessThanOrEqual(unmerged.states);
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
