/**
 * The bench's big tables (npm run bench:server, part 2): 1M attempts by 10k players of 200
 * branches over the 20 cases, with their summary rows, bulk-loaded into SQLite or PostgreSQL.
 * Deterministic (a seeded PRNG): every run loads the same rows.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { mulberry32, SCORING_VERSION, type Catalogue, type CompiledCase } from '../core';
import { SCORE_METRIC } from '../server/summaries';

export const PLAYERS = 10_000;
export const BRANCHES = 200;
export const ATTEMPTS = 1_000_000;

export const branchCode = (i: number): string => `b${String(i % BRANCHES).padStart(3, '0')}`;
export const playerId = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
export const playerName = (i: number): string => `学员${i}`;

export interface Case {
  readonly compiled: CompiledCase;
  readonly catalogue: Catalogue;
}

/** A deterministic PRNG (the core's mulberry32): the seeded tables are the same every run. */
export const prng = mulberry32;

export interface SeedRows {
  readonly players: unknown[][];
  /** Column-wise, in the order of ATTEMPT_COLUMNS. */
  attempts(from: number, to: number): unknown[][];
  readonly firsts: unknown[][];
  principles(from: number, to: number): unknown[][];
  /** The boards' summary tables for these rows (summaries.ts), computed here as the rows are. */
  summaries(): { bests: unknown[][]; firstScores: unknown[][]; totals: unknown[][] };
}

const ATTEMPT_COLUMNS = ['id', 'player_id', 'case_id', 'story_hash', 'catalogue_hash', 'scoring_version', 'seed', 'status', 'online', 'is_first', 'path_json', 'score', 'raw_score', 'grade', 'ending_id', 'breaches_json', 'principles_json', 'started_at', 'submitted_at', 'idempotency_key'];
const PRINCIPLE_COLUMNS = ['attempt_id', 'player_id', 'story_hash', 'principle_id', 'earned', 'possible', 'percent'];
const BEST_COLUMNS = ['story_hash', 'principle_id', 'player_id', 'best', 'at'];
const FIRST_SCORE_COLUMNS = ['player_id', 'story_hash', 'branch_code', 'score'];
const TOTAL_COLUMNS = ['branch_code', 'story_hash', 'total', 'attempts'];

/**
 * 1M attempts: player i % 10k, case (i / 10k) % 20, so each player has 5 attempts at each case,
 * the first of them their first attempt; two principle rows each.
 */
