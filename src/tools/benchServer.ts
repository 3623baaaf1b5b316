/**
 * npm run bench:server — how fast and how big the leaderboard server is, measured on the built
 * server (`node main.js`, as `npm start` runs it) over HTTP with autocannon.
 *
 *  1. Verified submissions per second against the same server's /api/health requests per second,
 *     same run, same client and concurrency (SQLite, as `npm start`). Target ratio ≥ 0.5.
 *     Submissions are real: attempts started beforehand (not counted), each path played by the
 *     core here, each submission verified and stored by the server. Two runs: the model path of
 *     each case (what trainees converge on; after the first, the server's replay memo answers)
 *     and a seeded random path each time (almost every submission replayed in a worker).
 *  2. Leaderboard queries with 1M attempts, 10k players and 200 branches over the 20 cases, on
 *     SQLite and on PostgreSQL: p50/p99 of sequential requests (after 10 not counted) to the
 *     case, principle and branch boards as a signed-in trainee in the middle of the table.
 *     Target p99 ≤ 20 ms. The rows are bulk-inserted (one transaction on SQLite, unnest arrays on
 *     PostgreSQL, then VACUUM ANALYZE as autovacuum would), not played.
 *  3. Peak server memory (the process's VmHWM, worker threads included) over 1 and 2. Target
 *     < 200 MB.
 *  4. Verified submissions per second with two server processes on one PostgreSQL against one.
 *
 * Not a test: it always exits 0 and reports what failed in the table.
 *
 * For profiling: BENCH_ONLY=submissions,boards,postgres runs some of 1, 2 and 4 (all by default),
 * BENCH_SUBMISSIONS=n sends n (1000); BENCH_MEM=1 prints the peak resident memory of each phase;
 * BENCH_NODE_ARGS="--cpu-prof
 * --cpu-prof-dir=/tmp/p" is passed to the server processes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { build } from 'vite';
import { advanceToStop, CaseSession, CONTENT_INDEX_PATH, modelPath, parseContentIndex, readCaseMetaFromJson, SCORING_VERSION } from '../core';
import { buildInk } from '../build/buildInk';
import { contentOf } from '../build/vitePluginInk';
import { hashPin } from '../server/pin';
import { startPostgres, type Postgres } from '../../tests/server/postgres';
import { brief, log, notes, printTable, rows } from './benchReport';
import { ATTEMPTS, BRANCHES, branchCode, playerName, prng, seedPostgres, seedRows, seedSqlite, type Case } from './benchSeed';

const REPO = resolve(import.meta.dirname, '../..');
const CACHE = join(REPO, 'node_modules/.cache', `bench-server-${process.pid}`);
const SERVER_OUT = join(CACHE, 'build');
const DIST = join(CACHE, 'dist');

const CONNECTIONS = 16;
const HEALTH_SECONDS = 5;
const SUBMISSIONS = Number(process.env['BENCH_SUBMISSIONS'] ?? 1000);
const BOARD_REQUESTS = 200;
const WARM_UP_REQUESTS = 10;
const RATIO_TARGET = 0.5;
const P99_TARGET_MS = 20;
const RSS_TARGET_MB = 200;
const PIN = '2580';


// ---------------------------------------------------------------------------------------------
// The built server and its content

/** Builds the server bundle and a dist/ with all of ink/'s cases and 200 branches. */
async function prepare(): Promise<Case[]> {
  rmSync(CACHE, { recursive: true, force: true });
  await build({ configFile: join(REPO, 'vite.server.config.ts'), root: REPO, logLevel: 'silent', build: { outDir: SERVER_OUT } });
  const ink = buildInk(join(REPO, 'ink'));
  const { index, assets } = contentOf(ink);
  const write = (path: string, text: string): void => {
    mkdirSync(dirname(join(DIST, path)), { recursive: true });
    writeFileSync(join(DIST, path), text);
  };
  write(CONTENT_INDEX_PATH, JSON.stringify(index));
  for (const a of assets) write(join(dirname(CONTENT_INDEX_PATH), a.path), a.content);
  write('config/branches.json', JSON.stringify({ branches: Array.from({ length: BRANCHES }, (_, i) => ({ id: branchCode(i), name: `第${i + 1}支行`, region: `片区${i % 10}` })) }));
  write('index.html', '<!doctype html><title>bench</title>');
  const parsed = parseContentIndex(JSON.parse(readFileSync(join(DIST, CONTENT_INDEX_PATH), 'utf8')) as unknown).index;
  return parsed.cases.map((c) => {
    const json = readFileSync(join(DIST, dirname(CONTENT_INDEX_PATH), c.story), 'utf8');
    const meta = readCaseMetaFromJson(json, parsed.catalogue).meta;
    if (meta === null) throw new Error(`no meta for ${c.meta.id}`);
    return { compiled: { meta, hash: c.hash, json, knots: c.knots }, catalogue: parsed.catalogue };
  });
}

