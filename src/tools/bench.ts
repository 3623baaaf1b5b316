/**
 * npm run bench — prints how heavy and how fast the game is, next to a bare Phaser 4 + Vite page.
 *
 *  1. Gzipped JS shipped: the game (built here with `vite build`) against a bare page
 *     (one scene, one rectangle) built here with Vite's JS API. Target: ≤ 1.2×.
 *  2. Time from navigation to an interactive lobby in headless Chromium, median of N runs each,
 *     alternating game and bare page, a fresh browser context per run. Target: ≤ 1.3×.
 *     Contract: a page is interactive when it sets document.body.dataset.lobby = 'ready'. On a first
 *     visit the game shows its welcome form (name + branch), and sets the flag then. The game runs
 *     on Phaser's Canvas renderer (src/game/lobby/renderer.ts); an extra row times it on WebGL.
 *  3. Core story steps per second: full playthroughs of every case along its model path.
 *  4. ink compile time for the whole ink/ folder (median of 5).
 *
 * Not a test: it always exits 0 and reports what failed in the table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { buildInk, InkBuildError, type InkBuild } from '../build/buildInk';
import { advanceToStop, CaseSession, modelPath, replay } from '../core';

const REPO = resolve(import.meta.dirname, '../..');
// The game is built with its own vite.config.ts, exactly as `vite build` builds dist/, but into a
// directory of its own so a benchmark never pulls dist/ from under a running preview or e2e test.
const GAME_DIST = join(REPO, 'node_modules/.cache/bench-game');
const BARE_DIR = join(REPO, 'node_modules/.cache/bench-bare');
const BARE_DIST = join(BARE_DIR, 'dist');
const INK_DIR = join(REPO, 'ink');

const RUNS = 7;
const LOAD_TIMEOUT_MS = 30_000;
const CORE_SECONDS = 2;
const COMPILE_RUNS = 5;
const SIZE_TARGET = 1.2;
const LOAD_TARGET = 1.3;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// ---------------------------------------------------------------------------------------------
// Report

interface Row {
  readonly measure: string;
  readonly value: string;
  readonly baseline?: string;
  readonly ratio?: string;
  readonly target?: string;
  readonly result?: 'PASS' | 'FAIL' | 'ERROR' | '';
}

const rows: Row[] = [];
const notes: string[] = [];

/** Display width: CJK and other wide characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

function printTable(): void {
  const header: Row = { measure: 'measure', value: 'game / value', baseline: 'bare page', ratio: 'ratio', target: 'target', result: '' };
  const cols = (r: Row): string[] => [r.measure, r.value, r.baseline ?? '', r.ratio ?? '', r.target ?? '', r.result ?? ''];
  const all = [header, ...rows].map(cols);
  const first = cols(header);
  const widths = first.map((_, i) => Math.max(...all.map((c) => width(c[i] ?? ''))));
  const line = (c: string[]): string => c.map((s, i) => pad(s, widths[i] ?? 0)).join(' | ').trimEnd();
  console.log('');
  console.log(line(first));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const c of all.slice(1)) console.log(line(c));
  if (notes.length > 0) {
    console.log('');
    for (const n of notes) console.log(`note: ${n}`);
  }
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (t: number): string => `${t.toFixed(0)} ms`;
const times = (r: number): string => `${r.toFixed(2)}×`;
const verdict = (ratio: number, target: number): 'PASS' | 'FAIL' => (ratio <= target ? 'PASS' : 'FAIL');

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const at = (i: number): number => s[i] ?? Number.NaN;
  return s.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** One line of an error message: inkjs and Rollup errors can carry huge minified stacks. */
function brief(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  const first = msg.split('\n').find((l) => l.trim().length > 0) ?? msg;
  return first.length > 300 ? `${first.slice(0, 300)}…` : first;
}

function log(msg: string): void {
  console.log(`[bench] ${msg}`);
}

// ---------------------------------------------------------------------------------------------
// 1. Bundles

interface JsSize {
  readonly bytes: number;
  readonly files: number;
  /** Each file's gzip size, largest first, as "name 12.3 KB". */
  readonly each: readonly string[];
}

function gzippedJs(dir: string): JsSize {
  const found: { name: string; bytes: number }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile() && entry.name.endsWith('.js')) {
        found.push({ name: relative(dir, p), bytes: gzipSync(readFileSync(p), { level: 9 }).length });
      }
    }
  };
  walk(dir);
  found.sort((a, b) => b.bytes - a.bytes);
  return {
    bytes: found.reduce((a, f) => a + f.bytes, 0),
    files: found.length,
    each: found.map((f) => `${f.name} ${kb(f.bytes)}`),
  };
}

