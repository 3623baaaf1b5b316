/** Sign-ins expire after SESSION_DAYS by the server's clock (injected here), and tokens are stored only hashed. */
import { expect, it } from 'vitest';
import { SESSION_DAYS } from '../../src/server/players';
import { makeApp, register, sqliteTarget, testDist } from './harness';

it('expires a sign-in after SESSION_DAYS and keeps only a hash of the token', async () => {
  let now = Date.parse('2026-03-01T08:00:00.000Z');
  const t = await makeApp(testDist(), sqliteTarget(), { now: () => new Date(now) });
  try {
    const p = await register(t.app, '钟表', 'cbd');
    expect((await t.app.inject({ url: '/api/me/record', headers: p.auth })).statusCode).toBe(200);
    const rows = await t.database.db.selectFrom('sessions').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(p.token);
    const pins = await t.database.db.selectFrom('players').select('pin_hash').execute();
    expect(pins.every((r) => r.pin_hash.startsWith('scrypt$'))).toBe(true);
    now += SESSION_DAYS * 86_400_000 - 1;
    expect((await t.app.inject({ url: '/api/me/record', headers: p.auth })).statusCode).toBe(200);
    now += 1;
    const expired = await t.app.inject({ url: '/api/me/record', headers: p.auth });
    expect([expired.statusCode, expired.json<{ error: string }>().error]).toEqual([401, 'not-signed-in']);
  } finally {
    await t.close();
  }
});