interface Server {
  readonly base: string;
  readonly child: ChildProcess;
  /** Peak resident memory so far (VmHWM), MB. */
  peakMb(): number;
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
/** BENCH_MEM: the highest resident memory seen (sampled every 20 ms) in each phase of the run. */
const rssPeaks = new Map<string, number>();
let phase = 'start';
process.on('exit', () => {
  if (rssPeaks.size > 0) console.log([...rssPeaks].map(([k, v]) => `${v.toFixed(0)} MB  ${k}`).join('\n'));
});
/** Temp folders this run made (SQLite files of 1M attempts are ~1.6 GB): removed at the end. */
const scratch: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});

/**
 * The node flags `npm start` gives the server (package.json's start script), so the bench runs it
 * the same way (docs/architecture.md, "Memory").
 */
function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const m = /node ((?:--\S+ )*)build\/server\/main\.js/.exec(pkg.scripts['start'] ?? '');
  if (m === null) throw new Error('package.json: the start script no longer runs `node … build/server/main.js`');
  return (m[1] ?? '').split(' ').filter((a) => a !== '');
}

function startServer(env: Record<string, string>): Promise<Server> {
  const cwd = tempDir('bank-lobby-bench-server-');
  const nodeArgs = [...startFlags(), ...(process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((a) => a !== '')];
  const child = spawn(process.execPath, [...nodeArgs, join(SERVER_OUT, 'main.js')], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', PORT: '0', DIST_DIR: DIST, LOG_LEVEL: 'warn', RATE_LIMIT_LOGIN: '1000000', RATE_LIMIT_LOGIN_ADDRESS: '1000000', RATE_LIMIT_PLAY: '1000000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((res) => child.on('exit', () => (children.delete(child), res())));
  return new Promise((res, rej) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /running at (http:\/\/[^\s/]+)\//.exec(out);
      if (m?.[1] !== undefined) {
        // BENCH_MEM: sample the resident memory every 20 ms, by phase (printed at exit).
        const sampler = setInterval(() => {
          if (process.env['BENCH_MEM'] === undefined) return;
          try {
            const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8'))?.[1] ?? 0) / 1024;
            if (rss > (rssPeaks.get(phase) ?? 0)) rssPeaks.set(phase, rss);
          } catch {
            // exited
          }
        }, 20);
        res({
          base: m[1],
          child,
          peakMb: () => {
            const status = readFileSync(`/proc/${child.pid ?? 0}/status`, 'utf8');
            return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
          },
          stop: () => (clearInterval(sampler), child.kill('SIGTERM'), exited),
        });
      }
    });
    void exited.then(() => rej(new Error(`server exited: ${stderr.slice(0, 500)}`)));
  });
}

