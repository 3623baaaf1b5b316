/**
 * The server's configuration, from the environment only (secrets included: nothing is read from
 * files in the repository). Validated at start; a bad value stops the server with a message.
 *
 *   PORT, HOST            where to listen (4173, 127.0.0.1)
 *   DATABASE_URL          postgres://… selects PostgreSQL; unset: SQLite at $DATA_DIR/leaderboard.sqlite
 *   DATA_DIR              folder for the SQLite file (./data), created on first start
 *   DIST_DIR              the built game (./dist)
 *   BRANCHES_FILE         the organisation's branch list ($DIST_DIR/config/branches.json)
 *   CORS_ORIGINS          comma-separated origins allowed to call the API (none)
 *   BRANCH_MIN_PLAYERS    members with a first attempt before a branch is ranked (3)
 *   RATE_LIMIT_LOGIN      sign-ins and registrations per trainee account per minute; wrong admin
 *                         credentials per client address per minute (10)
 *   RATE_LIMIT_LOGIN_ADDRESS  sign-ins and registrations per client address per minute, over all
 *                         accounts (300: a training room behind one address signs in together)
 *   RATE_LIMIT_PLAY       attempt starts and submissions per signed-in trainee per minute (60)
 *   REPLAY_THREADS        replay worker threads (cores, at most 4)
 *   TRUST_PROXY           1 when behind a reverse proxy that sets X-Forwarded-For
 *   LOG_LEVEL             pino level (info)
 *   ADMIN_TOKEN           the organisers' credential (unset: admin routes off); 20–200 printable
 *                         ASCII characters, no spaces
 *   RATE_LIMIT_ADMIN      admin requests per client address per minute (120)
 *   TIME_ZONE             the organisation's zone for times in CSV exports (Asia/Shanghai)
 */
import { resolve } from 'node:path';
import type { DatabaseTarget } from './db/connect';
import { checkTimeZone, DEFAULT_TIME_ZONE } from './timeZone';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  readonly distDir: string;
  readonly branchesFile: string;
  readonly corsOrigins: string[];
  readonly branchMinPlayers: number;
  /** Per minute: per account, per address, per trainee, per address for admin (app.ts RateLimits). */
  readonly rateLimits: { readonly login: number; readonly loginAddress: number; readonly play: number; readonly admin: number; readonly windowMs: number };
  /** The organisers' credential; null: admin routes are off. */
  readonly adminToken: string | null;
  readonly replayThreads: number | undefined;
  readonly trustProxy: boolean;
  readonly logLevel: string;
  /** IANA zone for the times organisers read (CSV exports); timeZone.ts. */
  readonly timeZone: string;
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
  return n;
}

/** The admin credential: unset or empty is "off"; otherwise long enough to resist guessing. */
function adminToken(raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  if (!/^[\x21-\x7e]{20,200}$/.test(raw)) throw new Error('ADMIN_TOKEN must be 20 to 200 printable ASCII characters without spaces (e.g. `openssl rand -base64 32`)');
  return raw;
}

/** Reads and checks the configuration; throws an Error naming the bad variable. */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string): ServerConfig {
  const distDir = resolve(cwd, env['DIST_DIR'] ?? 'dist');
  const url = env['DATABASE_URL'];
  if (url !== undefined && url !== '' && !/^postgres(ql)?:\/\//.test(url)) throw new Error('DATABASE_URL must be a postgres:// URL');
  const corsOrigins = (env['CORS_ORIGINS'] ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);
  for (const o of corsOrigins) if (!/^https?:\/\/[^/\s]+$/.test(o)) throw new Error(`CORS_ORIGINS: "${o}" is not an origin (scheme://host[:port])`);
  return {
    port: int(env, 'PORT', 4173, 0, 65535),
    host: env['HOST'] ?? '127.0.0.1',
    database: url !== undefined && url !== '' ? { postgresUrl: url } : { sqliteFile: resolve(cwd, env['DATA_DIR'] ?? 'data', 'leaderboard.sqlite') },
    distDir,
    branchesFile: resolve(cwd, env['BRANCHES_FILE'] ?? resolve(distDir, 'config/branches.json')),
    corsOrigins,
    branchMinPlayers: int(env, 'BRANCH_MIN_PLAYERS', 3, 1, 1000),
    rateLimits: { login: int(env, 'RATE_LIMIT_LOGIN', 10, 1, 1_000_000), loginAddress: int(env, 'RATE_LIMIT_LOGIN_ADDRESS', 300, 1, 1_000_000), play: int(env, 'RATE_LIMIT_PLAY', 60, 1, 1_000_000), admin: int(env, 'RATE_LIMIT_ADMIN', 120, 1, 1_000_000), windowMs: 60_000 },
    adminToken: adminToken(env['ADMIN_TOKEN']),
    replayThreads: env['REPLAY_THREADS'] === undefined ? undefined : int(env, 'REPLAY_THREADS', 2, 1, 64),
    trustProxy: env['TRUST_PROXY'] === '1',
    logLevel: env['LOG_LEVEL'] ?? 'info',
    timeZone: timeZoneOf(env['TIME_ZONE']),
  };
}

function timeZoneOf(value: string | undefined): string {
  if (value === undefined || value === '') return DEFAULT_TIME_ZONE;
  try {
    return checkTimeZone(value);
  } catch {
    throw new Error(`TIME_ZONE: "${value}" is not a time zone (an IANA name such as Asia/Shanghai)`);
  }
}
