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
 *
 * Migration 0003 creates them and fills them from the attempts already there
 * (`rebuildSummaries`, also used by the bench after bulk-loading attempts directly).
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './db/schema';
import type { VerifiedResult } from './replay/verify';

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

/** Records one verified attempt in the summaries; call inside the transaction that verified it. */
export async function recordVerified(tx: Kysely<Database> | Transaction<Database>, a: VerifiedAttempt): Promise<void> {
  const story = a.result.storyHash;
  const values = [
    { metric: SCORE_METRIC, value: a.result.score },
    ...a.result.principles.filter((p) => p.percent !== null).map((p) => ({ metric: p.id, value: p.percent ?? 0 })),
  ];
  for (const v of values) {
    await tx
      .insertInto('board_bests')
      .values({ story_hash: story, principle_id: v.metric, player_id: a.playerId, best: v.value, at: a.at })
      .onConflict((oc) =>
        oc
          .columns(['story_hash', 'principle_id', 'player_id'])
          .doUpdateSet((eb) => ({ best: eb.ref('excluded.best'), at: eb.ref('excluded.at') }))
          .where((eb) => eb.or([eb('excluded.best', '>', eb.ref('board_bests.best')), eb.and([eb('excluded.best', '=', eb.ref('board_bests.best')), eb('excluded.at', '<', eb.ref('board_bests.at'))])])),
      )
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

/** Empties the summary tables and fills them again from attempts, first_attempts and players. */
export async function rebuildSummaries(db: Kysely<Database>): Promise<void> {
  for (const t of ['board_bests', 'first_scores', 'branch_story_totals'] as const) await db.deleteFrom(t).execute();
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