/** Builds the game with `vite build` (a child process, so its config and plugins load as usual). */
function buildGame(): { ok: true } | { ok: false; reason: string } {
  log('building the game (vite build)…');
  const args = [join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', GAME_DIST, '--emptyOutDir', '--logLevel', 'warn'];
  const r = spawnSync(process.execPath, args, {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status === 0) return { ok: true };
  const out = `${r.stdout}\n${r.stderr}`
    .split('\n')
    .map((l) => (l.length > 200 ? `${l.slice(0, 200)}…` : l))
    .filter((l) => l.trim().length > 0);
  for (const l of out.slice(-12)) console.log(`    ${l}`);
  const reason = r.error !== undefined ? brief(r.error) : `vite build exited with ${r.status ?? r.signal ?? '?'}`;
  return { ok: false, reason };
}

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>bare Phaser page</title>
  </head>
  <body style="margin:0">
    <div id="game"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const BARE_MAIN = `import * as Phaser from 'phaser';

class Lobby extends Phaser.Scene {
  constructor() {
    super('lobby');
  }
  create() {
    this.add.rectangle(400, 300, 320, 160, 0x2f6f5e);
    document.body.dataset.lobby = 'ready';
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'game',
  width: 800,
  height: 600,
  backgroundColor: '#f4efe6',
  audio: { noAudio: true },
  scene: [Lobby],
});
`;

async function buildBare(): Promise<void> {
  log('building the bare Phaser page…');
  mkdirSync(BARE_DIR, { recursive: true });
  writeFileSync(join(BARE_DIR, 'index.html'), BARE_HTML);
  writeFileSync(join(BARE_DIR, 'main.js'), BARE_MAIN);
  await build({
    root: BARE_DIR,
    configFile: false,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    build: { outDir: BARE_DIST, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  });
}

// ---------------------------------------------------------------------------------------------
// 2. Time to an interactive lobby

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr !== null ? addr.port : 0;
      srv.close(() => (port > 0 ? ok(port) : fail(new Error('no free port'))));
    });
  });
}