export function seedRows(cases: readonly Case[], pinHash: string): SeedRows {
  const catalogue = (cases[0] as Case).catalogue;
  const principleIds = catalogue.principles.map((p) => p.id);
  const t0 = Date.parse('2026-01-01T00:00:00.000Z');
  const attemptId = (i: number): string => `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  const caseOf = (i: number): Case => cases[Math.floor(i / PLAYERS) % cases.length] as Case;
  const score = (i: number): number => Math.floor(prng(i)() * 101);
  return {
    players: Array.from({ length: PLAYERS }, (_, i) => [playerId(i), playerName(i), branchCode(i), pinHash, new Date(t0).toISOString()]),
    attempts: (from, to) => {
      const out: unknown[][] = [];
      for (let i = from; i < to; i++) {
        const c = caseOf(i);
        const at = new Date(t0 + i * 1000).toISOString();
        const s = score(i);
        out.push([attemptId(i), playerId(i % PLAYERS), c.compiled.meta.id, c.compiled.hash, c.catalogue.hash, SCORING_VERSION, (i % 100_000) + 1, 'verified', 1, i < PLAYERS * cases.length ? 1 : 0, '[0,1,0]', s, s, s >= 85 ? 'A' : s >= 70 ? 'B' : 'C', 'end', '[]', '[]', at, at, `seed-${i}`]);
      }
      return out;
    },
    firsts: Array.from({ length: PLAYERS * cases.length }, (_, i) => [playerId(i % PLAYERS), caseOf(i).compiled.hash, attemptId(i)]),
    summaries: () => {
      const best = new Map<string, { value: number; i: number }>();
      const keep = (key: string, value: number, i: number): void => {
        const b = best.get(key);
        if (b === undefined || value > b.value) best.set(key, { value, i }); // i ascending: earliest kept on ties
      };
      const firstScores: unknown[][] = [];
      const totals = new Map<string, { total: number; n: number }>();
      for (let i = 0; i < ATTEMPTS; i++) {
        const p = i % PLAYERS;
        const hash = caseOf(i).compiled.hash;
        const s = score(i);
        keep(`${hash}|${SCORE_METRIC}|${p}`, s, i);
        const r = prng(i + 7);
        for (let k = 0; k < 2; k++) keep(`${hash}|${principleIds[(i + k) % principleIds.length] ?? ''}|${p}`, Math.floor(r() * 101), i);
        if (i < PLAYERS * cases.length) {
          firstScores.push([playerId(p), hash, branchCode(p), s]);
          const t = totals.get(`${branchCode(p)}|${hash}`) ?? { total: 0, n: 0 };
          t.total += s;
          t.n++;
          totals.set(`${branchCode(p)}|${hash}`, t);
        }
      }
      const bests = [...best].map(([key, b]) => {
        const [hash, metric, p] = key.split('|');
        return [hash, metric, playerId(Number(p)), b.value, new Date(t0 + b.i * 1000).toISOString()];
      });
      return { bests, firstScores, totals: [...totals].map(([key, t]) => [...key.split('|'), t.total, t.n]) };
    },
    principles: (from, to) => {
      const out: unknown[][] = [];
      for (let i = from; i < to; i++) {
        const r = prng(i + 7);
        for (let k = 0; k < 2; k++) {
          const pct = Math.floor(r() * 101);
          out.push([attemptId(i), playerId(i % PLAYERS), caseOf(i).compiled.hash, principleIds[(i + k) % principleIds.length], pct, 100, pct]);
        }
      }
      return out;
    },
  };
}

/** board_counts from the board_bests just loaded (summaries.ts fillBoardCounts, as one statement). */
const COUNTS_FROM_BESTS = 'INSERT INTO board_counts (story_hash, principle_id, best, players) SELECT story_hash, principle_id, best, COUNT(*) FROM board_bests GROUP BY story_hash, principle_id, best';

export function seedSqlite(file: string, rowsOf: SeedRows): void {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  const insert = (table: string, cols: string[], data: unknown[][]): void => {
    const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
    for (const r of data) stmt.run(...r);
  };
  db.transaction(() => {
    insert('players', ['id', 'name', 'branch_code', 'pin_hash', 'created_at'], rowsOf.players);
    for (let i = 0; i < ATTEMPTS; i += 100_000) {
      insert('attempts', ATTEMPT_COLUMNS, rowsOf.attempts(i, i + 100_000));
      insert('attempt_principles', PRINCIPLE_COLUMNS, rowsOf.principles(i, i + 100_000));
    }
    insert('first_attempts', ['player_id', 'story_hash', 'attempt_id'], rowsOf.firsts);
    const sum = rowsOf.summaries();
    insert('board_bests', BEST_COLUMNS, sum.bests);
    insert('first_scores', FIRST_SCORE_COLUMNS, sum.firstScores);
    insert('branch_story_totals', TOTAL_COLUMNS, sum.totals);
    db.exec(COUNTS_FROM_BESTS);
  })();
  db.exec('ANALYZE');
  db.close();
}

export async function seedPostgres(url: string, rowsOf: SeedRows): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  /** Inserts rows column-wise through unnest (STACK.md: ~350k rows/s). */
  const insert = async (table: string, cols: string[], data: unknown[][]): Promise<void> => {
    if (data.length === 0) return;
    const types = cols.map((_, j) => (typeof data[0]?.[j] === 'number' ? 'int[]' : 'text[]'));
    const params = cols.map((_, j) => data.map((r) => r[j]));
    await client.query(`INSERT INTO ${table} (${cols.join(', ')}) SELECT * FROM unnest(${types.map((t, j) => `$${j + 1}::${t}`).join(', ')})`, params);
  };
  await client.query('BEGIN');
  await insert('players', ['id', 'name', 'branch_code', 'pin_hash', 'created_at'], rowsOf.players);
  for (let i = 0; i < ATTEMPTS; i += 50_000) {
    await insert('attempts', ATTEMPT_COLUMNS, rowsOf.attempts(i, i + 50_000));
    await insert('attempt_principles', PRINCIPLE_COLUMNS, rowsOf.principles(i, i + 50_000));
  }
  await insert('first_attempts', ['player_id', 'story_hash', 'attempt_id'], rowsOf.firsts);
  const sum = rowsOf.summaries();
  for (let i = 0; i < sum.bests.length; i += 50_000) await insert('board_bests', BEST_COLUMNS, sum.bests.slice(i, i + 50_000));
  await insert('first_scores', FIRST_SCORE_COLUMNS, sum.firstScores);
  await insert('branch_story_totals', TOTAL_COLUMNS, sum.totals);
  await client.query(COUNTS_FROM_BESTS);
  await client.query('COMMIT');
  // What autovacuum does to tables that filled over time: statistics, and the visibility map that
  // lets rank counts read the index alone (right after a bulk load every row would be fetched).
  await client.query('VACUUM ANALYZE');
  await client.end();
}