async function post(base: string, url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const res = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: `Bearer ${token}` }) }, body: JSON.stringify(body) });
  const json = (await res.json()) as Record<string, unknown>;
  if (res.status >= 300) throw new Error(`${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

// ---------------------------------------------------------------------------------------------
// 1, 3, 4. Throughput

interface Planned {
  readonly token: string;
  readonly body: string;
}

/**
 * A path a trainee might take: option k of each decision with a seeded PRNG, so one path in a
 * case's thousands, rarely the same twice (the server's replay memo does not help these).
 */
function wanderingPath(c: Case, seed: number): number[] {
  const session = new CaseSession(c.compiled, c.catalogue, seed);
  const next = prng(seed);
  for (let turn = 0; turn < 200; turn++) {
    const stop = advanceToStop(session);
    if (stop.kind === 'end') return [...session.path];
    const shown = stop.options;
    session.choose(shown[Math.floor(next() * shown.length)]?.index ?? 0);
  }
  throw new Error(`${c.compiled.meta.id}: no ending within 200 choices`);
}

/**
 * Registers players and starts `n` attempts on `base`. `paths`: 'model' — the core's model path
 * (best option each time: the path trainees converge on, so after the first of each case the
 * server answers from its replay memo); 'wandering' — a seeded random path each time.
 */
async function planSubmissions(base: string, cases: readonly Case[], n: number, tag: string, paths: 'model' | 'wandering' = 'model'): Promise<Planned[]> {
  // Trainee k / 20 plays case k % 20: each trainee the twenty cases once, as in a competition, so
  // submissions sent together come from different trainees (one trainee's results at one case
  // are rightly recorded one after another).
  const players = Math.ceil(n / cases.length);
  const tokens = await Promise.all(Array.from({ length: players }, async (_, p) => String((await post(base, '/api/players', { name: `压测${tag}${p}`, branch: branchCode(p), pin: PIN }))['token'])));
  const out: Planned[] = [];
  const batch = 16;
  for (let i = 0; i < n; i += batch) {
    const got = await Promise.all(
      Array.from({ length: Math.min(batch, n - i) }, async (_, j) => {
        const k = i + j;
        const c = cases[k % cases.length] as Case;
        const token = tokens[Math.floor(k / cases.length)] as string;
        const s = await post(base, '/api/attempts', { caseId: c.compiled.meta.id, storyHash: c.compiled.hash }, token);
        const path = paths === 'model' ? modelPath(c.compiled, c.catalogue, Number(s['seed'])) : wanderingPath(c, Number(s['seed']));
        const body = { attemptId: s['attemptId'], caseId: c.compiled.meta.id, storyHash: c.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: c.catalogue.hash, path, idempotencyKey: `bench-${tag}-${k}` };
        return { token, body: JSON.stringify(body) };
      }),
    );
    out.push(...got);
  }
  return out;
}

/**
 * Sends every planned submission with autocannon; returns verified submissions per second, timed
 * from the first request to the last answer (autocannon's own run ends on its one-second tick,
 * which would round a 1.2 s run up to 2 s).
 */
async function submitAll(base: string, planned: readonly Planned[]): Promise<{ perSecond: number; errors: number }> {
  let next = 0;
  let answered = 0;
  let last = 0;
  const started = performance.now();
  const options: autocannon.Options = {
    url: base,
    connections: CONNECTIONS,
    amount: planned.length,
    requests: [
      {
        method: 'POST',
        path: '/api/submissions',
        setupRequest: (req) => {
          const p = planned[next++ % planned.length] as Planned;
          return { ...req, headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` }, body: p.body };
        },
      },
    ],
  };
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (err, result) => (err === null || err === undefined ? resolve(result) : reject(err instanceof Error ? err : new Error(String(err)))));
    instance.on('response', () => {
      answered++;
      last = performance.now();
    });
  });
  if (answered !== planned.length) throw new Error(`${answered} answers to ${planned.length} submissions`);
  return { perSecond: r['2xx'] / ((last - started) / 1000), errors: r.non2xx + r.errors + r.timeouts };
}

async function healthRate(base: string): Promise<number> {
  const r = await autocannon({ url: `${base}/api/health`, connections: CONNECTIONS, duration: HEALTH_SECONDS });
  return r.requests.average;
}

