/**
 * Leaderboards, computed from the database on every request (nothing cached in a process, so
 * two servers give the same boards). Boards key on the story hash: a changed case starts a fresh
 * board. They read the summary tables that each verified submission updates in its own
 * transaction (summaries.ts): top rows and a viewer's rank are index lookups, so a board costs
 * the same with a thousand attempts or a million.
 *
 * Player boards (per case, and per principle within a case): each player's best verified result;
 * ties go to whoever reached it first (earliest submission), then to the player id (stable).
 * A viewer sees the top TOP_N, their own rank, and the ABOVE people just above them; never the
 * bottom of the list and never how many are below.
 *
 * Branch board (BRANCH_RULE): a branch's score is the mean of its members' FIRST attempts (the
 * first attempt each member started at each case counted; retries never count), so a large branch
 * cannot win by volume nor a small one by one star. A branch is ranked once at least
 * `minPlayers` different members have a verified first attempt. Ties: the higher mean (compared
 * exactly, as fractions), then more participating members, then the branch code. A branch sees
 * the top ones, its own rank and the gap to the branch just above.
 */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { SCORE_METRIC } from './summaries';

export const TOP_N = 10;
export const ABOVE = 3;
export const TOP_BRANCHES = 3;
export const BRANCH_RULE = 'mean-first-attempts';

export interface BoardEntry {
  readonly rank: number;
  readonly name: string;
  readonly branch: string;
  readonly branchName: string;
  /** Score 0–100, or a principle's percent 0–100. */
  readonly value: number;
  /** When the value was first reached (ISO time). */
  readonly at: string;
  readonly me: boolean;
}

export interface PlayerBoard {
  readonly storyHash: string;
  readonly metric: string;
  readonly top: BoardEntry[];
  /** The viewer's own entry, when signed in and on the board. */
  readonly mine: BoardEntry | null;
  /** Up to ABOVE entries just above the viewer that are not already in `top`. */
  readonly above: BoardEntry[];
}

export interface BranchStanding {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  /** Null until the branch has `minPlayers` participants. */
  readonly rank: number | null;
  /** Mean of counted first attempts, two decimals; null with no attempt. */
  readonly mean: number | null;
  readonly participants: number;
  readonly attempts: number;
}

export interface BranchBoard {
  readonly rule: { readonly id: string; readonly minPlayers: number };
  readonly stories: string[];
  readonly top: BranchStanding[];
  readonly mine: BranchStanding | null;
  /** Points between the viewer's branch and the branch ranked just above it; null at the top or unranked. */
  readonly gapToNext: number | null;
  readonly next: BranchStanding | null;
}

interface Row {
  player_id: string;
  name: string;
  branch_code: string;
  branch_name: string;
  value: number;
  at: string;
}

/** PostgreSQL may hand integers and text back in other JS types: one shape for both dialects. */
const toRow = (r: { player_id: string; name: string; branch_code: string; branch_name: string; value: number | string; at: string }): Row => ({ ...r, value: Number(r.value) });

