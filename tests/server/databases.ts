/**
 * Both databases for one test file: `useDatabases()` starts a PostgreSQL before the file's tests
 * and stops it after, and returns `freshTarget(dialect)` — a new SQLite file, or a new database
 * on that PostgreSQL. Call it at the top of the file; run the tests once per entry of DIALECTS.
 */
import { afterAll, beforeAll } from 'vitest';
import type { DatabaseTarget } from '../../src/server/db/connect';
import { sqliteTarget } from './harness';
import { startPostgres, type Postgres } from './postgres';

export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

export function useDatabases(): (dialect: Dialect) => Promise<DatabaseTarget> {
  let postgres: Postgres | null = null;
  beforeAll(() => {
    postgres = startPostgres();
  });
  afterAll(() => {
    postgres?.stop();
  });
  return async (dialect) => {
    if (dialect === 'sqlite') return sqliteTarget();
    if (postgres === null) throw new Error('PostgreSQL is not running');
    return { postgresUrl: await postgres.newDatabase() };
  };
}