async function serve(outDir: string): Promise<{ server: PreviewServer; url: string }> {
  const port = await freePort();
  const server = await preview({
    root: REPO,
    configFile: false,
    logLevel: 'silent',
    base: './',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1', open: false },
  });
  return { server, url: server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/` };
}

/** Milliseconds from page.goto(url) until the page sets document.body.dataset.lobby = 'ready'. */
async function timeToLobby(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(brief(e)));
    const t0 = performance.now();
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    await page.waitForFunction(() => document.body.dataset.lobby === 'ready', undefined, { timeout: LOAD_TIMEOUT_MS });
    return performance.now() - t0;
  } catch (e) {
    const why = errors.length > 0 ? `page error: ${errors[0]}` : brief(e);
    throw new Error(`document.body.dataset.lobby never became 'ready' (${why})`, { cause: e });
  } finally {
    await context.close();
  }
}

interface LoadTimes {
  readonly game: number[];
  /** The game forced onto Phaser's WebGL renderer (?renderer=webgl), for comparison. */
  readonly webgl: number[];
  readonly bare: number[];
  gameError: string | null;
  bareError: string | null;
}

async function measureLoads(gameBuilt: boolean): Promise<LoadTimes> {
  const res: LoadTimes = { game: [], webgl: [], bare: [], gameError: gameBuilt ? null : 'the game did not build', bareError: null };
  const servers: PreviewServer[] = [];
  let browser: Browser | null = null;
  try {
    const bare = await serve(BARE_DIST);
    servers.push(bare.server);
    let gameUrl: string | null = null;
    if (gameBuilt) {
      const game = await serve(GAME_DIST);
      servers.push(game.server);
      gameUrl = game.url;
    }
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    log(`timing page loads: ${RUNS} runs each, alternating game and bare page…`);
    for (let i = 0; i < RUNS; i++) {
      if (gameUrl !== null && res.gameError === null) {
        try {
          res.game.push(await timeToLobby(browser, gameUrl));
          res.webgl.push(await timeToLobby(browser, `${gameUrl}?renderer=webgl`));
        } catch (e) {
          res.gameError = brief(e); // no point waiting for the same timeout six more times
        }
      }
      if (res.bareError === null) {
        try {
          res.bare.push(await timeToLobby(browser, bare.url));
        } catch (e) {
          res.bareError = brief(e);
        }
      }
    }
  } catch (e) {
    const msg = brief(e);
    res.bareError ??= msg;
    res.gameError ??= msg;
  } finally {
    if (browser !== null) await browser.close().catch(() => undefined);
    for (const s of servers) await s.close().catch(() => undefined);
  }
  return res;
}

// ---------------------------------------------------------------------------------------------
// 3 and 4. Core and compiler

function measureCore(): void {
  let ink: InkBuild;
  try {
    ink = buildInk(INK_DIR);
  } catch (e) {
    const why = e instanceof InkBuildError ? e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.text).join('; ') : brief(e);
    rows.push({ measure: 'core story steps', value: 'not measured', result: 'ERROR' });
    rows.push({ measure: 'ink compile, all cases', value: 'not measured', result: 'ERROR' });
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
    buildInk(INK_DIR);
    compileTimes.push(performance.now() - t);
  }
  rows.push({
    measure: 'ink compile, all cases',
    value: `${ms(median(compileTimes))} median`,
    baseline: `${cases.length} case(s) + catalogue`,
  });
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const built = buildGame();
  let bareBuilt = true;
  try {
    await buildBare();
  } catch (e) {
    bareBuilt = false;
    notes.push(`the bare page did not build: ${brief(e)}`);
  }

  const game = built.ok ? gzippedJs(GAME_DIST) : null;
  const bare = bareBuilt ? gzippedJs(BARE_DIST) : null;
  if (!built.ok) notes.push(`the game did not build (${built.reason}); its figures are missing.`);
  if (game !== null) notes.push(`game JS (gzip -9): ${game.each.join(', ')}`);
  if (bare !== null) notes.push(`bare JS (gzip -9): ${bare.each.join(', ')}`);
  if (game !== null && bare !== null && bare.bytes > 0) {
    const r = game.bytes / bare.bytes;
    rows.push({
      measure: 'JS shipped (gzip -9)',
      value: `${kb(game.bytes)} in ${game.files} file(s)`,
      baseline: kb(bare.bytes),
      ratio: times(r),
      target: `≤ ${SIZE_TARGET}×`,
      result: verdict(r, SIZE_TARGET),
    });
  } else {
    rows.push({
      measure: 'JS shipped (gzip -9)',
      value: game !== null ? kb(game.bytes) : 'game not built',
      baseline: bare !== null ? kb(bare.bytes) : 'not built',
      target: `≤ ${SIZE_TARGET}×`,
      result: 'ERROR',
    });
  }

  if (bareBuilt) {
    const loads = await measureLoads(built.ok);
    const g = loads.game.length > 0 && loads.gameError === null ? median(loads.game) : null;
    const b = loads.bare.length > 0 && loads.bareError === null ? median(loads.bare) : null;
    if (loads.gameError !== null) notes.push(`game page load: ${loads.gameError}`);
    if (loads.bareError !== null) notes.push(`bare page load: ${loads.bareError}`);
    const r = g !== null && b !== null ? g / b : null;
    rows.push({
      measure: `load → lobby ready (median of ${RUNS})`,
      value: g !== null ? ms(g) : 'failed',
      baseline: b !== null ? ms(b) : 'failed',
      ratio: r !== null ? times(r) : '',
      target: `≤ ${LOAD_TARGET}×`,
      result: r !== null ? verdict(r, LOAD_TARGET) : 'ERROR',
    });
    if (loads.webgl.length > 0 && b !== null) {
      const w = median(loads.webgl);
      rows.push({ measure: '  same, game on WebGL (info)', value: ms(w), baseline: ms(b), ratio: times(w / b), target: '', result: '' });
    }
    if (loads.game.length > 0) notes.push(`game load runs (ms): ${loads.game.map((t) => t.toFixed(0)).join(', ')}`);
    if (loads.bare.length > 0) notes.push(`bare load runs (ms): ${loads.bare.map((t) => t.toFixed(0)).join(', ')}`);
  } else {
    rows.push({ measure: `load → lobby ready (median of ${RUNS})`, value: 'not measured', target: `≤ ${LOAD_TARGET}×`, result: 'ERROR' });
  }

  try {
    measureCore();
  } catch (e) {
    rows.push({ measure: 'core / ink compile', value: 'failed', result: 'ERROR' });
    notes.push(`core benchmark: ${brief(e)}`);
  }
}

try {
  await main();
} catch (e) {
  notes.push(`bench stopped early: ${brief(e)}`);
} finally {
  printTable();
}
process.exit(0);