export class Boards {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly minPlayers: number,
  ) {}

  /** The board's rows (board_bests) in ranking order: best descending, then earliest, then player id. */
  private ordered(storyHash: string, principle: string | null) {
    return this.db
      .selectFrom('board_bests as bb')
      .innerJoin('players as p', 'p.id', 'bb.player_id')
      .innerJoin('branches as b', 'b.code', 'p.branch_code')
      .select(['p.id as player_id', 'p.name as name', 'p.branch_code as branch_code', 'b.name as branch_name', 'bb.best as value', 'bb.at as at'])
      .where('bb.story_hash', '=', storyHash)
      .where('bb.principle_id', '=', principle ?? SCORE_METRIC);
  }

  /** Ranked best results per player on a case: by score, or by one principle's percent (all rows). */
  async ranking(storyHash: string, principle: string | null): Promise<Row[]> {
    const rows = await this.ordered(storyHash, principle).orderBy('bb.best', 'desc').orderBy('bb.at', 'asc').orderBy('bb.player_id', 'asc').execute();
    return rows.map(toRow);
  }

  /**
   * A player's 0-based place on a board and their row, or null when they have none: the rows
   * ranked above them are counted through the board's index, not read.
   */
  async placeOf(storyHash: string, principle: string | null, playerId: string): Promise<{ index: number; row: Row } | null> {
    const mine = await this.ordered(storyHash, principle).where('bb.player_id', '=', playerId).executeTakeFirst();
    if (mine === undefined) return null;
    const better = await this.db
      .selectFrom('board_bests')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('story_hash', '=', storyHash)
      .where('principle_id', '=', principle ?? SCORE_METRIC)
      .where((eb) => eb.or([eb('best', '>', mine.value), eb.and([eb('best', '=', mine.value), eb.or([eb('at', '<', mine.at), eb.and([eb('at', '=', mine.at), eb('player_id', '<', playerId)])])])]))
      .executeTakeFirstOrThrow();
    return { index: Number(better.n), row: toRow(mine) };
  }

  /** The board a viewer (or an anonymous visitor, `viewer` null) sees. */
  async playerBoard(storyHash: string, principle: string | null, viewer: string | null): Promise<PlayerBoard> {
    const top = (await this.ordered(storyHash, principle).orderBy('bb.best', 'desc').orderBy('bb.at', 'asc').orderBy('bb.player_id', 'asc').limit(TOP_N).execute()).map(toRow);
    const place = viewer === null ? null : await this.placeOf(storyHash, principle, viewer);
    const entry = (r: Row, i: number): BoardEntry => ({ rank: i + 1, name: r.name, branch: r.branch_code, branchName: r.branch_name, value: r.value, at: r.at, me: r.player_id === viewer });
    let above: BoardEntry[] = [];
    if (place !== null && place.index > TOP_N) {
      // The rows just above the viewer, read backwards from them through the index.
      const from = Math.max(TOP_N, place.index - ABOVE);
      const { value, at } = place.row;
      const rows = await this.ordered(storyHash, principle)
        .where((eb) => eb.or([eb('bb.best', '>', value), eb.and([eb('bb.best', '=', value), eb.or([eb('bb.at', '<', at), eb.and([eb('bb.at', '=', at), eb('bb.player_id', '<', place.row.player_id)])])])]))
        .orderBy('bb.best', 'asc')
        .orderBy('bb.at', 'desc')
        .orderBy('bb.player_id', 'desc')
        .limit(place.index - from)
        .execute();
      above = rows.reverse().map((r, i) => entry(toRow(r), from + i));
    }
    return {
      storyHash,
      metric: principle === null ? 'score' : `principle:${principle}`,
      top: top.map(entry),
      mine: place === null ? null : entry(place.row, place.index),
      above,
    };
  }

  /** Branch standings over the given story hashes (see the module comment for the rule). */
  async branchStandings(stories: readonly string[]): Promise<BranchStanding[]> {
    if (stories.length === 0) return [];
    const totals = await this.db
      .selectFrom('branch_story_totals')
      .where('story_hash', 'in', stories)
      .select((eb) => ['branch_code as code', eb.fn.sum<number | string>('total').as('total'), eb.fn.sum<number | string>('attempts').as('attempts')])
      .groupBy('branch_code')
      .execute();
    // Members with at least one counted first attempt among these stories (first_scores' key).
    // At one story that is the count of first attempts (one per member), already summed.
    const members = stories.length === 1 ? totals.map((t) => ({ code: t.code, participants: t.attempts })) : await this.db
      .selectFrom('players as p')
      .where((eb) => eb.exists(eb.selectFrom('first_scores as f').select('f.player_id').whereRef('f.player_id', '=', 'p.id').where('f.story_hash', 'in', stories)))
      .select((eb) => ['p.branch_code as code', eb.fn.countAll<number | string>().as('participants')])
      .groupBy('p.branch_code')
      .execute();
    const participants = new Map(members.map((m) => [m.code, Number(m.participants)]));
    const agg = totals.map((r) => ({ code: r.code, total: r.total, attempts: r.attempts, participants: participants.get(r.code) ?? 0 }));
    const branches = await this.db.selectFrom('branches').selectAll().execute();
    const byCode = new Map(agg.map((r) => [r.code, { total: Number(r.total), attempts: Number(r.attempts), participants: r.participants }]));
    return rankBranches(branches, byCode, this.minPlayers);
  }

  /** What a branch sees: the top branches, its own standing and the gap to the next one up. */
  async branchBoard(stories: string[], viewerBranch: string | null): Promise<BranchBoard> {
    return branchView(await this.branchStandings(stories), viewerBranch, { id: BRANCH_RULE, minPlayers: this.minPlayers }, stories);
  }

  /** A player's own record per case: best, first-attempt score, attempts and rank on each board. */
  async playerRecord(playerId: string, stories: readonly string[]): Promise<{ storyHash: string; best: number | null; first: number | null; attempts: number; rank: number | null }[]> {
    const out = [];
    for (const storyHash of stories) {
      const mine = await this.db
        .selectFrom('attempts')
        .select((eb) => [eb.fn.max('score').as('best'), eb.fn.count<number | string>('id').as('n')])
        .where('player_id', '=', playerId)
        .where('story_hash', '=', storyHash)
        .where('status', '=', 'verified')
        .executeTakeFirst();
      const first = await this.db
        .selectFrom('first_attempts as f')
        .innerJoin('attempts as a', 'a.id', 'f.attempt_id')
        .select('a.score')
        .where('f.player_id', '=', playerId)
        .where('f.story_hash', '=', storyHash)
        .where('a.status', '=', 'verified')
        .executeTakeFirst();
      const n = Number(mine?.n ?? 0);
      const place = n === 0 ? null : await this.placeOf(storyHash, null, playerId);
      const rank = place === null ? null : place.index + 1;
      out.push({ storyHash, best: mine?.best ?? null, first: first?.score ?? null, attempts: n, rank });
    }
    return out;
  }
}


