/**
 * Attempts: the server hands out an attempt id and a seed, the client plays and sends back only
 * its choice path, and the server replays the path with src/core (in the worker pool) and stores
 * what it computes. The client never sends a score; a body that tries to is refused by the
 * route's schema (no extra fields).
 *
 * Exactly once. A submission carries the client's idempotency key (unique in the table). The
 * verified result is written with `status = 'started'` as a condition, so of two racing
 * submissions of one attempt, in one process or two, exactly one writes; a resubmission with the
 * same key gets the stored result back (`duplicate: true`), any other gets 409.
 *
 * First attempts. The first attempt a player *starts* at a story hash is their first attempt
 * (claimed atomically in first_attempts at start): abandoning a poor first try does not make the
 * next one "first". Offline attempts claim it when they arrive.
 */
import { randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { SCORING_VERSION, type StartReply, type SubmissionFields } from '../core';
import type { CaseStore, PublishedCase } from './content';
import type { AttemptRow, Database } from './db/schema';
import type { Writer } from './db/writer';
import { ApiError, isUniqueViolation } from './errors';
import type { Player } from './players';
import type { ReplayPool } from './replay/pool';
import { recordVerified } from './summaries';
import type { VerifiedResult } from './replay/verify';

/** Seeds are positive 31-bit integers, as the game draws them. */
export const MAX_SEED = 2 ** 31 - 1;

export type StartedAttempt = StartReply;
export type Submission = SubmissionFields;

export interface StoredResult extends VerifiedResult {
  readonly attemptId: string;
  readonly caseId: string;
  readonly seed: number;
  readonly first: boolean;
  readonly online: boolean;
  readonly submittedAt: string;
  /** True when this answer repeats a submission already recorded under the same key. */
  readonly duplicate: boolean;
}

function resultOf(row: AttemptRow, duplicate: boolean): StoredResult {
  if (row.score === null || row.raw_score === null || row.grade === null || row.ending_id === null || row.submitted_at === null) {
    throw new Error(`attempt ${row.id} has no verified result`);
  }
  return {
    attemptId: row.id,
    caseId: row.case_id,
    seed: row.seed,
    first: row.is_first === 1,
    online: row.online === 1,
    submittedAt: row.submitted_at,
    duplicate,
    scoringVersion: row.scoring_version,
    storyHash: row.story_hash,
    catalogueHash: row.catalogue_hash,
    score: row.score,
    rawScore: row.raw_score,
    grade: row.grade,
    endingId: row.ending_id,
    breaches: JSON.parse(row.breaches_json ?? '[]') as VerifiedResult['breaches'],
    principles: JSON.parse(row.principles_json ?? '[]') as VerifiedResult['principles'],
  };
}

/** The columns every new attempt row starts with (online start, offline submission). */
function newAttempt(id: string, player: Player, c: PublishedCase, seed: number, startedAt: string) {
  return { id, player_id: player.id, case_id: c.caseId, story_hash: c.storyHash, catalogue_hash: c.catalogueHash, scoring_version: SCORING_VERSION, seed, is_first: 0, started_at: startedAt };
}

export class Attempts {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly cases: CaseStore,
    private readonly pool: ReplayPool,
    private readonly now: () => Date,
    /** Where the writes go (group commit on SQLite, db/writer.ts); default: a transaction each. */
    private readonly writer: Writer = { write: (fn) => db.transaction().execute(fn) },
  ) {}

  /** Starts an online attempt: a fresh id and seed. Throws 'unknown-story', 'case-mismatch'. */
  async start(player: Player, caseId: string, storyHash: string): Promise<StartedAttempt> {
    const c = await this.publishedCase(caseId, storyHash);
    const id = randomUUID();
    const seed = randomInt(1, MAX_SEED);
    const first = await this.writer.write(async (tx) => {
      await tx
        .insertInto('attempts')
        .values({ ...newAttempt(id, player, c, seed, this.now().toISOString()), status: 'started', online: 1 })
        .execute();
      return this.claimFirst(tx, player.id, c.storyHash, id);
    });
    return { attemptId: id, seed, caseId: c.caseId, storyHash: c.storyHash, catalogueHash: c.catalogueHash, scoringVersion: SCORING_VERSION, first };
  }

  /** Verifies and records an online attempt's path (see the module comment for the rules). */
  async submit(player: Player, attemptId: string, s: Submission): Promise<StoredResult> {
    this.checkVersion(s);
    const again = await this.byKey(player, s.idempotencyKey, (row) => row.id === attemptId);
    if (again !== null) return again;
    const attempt = await this.db.selectFrom('attempts').selectAll().where('id', '=', attemptId).executeTakeFirst();
    if (attempt === undefined) throw new ApiError(404, 'unknown-attempt', '没有这次练习的记录，请重新开始');
    if (attempt.player_id !== player.id) throw new ApiError(403, 'not-your-attempt', '这次练习不属于当前学员');
    if (attempt.story_hash !== s.storyHash) throw new ApiError(422, 'story-mismatch', '提交的案例版本与开始时不同');
    if (attempt.case_id !== s.caseId) throw new ApiError(422, 'case-mismatch', '提交的案例与开始时不同');
    if (attempt.status !== 'started') {
      // Recorded between the key lookup above and this read: by this very submission sent twice
      // (the same key gets the same answer), or under another key (refused).
      const raced = await this.byKey(player, s.idempotencyKey, (row) => row.id === attemptId);
      if (raced !== null) return raced;
      throw new ApiError(409, 'already-submitted', '这次练习已经提交过了');
    }
    const c = await this.publishedCase(s.caseId, s.storyHash);
    this.checkCatalogue(c, s);
    const result = await this.verify(c, attempt.seed, s.path);
    const columns = this.verifiedColumns(result, s);
    const written = await this.writer.write(async (tx) => {
      const r = await tx
        .updateTable('attempts')
        .set(columns)
        .where('id', '=', attemptId)
        .where('status', '=', 'started')
        .executeTakeFirst();
      if (r.numUpdatedRows !== 1n) return false;
      await this.insertPrinciples(tx, attemptId, player.id, result);
      await recordVerified(tx, { playerId: player.id, branch: player.branch, result, at: columns.submitted_at, first: attempt.is_first === 1 });
      return true;
    }).catch((e: unknown) => {
      if (isUniqueViolation(e)) throw new ApiError(409, 'idempotency-key-reused', '这个提交编号已用于另一次练习');
      throw e;
    });
    if (!written) {
      // Lost a race with another submission of the same attempt: same key → the same answer.
      const raced = await this.byKey(player, s.idempotencyKey, (row) => row.id === attemptId);
      if (raced !== null) return raced;
      throw new ApiError(409, 'already-submitted', '这次练习已经提交过了');
    }
    return this.stored(attemptId, false);
  }

  /**
   * Records an attempt played offline with the client's own seed: verified the same way, marked
   * offline (a competition may refuse those).
   */
  async submitOffline(player: Player, seed: number, s: Submission): Promise<StoredResult> {
    this.checkVersion(s);
    const same = (row: AttemptRow): boolean => row.online === 0 && row.story_hash === s.storyHash && row.seed === seed && row.path_json === JSON.stringify(s.path);
    const again = await this.byKey(player, s.idempotencyKey, same);
    if (again !== null) return again;
    const c = await this.publishedCase(s.caseId, s.storyHash);
    this.checkCatalogue(c, s);
    const result = await this.verify(c, seed, s.path);
    const id = randomUUID();
    const now = this.now().toISOString();
    const columns = this.verifiedColumns(result, s);
    try {
      await this.writer.write(async (tx) => {
        await tx
          .insertInto('attempts')
          .values({ ...newAttempt(id, player, c, seed, now), online: 0, ...columns })
          .execute();
        await this.insertPrinciples(tx, id, player.id, result);
        const first = await this.claimFirst(tx, player.id, c.storyHash, id);
        await recordVerified(tx, { playerId: player.id, branch: player.branch, result, at: columns.submitted_at, first });
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const raced = await this.byKey(player, s.idempotencyKey, same);
      if (raced !== null) return raced;
      throw new ApiError(409, 'idempotency-key-reused', '这个提交编号已用于另一次练习');
    }
    return this.stored(id, false);
  }

  private checkVersion(s: Submission): void {
    if (s.scoringVersion !== SCORING_VERSION) {
      throw new ApiError(422, 'scoring-version', `评分规则版本不符（服务器为 ${SCORING_VERSION}，提交为 ${s.scoringVersion}），请刷新页面后再练`);
    }
  }

  private checkCatalogue(c: PublishedCase, s: Submission): void {
    if (c.catalogueHash !== s.catalogueHash) throw new ApiError(422, 'catalogue-mismatch', '原则目录版本与服务器不符，请刷新页面后再练');
  }

  private async publishedCase(caseId: string, storyHash: string): Promise<PublishedCase> {
    const c = await this.cases.get(storyHash);
    if (c === null) throw new ApiError(404, 'unknown-story', '服务器上没有这个版本的案例');
    if (c.caseId !== caseId) throw new ApiError(422, 'case-mismatch', '案例编号与案例版本不符');
    return c;
  }

  private async verify(c: PublishedCase, seed: number, path: readonly number[]): Promise<VerifiedResult> {
    const outcome = await this.pool.verify({ storyHash: c.storyHash, catalogueHash: c.catalogueHash, storyJson: c.storyJson, catalogueJson: c.catalogueJson, seed, path });
    if (!outcome.ok) throw new ApiError(422, outcome.reason, `选择路径无法在这个案例中重现：${outcome.message}`);
    return outcome.result;
  }

  /**
   * The stored result for a key, when the key is this player's and `matches` says it is the same
   * submission; 409 when the key was used for something else; null when the key is new.
   */
  private async byKey(player: Player, key: string, matches: (row: AttemptRow) => boolean): Promise<StoredResult | null> {
    const row = await this.db.selectFrom('attempts').selectAll().where('idempotency_key', '=', key).executeTakeFirst();
    if (row === undefined) return null;
    if (row.player_id !== player.id || !matches(row)) throw new ApiError(409, 'idempotency-key-reused', '这个提交编号已用于另一次练习');
    return resultOf(row, true);
  }

  private async stored(id: string, duplicate: boolean): Promise<StoredResult> {
    return resultOf(await this.db.selectFrom('attempts').selectAll().where('id', '=', id).executeTakeFirstOrThrow(), duplicate);
  }

  private verifiedColumns(r: VerifiedResult, s: Submission) {
    return {
      status: 'verified' as const,
      path_json: JSON.stringify(s.path),
      score: r.score,
      raw_score: r.rawScore,
      grade: r.grade,
      ending_id: r.endingId,
      breaches_json: JSON.stringify(r.breaches),
      principles_json: JSON.stringify(r.principles),
      submitted_at: this.now().toISOString(),
      idempotency_key: s.idempotencyKey,
    };
  }

  private async insertPrinciples(tx: Kysely<Database>, attemptId: string, playerId: string, r: VerifiedResult): Promise<void> {
    const rows = r.principles
      .filter((p) => p.percent !== null)
      .map((p) => ({ attempt_id: attemptId, player_id: playerId, story_hash: r.storyHash, principle_id: p.id, earned: p.earned, possible: p.possible, percent: p.percent ?? 0 }));
    if (rows.length > 0) await tx.insertInto('attempt_principles').values(rows).execute();
  }

  /** Claims "first attempt" for (player, story); true when this attempt got it. */
  private async claimFirst(tx: Kysely<Database>, playerId: string, storyHash: string, attemptId: string): Promise<boolean> {
    await tx.insertInto('first_attempts').values({ player_id: playerId, story_hash: storyHash, attempt_id: attemptId }).onConflict((oc) => oc.columns(['player_id', 'story_hash']).doNothing()).execute();
    const owner = await tx.selectFrom('first_attempts').select('attempt_id').where('player_id', '=', playerId).where('story_hash', '=', storyHash).executeTakeFirstOrThrow();
    const first = owner.attempt_id === attemptId;
    if (first) await tx.updateTable('attempts').set({ is_first: 1 }).where('id', '=', attemptId).execute();
    return first;
  }
}
