/**
 * Opens the database the configuration names and brings its schema up to date.
 * - DATABASE_URL set (postgres://…): PostgreSQL through pg's pool.
 * - Otherwise: an embedded SQLite file (better-sqlite3), created on first start, in WAL mode.
 * Both go through the same Kysely types and migrations (schema.ts, migrations.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Database } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  close(): Promise<void>;
}

/** Where the data lives: a PostgreSQL URL, or an SQLite file path. */
export type DatabaseTarget = { readonly postgresUrl: string } | { readonly sqliteFile: string };

/**
 * Opens the database. SQLite is set to WAL with `synchronous = FULL`: a submission answered 2xx
 * is on disk (STACK.md pitfall 12: NORMAL is ~10× faster on inserts but may lose the last
 * commits on power loss). `busy_timeout` lets a second process on the same file wait for the lock.
 */
export function openDatabase(target: DatabaseTarget): DatabaseHandle {
  if ('postgresUrl' in target) {
    const pool = new pg.Pool({ connectionString: target.postgresUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (target.sqliteFile !== ':memory:') mkdirSync(dirname(target.sqliteFile), { recursive: true });
  const sqlite = new SQLite(target.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) });
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}

/** Statements kept prepared per connection (the server's queries are a few dozen shapes). */
const STATEMENTS = 256;

/**
 * The connection as Kysely's SQLite driver sees it, with each statement prepared once per SQL
 * text: the driver prepares every query afresh, and compiling a statement costs more than running
 * it (npm run bench:server). Kysely runs one query at a time on the connection and never streams
 * here, so a cached statement is never in use twice at once.
 */
function preparedOnce(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new LRUCache<string, SQLite.Statement>({ max: STATEMENTS });
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let s = statements.get(sql);
      if (s === undefined) {
        s = sqlite.prepare(sql);
        statements.set(sql, s);
      }
      return s;
    },
  };
}

/** Applies every pending migration; throws naming the one that failed. */
export async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? '?';
    throw new Error(`database migration ${failed} failed: ${error instanceof Error ? error.message : JSON.stringify(error)}`, { cause: error });
  }
}
