/**
 * Summary tables the boards read, kept in step with attempts inside the transaction that records
 * each verified result (so they are exactly as durable and as consistent as the attempt itself,
 * in one process or several). With 1M attempts the boards computed from the attempts took
 * hundreds of milliseconds; from these they are index lookups (npm run bench:server).
 *
 * - board_bests: each player's best value per story hash and metric (`principle_id` '' for the
 *   score, else a principle's percent), with when it was first reached. Ranking order: best
 *   descending, then earlier `at`, then player id (the rule in boards.ts).
 * - first_scores: each verified first attempt's score, with the player's branch.
 * - branch_story_totals: per branch and story hash, the sum and count of those first scores.
 * - board_counts: per board, how many players hold each best value (ranks add these up instead of
 *   counting the rows above; migration 0005).
 *
 * Migrations 0004 and 0005 create them and fill them from the attempts already there
 * (`fillSummaries`, `fillBoardCounts`; `rebuildSummaries` empties and refills all four).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { BoardBestTable, BoardCountTable, Database } from './db/schema';
import type { VerifiedResult } from './replay/verify';

type BoardBestRow = BoardBestTable;
type BoardCountRow = BoardCountTable;

/** `principle_id` of the overall score's rows in board_bests (no principle id is empty). */
export const SCORE_METRIC = '';

export interface VerifiedAttempt {
  readonly playerId: string;
  readonly branch: string;
  readonly result: VerifiedResult;
  /** submitted_at of the attempt (ISO). */
  readonly at: string;
  /** True when this attempt is the player's first at the story. */
  readonly first: boolean;
}

/**
 * Records one verified attempt in the summaries; call inside the transaction that verified it.
 * A handful of statements whatever the number of principles: this runs in every submission.
 */
export async function recordVerified(tx: Kysely<Database> | Transaction<Database>, a: VerifiedAttempt): Promise<void> {
  const story = a.result.storyHash;
  // Metrics in one fixed order, so two transactions touching the same counts take their row locks
  // in the same order (PostgreSQL: no deadlock between concurrent submissions of one case).
  const values = [
    { metric: SCORE_METRIC, value: a.result.score },
    ...a.result.principles.filter((p) => p.percent !== null).map((p) => ({ metric: p.id, value: p.percent ?? 0 })),
  ].sort((x, y) => (x.metric < y.metric ? -1 : x.metric > y.metric ? 1 : 0));
  // Serialise this player's results at this story (two tabs submitting at once): the bests read
  // next are then still the bests when replaced, and the counts move from the right values. The
  // first_attempts row exists by now (claimed when the attempt started or, offline, just before).
  await tx
    .updateTable('first_attempts')
    .set((eb) => ({ attempt_id: eb.ref('attempt_id') }))
    .where('player_id', '=', a.playerId)
    .where('story_hash', '=', story)
    .execute();
  const held = new Map(
    (
      await tx
        .selectFrom('board_bests')
        .select(['principle_id', 'best', 'at'])
        .where('story_hash', '=', story)
        .where('player_id', '=', a.playerId)
        .where(
          'principle_id',
          'in',
          values.map((v) => v.metric),
        )
        .execute()
    ).map((r) => [r.principle_id, { best: r.best, at: r.at }]),
  );
  const bests: BoardBestRow[] = [];
  const counts: BoardCountRow[] = [];
  for (const v of values) {
    const old = held.get(v.metric);
    // Better: a higher value, or the same value reached earlier (the boards' tie rule).
    if (old !== undefined && !(v.value > old.best || (v.value === old.best && a.at < old.at))) continue;
    bests.push({ story_hash: story, principle_id: v.metric, player_id: a.playerId, best: v.value, at: a.at });
    if (old?.best === v.value) continue;
    if (old !== undefined) counts.push({ story_hash: story, principle_id: v.metric, best: old.best, players: -1 });
    counts.push({ story_hash: story, principle_id: v.metric, best: v.value, players: 1 });
  }
  if (bests.length > 0) {
    await tx
      .insertInto('board_bests')
      .values(bests)
      .onConflict((oc) => oc.columns(['story_hash', 'principle_id', 'player_id']).doUpdateSet((eb) => ({ best: eb.ref('excluded.best'), at: eb.ref('excluded.at') })))
      .execute();
  }
  if (counts.length > 0) {
    counts.sort((x, y) => (x.principle_id < y.principle_id ? -1 : x.principle_id > y.principle_id ? 1 : x.best - y.best));
    await tx
      .insertInto('board_counts')
      .values(counts)
      .onConflict((oc) => oc.columns(['story_hash', 'principle_id', 'best']).doUpdateSet((eb) => ({ players: eb('board_counts.players', '+', eb.ref('excluded.players')) })))
      .execute();
  }
  if (!a.first) return;
  await tx.insertInto('first_scores').values({ player_id: a.playerId, story_hash: story, branch_code: a.branch, score: a.result.score }).execute();
  await tx
    .insertInto('branch_story_totals')
    .values({ branch_code: a.branch, story_hash: story, total: a.result.score, attempts: 1 })
    .onConflict((oc) =>
      oc.columns(['branch_code', 'story_hash']).doUpdateSet((eb) => ({ total: eb('branch_story_totals.total', '+', eb.ref('excluded.total')), attempts: eb('branch_story_totals.attempts', '+', 1) })),
    )
    .execute();
}

