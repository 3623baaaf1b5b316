/**
 * The organisers' credential. ADMIN_TOKEN comes from the environment only (config.ts); unset,
 * every admin route answers 403 'admin-disabled'. An organiser exchanges the credential for an
 * admin session (POST /api/admin/login; wrong credentials limited per client address, failedSignIns.ts), and admin routes take
 * only admin sessions: `Authorization: Bearer <admin session>`. Admin sessions live in their own
 * table, so a trainee's session token can never pass (it is not in that table), and the credential
 * itself is compared in constant time (both sides hashed to the same length first).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { ApiError } from '../errors';

/** How long an admin sign-in lasts. */
export const ADMIN_SESSION_HOURS = 12;

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** True when `given` is the credential; constant time in the credential's content. */
export function sameCredential(given: string, credential: string): boolean {
  return timingSafeEqual(sha256(given), sha256(credential));
}

export class AdminAuth {
  constructor(
    private readonly db: Kysely<Database>,
    /** The credential, or null: admin is off. */
    private readonly credential: string | null,
    private readonly now: () => Date,
  ) {}

  get enabled(): boolean {
    return this.credential !== null;
  }

  /** Throws 403 'admin-disabled' when no credential is configured. */
  requireEnabled(): string {
    if (this.credential === null) throw new ApiError(403, 'admin-disabled', '服务器没有设置管理员凭据（ADMIN_TOKEN），管理功能未开启');
    return this.credential;
  }

  /** Exchanges the credential for a session token. Throws 'admin-disabled', 401 'wrong-credential'. */
  async login(given: string): Promise<{ token: string; expiresAt: string }> {
    const credential = this.requireEnabled();
    if (!sameCredential(given, credential)) throw new ApiError(401, 'wrong-credential', '管理员凭据不对');
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expiresAt = new Date(now.getTime() + ADMIN_SESSION_HOURS * 3_600_000).toISOString();
    // Expired sessions are of no use to anyone: cleared at each sign-in.
    await this.db.deleteFrom('admin_sessions').where('expires_at', '<=', now.toISOString()).execute();
    await this.db.insertInto('admin_sessions').values({ token_hash: sha256(token).toString('hex'), created_at: now.toISOString(), expires_at: expiresAt }).execute();
    return { token, expiresAt };
  }

  /** Checks a request's admin session. Throws 'admin-disabled', 401 'admin-required'. */
  async require(req: FastifyRequest): Promise<void> {
    this.requireEnabled();
    const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(req.headers.authorization ?? '');
    if (m?.[1] === undefined) throw new ApiError(401, 'admin-required', '请先用管理员凭据登录');
    const row = await this.db.selectFrom('admin_sessions').select('expires_at').where('token_hash', '=', sha256(m[1]).toString('hex')).executeTakeFirst();
    if (row === undefined || row.expires_at <= this.now().toISOString()) throw new ApiError(401, 'admin-required', '管理员登录已失效，请重新登录');
  }
}