/** What the branch rule counts for one branch: the sum and number of counted scores, and how many members they come from. */
export interface BranchTally {
  readonly total: number;
  readonly attempts: number;
  readonly participants: number;
}

/**
 * BRANCH_RULE over given tallies (the case boards count first attempts; a competition counts
 * first attempts inside its window, see competitions.ts): ranked branches first, in rank order,
 * then every unranked branch. Pure.
 */
export function rankBranches(branches: readonly { code: string; name: string; region: string }[], tallies: ReadonlyMap<string, BranchTally>, minPlayers: number): BranchStanding[] {
  const all = branches.map((b) => ({ b, s: tallies.get(b.code) ?? { total: 0, attempts: 0, participants: 0 } }));
  const qualified = all
    .filter((x) => x.s.participants >= minPlayers && x.s.attempts > 0)
    // Higher mean first, compared exactly (a/b > c/d ⇔ a·d > c·b), then participants, then code.
    .sort((x, y) => y.s.total * x.s.attempts - x.s.total * y.s.attempts || y.s.participants - x.s.participants || (x.b.code < y.b.code ? -1 : 1));
  const rank = new Map(qualified.map((x, i) => [x.b.code, i + 1]));
  const standing = (x: (typeof all)[number]): BranchStanding => ({
    code: x.b.code,
    name: x.b.name,
    region: x.b.region,
    rank: rank.get(x.b.code) ?? null,
    mean: x.s.attempts === 0 ? null : Math.round((100 * x.s.total) / x.s.attempts) / 100,
    participants: x.s.participants,
    attempts: x.s.attempts,
  });
  return [...qualified.map(standing), ...all.filter((x) => !rank.has(x.b.code)).map(standing)];
}

/** What one branch sees of ranked standings: the top TOP_BRANCHES, its own and the gap to the one just above. Pure. */
export function branchView(standings: readonly BranchStanding[], viewerBranch: string | null, rule: BranchBoard['rule'], stories: string[]): BranchBoard {
  const ranked = standings.filter((s) => s.rank !== null);
  const mine = viewerBranch === null ? null : (standings.find((s) => s.code === viewerBranch) ?? null);
  const next = mine?.rank != null && mine.rank > 1 ? (ranked[mine.rank - 2] ?? null) : null;
  const gap = next !== null && next.mean !== null && mine?.mean != null ? Math.round(100 * (next.mean - mine.mean)) / 100 : null;
  return { rule, stories, top: ranked.slice(0, TOP_BRANCHES), mine, gapToNext: gap, next };
}

/**
 * What a viewer sees of a ranked list (rows in rank order, each with `player_id`): the top TOP_N,
 * their own entry and up to ABOVE entries just above them that are not in the top; never the
 * bottom of the list nor how many are below. Pure.
 */
export function aroundViewer<R extends { readonly player_id: string }, E>(rows: readonly R[], viewer: string | null, entry: (row: R, index: number) => E): { top: E[]; mine: E | null; above: E[] } {
  const at = viewer === null ? -1 : rows.findIndex((r) => r.player_id === viewer);
  const mineRow = at >= 0 ? rows[at] : undefined;
  const from = Math.max(TOP_N, at - ABOVE);
  return {
    top: rows.slice(0, TOP_N).map(entry),
    mine: mineRow === undefined ? null : entry(mineRow, at),
    above: at > TOP_N ? rows.slice(from, at).map((r, i) => entry(r, from + i)) : [],
  };
}