/** Empties the summary tables and fills them again from the attempts, first_attempts and players. */
export async function rebuildSummaries(db: Kysely<Database>): Promise<void> {
  for (const t of ['board_bests', 'first_scores', 'branch_story_totals', 'board_counts'] as const) await db.deleteFrom(t).execute();
  await fillSummaries(db);
  await fillBoardCounts(db);
}

/** Fills board_counts from board_bests (migration 0005; rebuildSummaries). */
export async function fillBoardCounts(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('board_counts')
    .columns(['story_hash', 'principle_id', 'best', 'players'])
    .expression((eb) => eb.selectFrom('board_bests').select((x) => ['story_hash', 'principle_id', 'best', x.fn.countAll<number>().as('players')]).groupBy(['story_hash', 'principle_id', 'best']))
    .execute();
}

/** Fills board_bests, first_scores and branch_story_totals from the attempts (migration 0004; rebuildSummaries). */
export async function fillSummaries(db: Kysely<Database>): Promise<void> {
  // Best score per (story, player), reached first at the earliest submission with that score.
  await db
    .insertInto('board_bests')
    .columns(['story_hash', 'principle_id', 'player_id', 'best', 'at'])
    .expression((eb) =>
      eb
        .selectFrom(
          eb.selectFrom('attempts').select((x) => ['story_hash', 'player_id', x.fn.max('score').as('best')]).where('status', '=', 'verified').groupBy(['story_hash', 'player_id']).as('b'),
        )
        .innerJoin('attempts as a', (j) => j.onRef('a.story_hash', '=', 'b.story_hash').onRef('a.player_id', '=', 'b.player_id').onRef('a.score', '=', 'b.best'))
        .where('a.status', '=', 'verified')
        .select((x) => ['b.story_hash', sql.lit(SCORE_METRIC).as('principle_id'), 'b.player_id', 'b.best', x.fn.min('a.submitted_at').as('at')])
        .groupBy(['b.story_hash', 'b.player_id', 'b.best']),
    )
    .execute();
  // Best percent per (story, principle, player), the same way.
  await db
    .insertInto('board_bests')
    .columns(['story_hash', 'principle_id', 'player_id', 'best', 'at'])
    .expression((eb) =>
      eb
        .selectFrom(
          eb.selectFrom('attempt_principles').select((x) => ['story_hash', 'principle_id', 'player_id', x.fn.max('percent').as('best')]).groupBy(['story_hash', 'principle_id', 'player_id']).as('b'),
        )
        .innerJoin('attempt_principles as ap', (j) => j.onRef('ap.story_hash', '=', 'b.story_hash').onRef('ap.principle_id', '=', 'b.principle_id').onRef('ap.player_id', '=', 'b.player_id').onRef('ap.percent', '=', 'b.best'))
        .innerJoin('attempts as a', 'a.id', 'ap.attempt_id')
        .select((x) => ['b.story_hash', 'b.principle_id', 'b.player_id', 'b.best', x.fn.min('a.submitted_at').as('at')])
        .groupBy(['b.story_hash', 'b.principle_id', 'b.player_id', 'b.best']),
    )
    .execute();
  await db
    .insertInto('first_scores')
    .columns(['player_id', 'story_hash', 'branch_code', 'score'])
    .expression((eb) =>
      eb
        .selectFrom('first_attempts as f')
        .innerJoin('attempts as a', 'a.id', 'f.attempt_id')
        .innerJoin('players as p', 'p.id', 'f.player_id')
        .where('a.status', '=', 'verified')
        .select(['f.player_id', 'f.story_hash', 'p.branch_code', 'a.score']),
    )
    .execute();
  await db
    .insertInto('branch_story_totals')
    .columns(['branch_code', 'story_hash', 'total', 'attempts'])
    .expression((eb) => eb.selectFrom('first_scores').select((x) => ['branch_code', 'story_hash', x.fn.sum<number>('score').as('total'), x.fn.countAll<number>().as('attempts')]).groupBy(['branch_code', 'story_hash']))
    .execute();
}
