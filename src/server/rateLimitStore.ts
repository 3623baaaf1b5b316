/**
 * A store for @fastify/rate-limit that keeps its counters in the database, so the limits on
 * sign-in, start and submit hold across every server process (the plugin's default store counts
 * in one process's memory: two processes would each allow the limit). One upsert per counted
 * request, atomic in SQLite and PostgreSQL: a window that has ended starts again at 1.
 */
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import type { Writer } from './db/writer';

/**
 * Counts one hit on `key` (rate_limits), atomically: a window that has ended starts again at 1 and
 * ends `timeWindow` ms after `at`. Resolves with the hits in the window and when it ends (ISO).
 */
export function countHit(q: Kysely<Database>, key: string, at: Date, timeWindow: number): Promise<{ hits: number; window_ends: string }> {
  const stamp = at.toISOString();
  const ends = new Date(at.getTime() + timeWindow).toISOString();
  return q
    .insertInto('rate_limits')
    .values({ key, hits: 1, window_ends: ends })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({
        hits: eb.case().when('rate_limits.window_ends', '<=', stamp).then(1).else(eb('rate_limits.hits', '+', 1)).end(),
        window_ends: eb.case().when('rate_limits.window_ends', '<=', stamp).then(ends).else(eb.ref('rate_limits.window_ends')).end(),
      })),
    )
    .returning(['hits', 'window_ends'])
    .executeTakeFirstOrThrow();
}

/** `writer` (optional) lets the counts join the group commit of other writes (db/writer.ts). */
export function databaseRateLimitStore(db: Kysely<Database>, now: () => Date, writer?: Writer): FastifyRateLimitStoreCtor {
  return class DatabaseStore implements FastifyRateLimitStore {
    private readonly prefix: string;

    /** The plugin passes its options when it creates the root store; children pass their route. */
    constructor(route: unknown) {
      this.prefix = typeof route === 'string' ? route : 'global';
    }

    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow: number): void {
      const at = now();
      const upsert = (q: Kysely<Database>): Promise<{ hits: number; window_ends: string }> => countHit(q, `${this.prefix}|${key}`, at, timeWindow);
      (writer === undefined ? upsert(db) : writer.write(upsert)).then(
        (row) => callback(null, { current: row.hits, ttl: Math.max(0, Date.parse(row.window_ends) - at.getTime()) }),
        (e: unknown) => callback(e instanceof Error ? e : new Error(String(e))),
      );
    }

    /**
     * Each limited route counts on its own. At run time the plugin passes its merged options with
     * the route as `routeInfo` (its typings say the route options themselves).
     */
    child(options: object): FastifyRateLimitStore {
      const route = (options as { routeInfo?: { method?: unknown; url?: unknown } }).routeInfo;
      const method = route?.method;
      const url = route?.url;
      return new DatabaseStore(`${typeof method === 'string' ? method : JSON.stringify(method)} ${typeof url === 'string' ? url : '?'}`);
    }
  };
}