// ---------------------------------------------------------------------------------------------
// 2. Boards at scale (the tables: benchSeed.ts)

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** p50/p99 of sequential GETs of each board, as a signed-in trainee in the middle of the table. */
async function boardLatency(base: string, cases: readonly Case[], dialect: string): Promise<void> {
  const viewer = 4321;
  const token = String((await post(base, '/api/login', { name: playerName(viewer), branch: branchCode(viewer), pin: PIN }))['token']);
  const c = cases[3] as Case;
  const principle = c.catalogue.principles[0]?.id ?? '';
  const boards: [string, string][] = [
    ['case board', `/api/boards/cases/${c.compiled.hash}`],
    ['principle board', `/api/boards/cases/${c.compiled.hash}/principles/${principle}`],
    ['branch board (20 cases)', '/api/boards/branches'],
    ['branch board (one case)', `/api/boards/branches?story=${c.compiled.hash}`],
    ['own record (20 cases)', '/api/me/record'],
  ];
  for (const [what, url] of boards) {
    const times: number[] = [];
    let status = 0;
    // Not counted: the first requests after start (JIT, the database's caches, the branch board's
    // participant count, which is then kept until a new first attempt arrives).
    for (let i = 0; i < WARM_UP_REQUESTS; i++) await (await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } })).arrayBuffer();
    for (let i = 0; i < BOARD_REQUESTS; i++) {
      const t = performance.now();
      const res = await fetch(`${base}${url}`, { headers: { authorization: `Bearer ${token}` } });
      await res.arrayBuffer();
      times.push(performance.now() - t);
      status = Math.max(status, res.status);
    }
    times.sort((a, b) => a - b);
    const p99 = percentile(times, 99);
    rows.push({
      measure: `${what}, ${dialect}, p50 / p99`,
      value: `${percentile(times, 50).toFixed(1)} / ${p99.toFixed(1)} ms`,
      target: `p99 ≤ ${P99_TARGET_MS} ms`,
      result: status !== 200 ? 'ERROR' : p99 <= P99_TARGET_MS ? 'PASS' : 'FAIL',
    });
    log(`${dialect} ${what}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  }
}

// ---------------------------------------------------------------------------------------------

/** The bench's phases, in order; BENCH_ONLY=a,b runs some of them. */
const PHASES = ['submissions', 'boards', 'postgres'];

async function main(): Promise<void> {
  const began = performance.now();
  let postgres: Postgres | null = null;
  /** Peak memory of each server process, by what it was doing. */
  const peaks: { what: string; mb: number }[] = [];
  const notePeak = (what: string, ...servers: Server[]): void => {
    const mb = Math.max(...servers.map((x) => x.peakMb()));
    peaks.push({ what, mb });
    log(`peak memory, ${what}: ${mb.toFixed(0)} MB`);
  };
  const only = new Set((process.env['BENCH_ONLY'] ?? PHASES.join(',')).split(','));
  try {
    log('building the server and the content (20 cases, 200 branches)…');
    const cases = await prepare();

    // 1. Submissions against health, one server on SQLite (as npm start).
    if (only.has('submissions')) {
    const dir = tempDir('bank-lobby-bench-sqlite-');
    const sqlite = await startServer({ DATA_DIR: dir });
    phase = 'planning model';
    log(`starting ${SUBMISSIONS} attempts…`);
    const planned = await planSubmissions(sqlite.base, cases, SUBMISSIONS, 's');
    phase = 'health';
    log('health…');
    const health = await healthRate(sqlite.base);
    phase = 'submit model';
    log('submissions…');
    const subs = await submitAll(sqlite.base, planned);
    const ratio = subs.perSecond / health;
    log(`health ${health.toFixed(0)} /s, verified submissions ${subs.perSecond.toFixed(0)} /s, ratio ${ratio.toFixed(3)}`);
    rows.push({ measure: 'verified submissions (SQLite, 1 process, model paths)', value: `${subs.perSecond.toFixed(0)} /s`, baseline: `${health.toFixed(0)} /s health`, ratio: ratio.toFixed(3), target: `≥ ${RATIO_TARGET}`, result: subs.errors > 0 ? 'ERROR' : ratio >= RATIO_TARGET ? 'PASS' : 'FAIL' });
    if (subs.errors > 0) notes.push(`${subs.errors} submissions were not answered 2xx`);
    // The same with a path the server has (almost) never replayed: every submission replays.
    phase = 'planning wandering';
    const wandering = await planSubmissions(sqlite.base, cases, SUBMISSIONS, 'w', 'wandering');
    const distinct = new Set(wandering.map((p) => (JSON.parse(p.body) as { storyHash: string; path: number[] }).storyHash + JSON.stringify((JSON.parse(p.body) as { path: number[] }).path))).size;
    phase = 'submit wandering';
    const cold = await submitAll(sqlite.base, wandering);
    log(`wandering paths (${distinct} distinct of ${wandering.length}): ${cold.perSecond.toFixed(0)} /s, ratio ${(cold.perSecond / health).toFixed(3)}`);
    rows.push({ measure: `  … each path new to the server (${distinct} distinct)`, value: `${cold.perSecond.toFixed(0)} /s`, baseline: `${health.toFixed(0)} /s health`, ratio: (cold.perSecond / health).toFixed(3), target: '(info)', result: cold.errors > 0 ? 'ERROR' : '' });
    notePeak('SQLite, submissions', sqlite);
    await sqlite.stop();
    }

    // 2. Boards with 1M attempts, SQLite.
    if (only.has('boards')) {
    const pinHash = await hashPin(PIN);
    const seed = seedRows(cases, pinHash);
    const bigDir = tempDir('bank-lobby-bench-big-');
    const migrated = await startServer({ DATA_DIR: bigDir });
    await migrated.stop();
    let t = performance.now();
    seedSqlite(join(bigDir, 'leaderboard.sqlite'), seed);
    log(`SQLite: seeded ${ATTEMPTS} attempts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const bigSqlite = await startServer({ DATA_DIR: bigDir });
    await boardLatency(bigSqlite.base, cases, 'SQLite');
    notePeak('SQLite, boards over 1M attempts', bigSqlite);
    await bigSqlite.stop();

    // 2. Boards with 1M attempts, PostgreSQL.
    postgres = startPostgres();
    const bigUrl = await postgres.newDatabase();
    const pgMigrated = await startServer({ DATABASE_URL: bigUrl });
    await pgMigrated.stop();
    t = performance.now();
    await seedPostgres(bigUrl, seed);
    log(`PostgreSQL: seeded ${ATTEMPTS} attempts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const bigPg = await startServer({ DATABASE_URL: bigUrl });
    await boardLatency(bigPg.base, cases, 'PostgreSQL');
    notePeak('PostgreSQL, boards over 1M attempts', bigPg);
    await bigPg.stop();
    }

    // 4. One and two processes on one PostgreSQL.
    if (only.has('postgres')) {
    postgres ??= startPostgres();
    const url = await postgres.newDatabase();
    const one = await startServer({ DATABASE_URL: url });
    const plannedOne = await planSubmissions(one.base, cases, SUBMISSIONS, 'p1');
    const single = await submitAll(one.base, plannedOne);
    const two = await startServer({ DATABASE_URL: url });
    const plannedTwo = await planSubmissions(one.base, cases, SUBMISSIONS, 'p2');
    const half = Math.floor(plannedTwo.length / 2);
    const t2 = performance.now();
    const both = await Promise.all([submitAll(one.base, plannedTwo.slice(0, half)), submitAll(two.base, plannedTwo.slice(half))]);
    const pair = plannedTwo.length / ((performance.now() - t2) / 1000);
    notePeak('PostgreSQL, submissions (each of two processes)', one, two);
    await Promise.all([one.stop(), two.stop()]);
    log(`PostgreSQL: 1 process ${single.perSecond.toFixed(0)} /s, 2 processes ${pair.toFixed(0)} /s`);
    const errs = single.errors + both.reduce((a, b) => a + b.errors, 0);
    rows.push({ measure: 'verified submissions, PostgreSQL, 1 process', value: `${single.perSecond.toFixed(0)} /s`, result: single.errors > 0 ? 'ERROR' : '' });
    rows.push({ measure: 'verified submissions, PostgreSQL, 2 processes', value: `${pair.toFixed(0)} /s`, baseline: `${single.perSecond.toFixed(0)} /s (1)`, ratio: `${(pair / single.perSecond).toFixed(2)}×`, target: '(info)', result: errs > 0 ? 'ERROR' : '' });
    }

    if (PHASES.some((x) => !only.has(x))) notes.push(`BENCH_ONLY=${[...only].join(',')}: the other phases were not run`);
    const top = peaks.reduce((a, b) => (b.mb > a.mb ? b : a));
    rows.push({ measure: 'peak server memory (VmHWM, one process)', value: `${top.mb.toFixed(0)} MB`, baseline: top.what, target: `< ${RSS_TARGET_MB} MB`, result: top.mb < RSS_TARGET_MB ? 'PASS' : 'FAIL' });
  } catch (e) {
    notes.push(`the bench stopped: ${brief(e)}`);
    rows.push({ measure: 'bench:server', value: 'stopped early', result: 'ERROR' });
  } finally {
    postgres?.stop();
    rmSync(CACHE, { recursive: true, force: true });
    for (const d of scratch) rmSync(d, { recursive: true, force: true });
  }
  notes.push(`${CONNECTIONS} connections; ${SUBMISSIONS} submissions a run; boards: ${BOARD_REQUESTS} sequential requests each after ${WARM_UP_REQUESTS} not counted; whole run ${((performance.now() - began) / 1000).toFixed(0)} s`);
  printTable();
}

await main();
