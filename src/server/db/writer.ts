/**
 * Transactions for the hot writes (starting and recording attempts, rate-limit counts), with
 * group commit on SQLite.
 *
 * SQLite runs on the server's main thread and commits with `synchronous = FULL` (a 2xx means on
 * disk), so each commit waits for an fsync; on a busy disk that is milliseconds to tens of
 * milliseconds, and it was most of a submission's cost (npm run bench:server). Here the writes
 * that arrive while a commit is under way wait and are committed together in the next
 * transaction, each inside its own savepoint: one write that fails (a unique key taken, a lost
 * race) is rolled back alone and rejects alone, the others commit. Every caller is answered only
 * after the commit that holds its write, so durability is the same as one transaction each.
 *
 * PostgreSQL has a pool of connections and commits concurrently: there each write is simply its
 * own transaction.
 *
 * A write function must use only the transaction it is given (the batch holds SQLite's one
 * connection until it commits).
 */
import type { Kysely, Transaction } from 'kysely';
import type { DialectName } from './connect';
import type { Database } from './schema';

export interface Writer {
  /** Runs `fn` in a transaction (or a savepoint of a shared one); resolves after it commits. */
  write<T>(fn: (tx: Transaction<Database>) => Promise<T>): Promise<T>;
}

interface Pending {
  readonly fn: (tx: Transaction<Database>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (reason: unknown) => void;
}

/** The most writes committed together (bounds how long the first of them waits). */
export const MAX_BATCH = 64;

export function createWriter(db: Kysely<Database>, dialect: DialectName): Writer {
  if (dialect === 'postgres') return { write: (fn) => db.transaction().execute(fn) };
  const queue: Pending[] = [];
  let running = false;

  async function commitBatch(batch: readonly Pending[]): Promise<void> {
    const outcomes: { ok: boolean; value: unknown }[] = [];
    let trx;
    try {
      trx = await db.startTransaction().execute();
      for (const p of batch) {
        const sp = await trx.savepoint('w').execute();
        try {
          const value = await p.fn(sp);
          await sp.releaseSavepoint('w').execute();
          outcomes.push({ ok: true, value });
        } catch (e) {
          await sp.rollbackToSavepoint('w').execute();
          outcomes.push({ ok: false, value: e });
        }
      }
      await trx.commit().execute();
    } catch (e) {
      // The transaction itself failed: nothing in it was committed.
      if (trx !== undefined) await trx.rollback().execute().catch(() => undefined);
      for (const p of batch) p.reject(e);
      return;
    }
    for (const [i, p] of batch.entries()) {
      const o = outcomes[i];
      if (o?.ok === true) p.resolve(o.value);
      else p.reject(o?.value);
    }
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        // A commit blocks the thread (better-sqlite3 is synchronous): let the replies that came
        // in meanwhile (replays done, requests read) queue their writes, then take them all.
        await new Promise((resolve) => setImmediate(resolve));
        await commitBatch(queue.splice(0, MAX_BATCH));
      }
    } finally {
      running = false;
    }
  }

  return {
    write<T>(fn: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
        if (!running) void drain();
      });
    },
  };
}
