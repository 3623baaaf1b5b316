/**
 * Group commit (src/server/db/writer.ts): writes that queue together share one SQLite commit,
 * each in its own savepoint. A write that fails is rolled back alone and rejects alone; the
 * others commit; a write is answered only once its commit is done. On PostgreSQL each write is
 * its own transaction, with the same results.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, openDatabase } from '../../src/server/db/connect';
import { createWriter } from '../../src/server/db/writer';
import { isUniqueViolation } from '../../src/server/errors';
import { sqliteTarget } from './harness';
import { startPostgres, type Postgres } from './postgres';

let postgres: Postgres | null = null;
afterAll(() => {
  postgres?.stop();
});

describe.each(['sqlite', 'postgres'] as const)('on %s', (dialect) => {
  it('commits each write once, rolls back a failing one alone, and answers after the commit', async () => {
    if (dialect === 'postgres') postgres ??= startPostgres();
    const handle = openDatabase(dialect === 'sqlite' ? sqliteTarget() : { postgresUrl: await (postgres as Postgres).newDatabase() });
    const { db } = handle;
    try {
      await migrate(db);
      await db.insertInto('branches').values({ code: 'cbd', name: '中央商务区支行', region: '', updated_at: 'now' }).execute();
      await db.insertInto('players').values({ id: 'taken', name: '已有', branch_code: 'cbd', pin_hash: 'x', created_at: 'now' }).execute();
      const writer = createWriter(db, handle.dialect);
      const player = (i: number): { id: string; name: string; branch_code: string; pin_hash: string; created_at: string } => ({ id: `p${i}`, name: `名${i}`, branch_code: 'cbd', pin_hash: 'x', created_at: 'now' });
      const outcomes = await Promise.allSettled(
        Array.from({ length: 30 }, (_, i) =>
          writer.write(async (tx) => {
            await tx.insertInto('players').values(player(i)).execute();
            if (i % 7 === 3) throw new Error(`write ${i} gave up after inserting`);
            if (i % 10 === 5) await tx.insertInto('players').values({ ...player(i), id: `dup${i}`, name: '已有' }).execute();
            // Visible to the next statement of the same write, inside its savepoint.
            const row = await tx.selectFrom('players').select('id').where('id', '=', `p${i}`).executeTakeFirst();
            return row?.id;
          }),
        ),
      );
      const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [i] : []));
      expect(failed).toEqual([3, 5, 10, 15, 17, 24, 25]);
      for (const i of [5, 15, 25]) expect(isUniqueViolation((outcomes[i] as PromiseRejectedResult).reason)).toBe(true);
      for (const [i, o] of outcomes.entries()) if (o.status === 'fulfilled') expect(o.value).toBe(`p${i}`);
      // Each fulfilled write is in the database (its commit was done when it was answered).
      const ids = (await db.selectFrom('players').select('id').execute()).map((r) => r.id).sort();
      expect(ids).toEqual([...outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [`p${i}`] : [])), 'taken'].sort());
    } finally {
      await handle.close();
    }
  });
});
