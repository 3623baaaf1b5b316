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
import type { BoardEntry, BranchBoard, BranchStanding, PlayerBoard } from '../core';
import type { Database } from './db/schema';
import { SCORE_METRIC } from './summaries';

export const TOP_N = 10;
export const ABOVE = 3;
export const TOP_BRANCHES = 3;
export const BRANCH_RULE = 'mean-first-attempts';
/** Story sets whose participant counts are kept (the current cases, plus a few others asked for). */
const MAX_KEPT_SETS = 16;

export type { BoardEntry, BranchBoard, BranchStanding, PlayerBoard } from '../core';

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
  /** Participants per story set, with the number of first attempts they were counted from (branchStandings). */
  private readonly participation = new Map<string, { counted: number; byBranch: ReadonlyMap<string, number> }>();

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
    const place = mine === undefined ? undefined : (await this.ranksOf(playerId, principle ?? SCORE_METRIC, [storyHash])).get(storyHash);
    return mine === undefined || place === undefined ? null : { index: place.rank - 1, row: toRow(mine) };
  }

  /**
   * A player's best and 1-based rank on the boards of `stories` for one metric, in one statement.
   * The rows above are the players holding a higher value (board_counts: at most 101 rows to add
   * up) plus those with the same value reached earlier, or at the same time by a lower player id
   * (counted in the board's index over that one value).
   */
  private async ranksOf(playerId: string, metric: string, stories: readonly string[]): Promise<Map<string, { value: number; rank: number }>> {
    const rows = await this.db
      .selectFrom('board_bests as m')
      .select((eb) => [
        'm.story_hash',
        'm.best',
        eb
          .selectFrom('board_counts as c')
          .select((x) => x.fn.sum<number | string>('c.players').as('n'))
          .whereRef('c.story_hash', '=', 'm.story_hash')
          .whereRef('c.principle_id', '=', 'm.principle_id')
          .whereRef('c.best', '>', 'm.best')
          .as('higher'),
        eb
          .selectFrom('board_bests as o')
          .select((x) => x.fn.countAll<number | string>().as('n'))
          .whereRef('o.story_hash', '=', 'm.story_hash')
          .whereRef('o.principle_id', '=', 'm.principle_id')
          .whereRef('o.best', '=', 'm.best')
          .where((x) => x.or([x('o.at', '<', x.ref('m.at')), x.and([x('o.at', '=', x.ref('m.at')), x('o.player_id', '<', x.ref('m.player_id'))])]))
          .as('earlier'),
      ])
      .where('m.player_id', '=', playerId)
      .where('m.principle_id', '=', metric)
      .where('m.story_hash', 'in', stories)
      .execute();
    return new Map(rows.map((r) => [r.story_hash, { value: r.best, rank: 1 + Number(r.higher ?? 0) + Number(r.earlier ?? 0) }]));
  }

  /** The board a viewer (or an anonymous visitor, `viewer` null) sees. */
  async playerBoard(storyHash: string, principle: string | null, viewer: string | null): Promise<PlayerBoard> {
    const top = (await this.ordered(storyHash, principle).orderBy('bb.best', 'desc').orderBy('bb.at', 'asc').orderBy('bb.player_id', 'asc').limit(TOP_N).execute()).map(toRow);
    const place = viewer === null ? null : await this.placeOf(storyHash, principle, viewer);
    const entry = (r: Row, i: number): BoardEntry => ({ rank: i + 1, name: r.name, branch: r.branch_code, branchName: r.branch_name, value: r.value, at: r.at, me: r.player_id === viewer });
    let above: BoardEntry[] = [];
    if (place !== null && place.index > TOP_N) {
      // The rows just above the viewer, read backwards from them through the index: first the
      // ties reached earlier, then the nearest higher values (two index ranges; one OR over the
      // whole key would filter every row below the viewer too).
      const from = Math.max(TOP_N, place.index - ABOVE);
      const { value, at, player_id: me } = place.row;
      const wanted = place.index - from;
      const ties = await this.ordered(storyHash, principle)
        .where('bb.best', '=', value)
        .where((eb) => eb.or([eb('bb.at', '<', at), eb.and([eb('bb.at', '=', at), eb('bb.player_id', '<', me)])]))
        .orderBy('bb.at', 'desc')
        .orderBy('bb.player_id', 'desc')
        .limit(wanted)
        .execute();
      const higher =
        ties.length >= wanted
          ? []
          : await this.ordered(storyHash, principle)
              .where('bb.best', '>', value)
              .orderBy('bb.best', 'asc')
              .orderBy('bb.at', 'desc')
              .orderBy('bb.player_id', 'desc')
              .limit(wanted - ties.length)
              .execute();
      const rows = [...ties, ...higher];
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

  /**
   * Branch standings over the given story hashes (see the module comment for the rule).
   *
   * The sums come from branch_story_totals (200 branches × the stories). Participants — members
   * with at least one counted first attempt among these stories — need every member's rows
   * (tens of milliseconds with 10k players), so they are kept per story set with the number of
   * first attempts they were counted from, read in the same statement. first_scores rows are only
   * ever added, each adding one to branch_story_totals.attempts in the same transaction, so while
   * the totals still add up to that number the same rows exist and the count still holds; any new
   * first attempt, in this process or another, changes the sum and the next board counts afresh.
   */
  async branchStandings(stories: readonly string[]): Promise<BranchStanding[]> {
    if (stories.length === 0) return [];
    const totals = await this.db
      .selectFrom('branch_story_totals')
      .where('story_hash', 'in', stories)
      .select((eb) => ['branch_code as code', eb.fn.sum<number | string>('total').as('total'), eb.fn.sum<number | string>('attempts').as('attempts')])
      .groupBy('branch_code')
      .execute();
    const counted = totals.reduce((n, t) => n + Number(t.attempts), 0);
    // At one story every counted member has exactly one first attempt: participants = attempts.
    const participants = stories.length === 1 ? new Map(totals.map((t) => [t.code, Number(t.attempts)])) : await this.participants(stories, counted);
    const branches = await this.db.selectFrom('branches').selectAll().execute();
    const byCode = new Map(totals.map((r) => [r.code, { total: Number(r.total), attempts: Number(r.attempts), participants: participants.get(r.code) ?? 0 }]));
    return rankBranches(branches, byCode, this.minPlayers);
  }

  /** Members per branch with a first attempt among `stories` (see branchStandings). */
  private async participants(stories: readonly string[], counted: number): Promise<ReadonlyMap<string, number>> {
    const key = [...stories].sort().join(',');
    const kept = this.participation.get(key);
    if (kept !== undefined && kept.counted === counted) return kept.byBranch;
    const rows = await this.db
      .selectFrom('players as p')
      .where((eb) => eb.exists(eb.selectFrom('first_scores as f').select('f.player_id').whereRef('f.player_id', '=', 'p.id').where('f.story_hash', 'in', stories)))
      .select((eb) => [
        'p.branch_code as code',
        eb.fn.countAll<number | string>().as('participants'),
        // The first attempts these counts come from, in the same statement (one snapshot).
        eb.selectFrom('branch_story_totals').select((x) => x.fn.sum<number | string>('attempts').as('n')).where('story_hash', 'in', stories).as('counted'),
      ])
      .groupBy('p.branch_code')
      .execute();
    const byBranch = new Map(rows.map((r) => [r.code, Number(r.participants)]));
    const at = rows.length === 0 ? 0 : Number(rows[0]?.counted ?? 0);
    if (this.participation.size >= MAX_KEPT_SETS) this.participation.delete(this.participation.keys().next().value ?? '');
    this.participation.set(key, { counted: at, byBranch });
    return byBranch;
  }

  /** What a branch sees: the top branches, its own standing and the gap to the next one up. */
  async branchBoard(stories: string[], viewerBranch: string | null): Promise<BranchBoard> {
    return branchView(await this.branchStandings(stories), viewerBranch, { id: BRANCH_RULE, minPlayers: this.minPlayers }, stories);
  }

  /**
   * A player's own record per case: best, first-attempt score, attempts and rank on each board.
   * Three set queries over the player's rows (ranksOf, first_scores, attempts by player): 20
   * cases cost about what one did.
   */
  async playerRecord(playerId: string, stories: readonly string[]): Promise<{ storyHash: string; best: number | null; first: number | null; attempts: number; rank: number | null }[]> {
    if (stories.length === 0) return [];
    const [best, firsts, counts] = await Promise.all([
      this.ranksOf(playerId, SCORE_METRIC, stories),
      this.db.selectFrom('first_scores').select(['story_hash', 'score']).where('player_id', '=', playerId).where('story_hash', 'in', stories).execute(),
      this.db
        .selectFrom('attempts')
        .select((eb) => ['story_hash', eb.fn.count<number | string>('id').as('n')])
        .where('player_id', '=', playerId)
        .where('story_hash', 'in', stories)
        .where('status', '=', 'verified')
        .groupBy('story_hash')
        .execute(),
    ]);
    const first = new Map(firsts.map((f) => [f.story_hash, f.score]));
    const n = new Map(counts.map((c) => [c.story_hash, Number(c.n)]));
    const out = [];
    for (const storyHash of stories) {
      const b = best.get(storyHash);
      out.push({ storyHash, best: b?.value ?? null, first: first.get(storyHash) ?? null, attempts: n.get(storyHash) ?? 0, rank: b?.rank ?? null });
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
