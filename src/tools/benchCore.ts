/** Bench parts 3 and 4: how fast the pure core plays and replays cases, and how long ink/ takes to compile. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { explore } from '../authoring/explore';
import { buildInk, InkBuildError, type InkBuild } from '../build/buildInk';
import { checkInk } from '../authoring/check';
import { inkFiles, listCaseFiles } from '../build/inkFolder';
import { advanceToStop, CaseSession, modelPath, replay } from '../core';
import { brief, log, median, ms, notes, rows } from './benchReport';

const REPO = resolve(import.meta.dirname, '../..');

const CORE_SECONDS = 2;
const COMPILE_RUNS = 5;

/** Core story speed (full playthroughs and replays of every case's model path) and ink compile time. */
export function measureCore(inkDir: string): void {
  let ink: InkBuild;
  try {
    ink = buildInk(inkDir);
  } catch (e) {
    const why = e instanceof InkBuildError ? e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.text).join('; ') : brief(e);
    rows.push({ measure: 'core story steps', value: 'not measured', result: 'ERROR' });
    rows.push({ measure: 'ink build (compile + publish gate), all cases', value: 'not measured', result: 'ERROR' });
    notes.push(`ink/ does not compile: ${why.slice(0, 500)}`);
    return;
  }
  const { catalogue, cases } = ink;
  if (cases.length === 0) {
    rows.push({ measure: 'core story steps', value: 'no cases in ink/', result: 'ERROR' });
  } else {
    log(`playing ${cases.length} case(s) along their model paths for ~${CORE_SECONDS} s…`);
    const plans = cases.map((c) => ({ c, path: modelPath(c, catalogue, 1) }));

    // A full playthrough step by step: every session.next() is one story event. Returns the count.
    const playAll = (): number => {
      let n = 0;
      for (const { c, path } of plans) {
        const session = new CaseSession(c, catalogue, 1);
        let turn = 0;
        for (;;) {
          const e = session.next();
          n++;
          if (e.kind === 'end') break;
          if (e.kind === 'choices') session.choose(path[turn++] ?? 0);
        }
      }
      return n;
    };
    // Warm up the JIT before timing.
    for (let t = performance.now(); performance.now() - t < 300; ) playAll();

    let events = 0;
    let plays = 0;
    let t0 = performance.now();
    let elapsed = 0;
    while (elapsed < CORE_SECONDS * 1000) {
      events += playAll();
      plays += plans.length;
      elapsed = performance.now() - t0;
    }
    const seconds = elapsed / 1000;
    rows.push({ measure: 'core story events', value: `${Math.round(events / seconds).toLocaleString('en-US')} events/s` });
    rows.push({ measure: 'core full playthroughs', value: `${Math.round(plays / seconds).toLocaleString('en-US')} plays/s`, baseline: `${cases.length} case(s)` });

    // The same playthroughs rebuilt by replay() (what resume and the server's re-scoring do).
    let replays = 0;
    t0 = performance.now();
    elapsed = 0;
    while (elapsed < (CORE_SECONDS * 1000) / 2) {
      for (const { c, path } of plans) {
        const stop = advanceToStop(replay(c, catalogue, 1, path));
        if (stop.kind !== 'end') throw new Error(`case ${c.meta.id}: the model path does not end the case`);
        replays++;
      }
      elapsed = performance.now() - t0;
    }
    rows.push({ measure: 'core replay to end', value: `${Math.round(replays / (elapsed / 1000)).toLocaleString('en-US')} replays/s` });
  }

  log(`compiling ink/ ${COMPILE_RUNS} times…`);
  const compileTimes: number[] = [];
  for (let i = 0; i < COMPILE_RUNS; i++) {
    const t = performance.now();
    buildInk(inkDir);
    compileTimes.push(performance.now() - t);
  }
  rows.push({
    measure: 'ink build (compile + publish gate), all cases',
    value: `${ms(median(compileTimes))} median`,
    baseline: `${cases.length} case(s) + catalogue`,
  });

  log('running ink:check over ink/ 3 times…');
  const files = listCaseFiles(inkDir);
  // As `npm run ink:check` runs it. (Spreading cases over worker threads was measured and lost:
  // each thread pays for loading the compiler and warming up, more than the second core gives.)
  const timeCheck = (list: readonly string[]): { ms: number; paths: number; states: number } => {
    const times: number[] = [];
    let paths = 0;
    let states = 0;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      const r = checkInk(inkFiles(inkDir), list);
      times.push(performance.now() - t);
      paths = r.cases.reduce((n, c) => n + (c.exploration?.paths ?? 0), 0);
      states = r.cases.reduce((n, c) => n + (c.exploration?.states ?? 0), 0);
    }
    return { ms: median(times), paths, states };
  };
  const all = timeCheck(files);
  // What a trainer waits for: the whole command, Node and tsx start-up and a cold JIT included.
  log('running npm run ink:check (the whole command) 3 times…');
  const whole: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/ink-check.ts'], { cwd: REPO, env: { ...process.env, INK_DIR: inkDir }, stdio: 'ignore' });
    whole.push(performance.now() - t);
  }
  // Work grows with distinct story states (ink runs once per state), not with paths (walked in
  // arithmetic): per-case cost per state and per path, the states-to-paths ratio showing the merge.
  for (const c of cases) {
    const t = performance.now();
    const x = explore(c, catalogue);
    const took = performance.now() - t;
    rows.push({
      measure: `  explore ${c.meta.id}`,
      value: `${x.states} states, ${x.paths} paths in ${ms(took)}`,
      baseline: `${((took * 1000) / Math.max(1, x.states)).toFixed(0)} µs/state, ${((took * 1000) / Math.max(1, x.paths)).toFixed(0)} µs/path`,
    });
  }
  rows.push({
    measure: 'ink:check, all of ink/',
    value: `${ms(all.ms)} median`,
    baseline: `${all.states} states, ${all.paths} paths: ${((all.ms * 1000) / Math.max(1, all.states)).toFixed(0)} µs/state`,
    target: '< 3000 ms',
    result: all.ms < 3000 ? 'PASS' : 'FAIL',
  });
  rows.push({
    measure: '  the whole command, cold (npm run ink:check)',
    value: `${ms(median(whole))} median of 3`,
    baseline: 'incl. Node + tsx start and a cold JIT',
  });
  // The issue's scale: "twenty cases of today's size (about 3,300 paths for three today; expect
  // ~20,000)". ink/'s cases checked over and over: first until ~20,000 paths (the issue's sizing),
  // then twenty-odd copies of today's (larger) cases.
  // With twenty cases in ink/ the row above is that measure; with fewer, the cases are repeated.
  const pathsPerRound = Math.max(1, all.paths);
  const toTwentyThousand = Math.max(1, Math.ceil(20_000 / pathsPerRound));
  const toTwentyCases = Math.max(1, Math.ceil(20 / Math.max(1, files.length)));
  for (const copies of files.length >= 20 ? [] : [...new Set([toTwentyThousand, toTwentyCases])]) {
    log(`running ink:check over ${files.length * copies} cases (ink/'s cases × ${copies})…`);
    const scaled = timeCheck(Array.from({ length: copies }, () => files).flat());
    rows.push({
      measure: `ink:check, ${files.length * copies} cases (ink/ × ${copies})`,
      value: `${ms(scaled.ms)} median`,
      baseline: `${scaled.states} states, ${scaled.paths} paths`,
      target: '< 3000 ms',
      result: scaled.ms < 3000 ? 'PASS' : 'FAIL',
    });
  }
}
