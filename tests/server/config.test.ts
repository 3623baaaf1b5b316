/** The environment is the only configuration: defaults, PostgreSQL selection, refusals at start; CORS; PIN hashes. */
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../src/server/config';
import { hashPin, verifyPin } from '../../src/server/pin';
import { makeApp, sqliteTarget, testDist } from './harness';

describe('readConfig', () => {
  it('defaults to SQLite under ./data, the built game in ./dist and CORS closed', () => {
    const c = readConfig({}, '/srv/app');
    expect(c).toMatchObject({ port: 4173, host: '127.0.0.1', database: { sqliteFile: '/srv/app/data/leaderboard.sqlite' }, distDir: '/srv/app/dist', branchesFile: '/srv/app/dist/config/branches.json', corsOrigins: [], branchMinPlayers: 3, rateLimits: { login: 10, loginAddress: 300, play: 60, windowMs: 60_000 } });
  });

  it('selects PostgreSQL by DATABASE_URL and reads the other settings', () => {
    const c = readConfig({ DATABASE_URL: 'postgres://u:p@db/training', PORT: '8080', CORS_ORIGINS: 'https://a.example, http://b.example:8080', BRANCH_MIN_PLAYERS: '5' }, '/srv');
    expect(c).toMatchObject({ database: { postgresUrl: 'postgres://u:p@db/training' }, port: 8080, corsOrigins: ['https://a.example', 'http://b.example:8080'], branchMinPlayers: 5 });
  });

  it('refuses bad values, naming the variable', () => {
    expect(() => readConfig({ PORT: 'eighty' }, '/')).toThrow(/PORT/);
    expect(() => readConfig({ PORT: '70000' }, '/')).toThrow(/PORT/);
    expect(() => readConfig({ DATABASE_URL: 'mysql://x' }, '/')).toThrow(/DATABASE_URL/);
    expect(() => readConfig({ CORS_ORIGINS: '*' }, '/')).toThrow(/CORS_ORIGINS/);
    expect(() => readConfig({ BRANCH_MIN_PLAYERS: '0' }, '/')).toThrow(/BRANCH_MIN_PLAYERS/);
  });

  it('reads the admin credential from ADMIN_TOKEN: unset is off, a short or spaced one stops the start', () => {
    expect(readConfig({}, '/').adminToken).toBeNull();
    expect(readConfig({ ADMIN_TOKEN: '' }, '/').adminToken).toBeNull();
    expect(readConfig({ ADMIN_TOKEN: 'k7Hq-2vLx_9pQz3Rt8Wm4' }, '/').adminToken).toBe('k7Hq-2vLx_9pQz3Rt8Wm4');
    expect(() => readConfig({ ADMIN_TOKEN: 'admin' }, '/')).toThrow(/ADMIN_TOKEN/);
    expect(() => readConfig({ ADMIN_TOKEN: 'a long credential with spaces' }, '/')).toThrow(/ADMIN_TOKEN/);
    expect(readConfig({ RATE_LIMIT_ADMIN: '30' }, '/').rateLimits.admin).toBe(30);
  });
});

describe('PIN hashes', () => {
  it('stores a salted scrypt hash, never the PIN, and checks it', async () => {
    const a = await hashPin('2468');
    const b = await hashPin('2468');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toContain('2468');
    expect(a).not.toBe(b);
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2469', a)).toBe(false);
    expect(await verifyPin('2468', 'plain$2468')).toBe(false);
  });
});

describe('CORS', () => {
  it('opens only to the configured origins', async () => {
    const t = await makeApp(testDist(), sqliteTarget(), { corsOrigins: ['https://training.example'] });
    try {
      const pre = (origin: string) => t.app.inject({ method: 'OPTIONS', url: '/api/submissions', headers: { origin, 'access-control-request-method': 'POST' } });
      expect((await pre('https://training.example')).headers['access-control-allow-origin']).toBe('https://training.example');
      expect((await pre('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await t.close();
    }
  });
});
