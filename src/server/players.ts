/**
 * Players and their sessions. A player is a stable random id with a display name, a branch and a
 * PIN (scrypt-hashed, pin.ts). Signing in gives a bearer token; the database keeps only its
 * SHA-256, so any server process can check it and a leaked table holds no usable token.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { cleanPin, cleanTraineeName, PIN_RULE, TRAINEE_NAME_RULE, traineeNameKey } from '../core';
import type { Database } from './db/schema';
import { ApiError, isUniqueViolation } from './errors';
import { hashPin, verifyPin } from './pin';

/** How long a sign-in lasts. */
export const SESSION_DAYS = 30;
/** A PIN: 4–8 digits. */

export interface Player {
  readonly id: string;
  readonly name: string;
  readonly branch: string;
}

export interface SignedIn extends Player {
  readonly token: string;
}

/** The name as kept (core cleanTraineeName, the welcome screen's rule too); throws ApiError 'invalid-name'. */
export function cleanName(raw: string): string {
  const name = cleanTraineeName(raw);
  if (name === null) throw new ApiError(400, 'invalid-name', TRAINEE_NAME_RULE);
  return name;
}

/** The PIN as hashed (core cleanPin: full-width digits and spaces folded); throws ApiError 'invalid-pin'. */
export function checkPin(raw: string): string {
  const pin = cleanPin(raw);
  if (pin === null) throw new ApiError(400, 'invalid-pin', PIN_RULE);
  return pin;
}

/** The one element of `list`, or undefined (none, or several: a sign-in must not guess between them). */
const onlyOne = <T>(list: readonly T[]): T | undefined => (list.length === 1 ? list[0] : undefined);

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export class Players {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  /** Registers a player in a branch; throws 'unknown-branch', 'name-taken', 'invalid-name', 'invalid-pin'. */
  async register(rawName: string, branch: string, rawPin: string): Promise<SignedIn> {
    const name = cleanName(rawName);
    const pin = checkPin(rawPin);
    await this.requireBranch(branch);
    const same = (await this.namesLike(branch, name))[0];
    if (same !== undefined) throw new ApiError(409, 'name-taken', same.name === name ? '本支行已有同名学员，请登录或换一个名字' : `本支行已有学员“${same.name}”（写法相近）：如果是您，请用这个名字登录；否则请换一个名字`);
    const id = randomUUID();
    const pinHash = await hashPin(pin);
    try {
      await this.db.insertInto('players').values({ id, name, branch_code: branch, pin_hash: pinHash, created_at: this.now().toISOString() }).execute();
    } catch (e) {
      if (isUniqueViolation(e)) throw new ApiError(409, 'name-taken', '本支行已有同名学员，请登录或换一个名字');
      throw e;
    }
    return { id, name, branch, token: await this.newSession(id) };
  }

  /** Signs in by branch, name and PIN; the same answer for an unknown name and a wrong PIN. */
  async login(rawName: string, branch: string, rawPin: string): Promise<SignedIn> {
    const name = cleanName(rawName);
    const pin = checkPin(rawPin);
    // The name as registered, or else the one name of the branch written the same way (traineeNameKey).
    const row = (await this.db.selectFrom('players').selectAll().where('branch_code', '=', branch).where('name', '=', name).executeTakeFirst()) ?? onlyOne(await this.namesLike(branch, name));
    // Hash even when there is no such player, so timing does not tell which names exist.
    const ok = row === undefined ? (await hashPin(pin), false) : await verifyPin(pin, row.pin_hash);
    if (row === undefined || !ok) throw new ApiError(401, 'wrong-login', '支行、姓名或 PIN 不对');
    return { id: row.id, name: row.name, branch: row.branch_code, token: await this.newSession(row.id) };
  }

  /** The player a bearer token belongs to, or null (unknown or expired token). */
  async bySession(token: string): Promise<Player | null> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('players', 'players.id', 'sessions.player_id')
      .select(['players.id', 'players.name', 'players.branch_code', 'sessions.expires_at'])
      .where('sessions.token_hash', '=', tokenHash(token))
      .executeTakeFirst();
    if (row === undefined || row.expires_at <= this.now().toISOString()) return null;
    return { id: row.id, name: row.name, branch: row.branch_code };
  }

  /**
   * The branch's players whose names are written the same way as `name` (traineeNameKey): a scan
   * of the branch's names, on registration and on a sign-in whose name is not kept as typed.
   */
  private async namesLike(branch: string, name: string): Promise<{ id: string; name: string; branch_code: string; pin_hash: string }[]> {
    const key = traineeNameKey(name);
    const rows = await this.db.selectFrom('players').select(['id', 'name', 'branch_code', 'pin_hash']).where('branch_code', '=', branch).execute();
    return rows.filter((r) => traineeNameKey(r.name) === key);
  }

  private async requireBranch(code: string): Promise<void> {
    const b = await this.db.selectFrom('branches').select('code').where('code', '=', code).executeTakeFirst();
    if (b === undefined) throw new ApiError(400, 'unknown-branch', '没有这个支行');
  }

  private async newSession(playerId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    const now = this.now();
    const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
    await this.db.insertInto('sessions').values({ token_hash: tokenHash(token), player_id: playerId, created_at: now.toISOString(), expires_at: expires.toISOString() }).execute();
    return token;
  }
}
