/**
 * What the online side keeps per trainee in the game's store (src/game/storage.ts `mine`):
 * their identity on the leaderboard server, and the server attempt a case in progress was
 * started as. Validated on read; a damaged record reads as none.
 */
import type { GameStore } from '../storage';

/** The trainee's identity on the leaderboard server. */
export interface ServerIdentity {
  readonly playerId: string;
  readonly name: string;
  readonly branch: string;
  /** Bearer token from sign-in (the server keeps only its hash; it expires there). */
  readonly token: string;
}

/** An attempt started on the server for a case being played: submitted with its id at the finish. */
export interface OnlineAttempt {
  readonly attemptId: string;
  readonly seed: number;
  readonly storyHash: string;
}

const text = (x: unknown, max: number): x is string => typeof x === 'string' && x.length > 0 && x.length <= max;

/**
 * A trainee's records about the server, over the game's store. Each method takes the trainee's
 * stable id (src/game/storage.ts Profile.id); without it, the trainee signed in now. Work that
 * awaits the server passes the id it started for, so a 切换学员 meanwhile cannot move an upload,
 * a sign-out or an attempt id to the trainee who took the PC.
 */
export class OnlineRecords {
  constructor(private readonly store: GameStore) {}

  private get(player: string | undefined, key: string): Record<string, unknown> | null {
    return player === undefined ? this.store.mine(key) : this.store.mineOf(player, key);
  }

  private put(player: string | undefined, key: string, value: object | null): void {
    if (player === undefined) this.store.setMine(key, value);
    else this.store.setMineOf(player, key, value);
  }

  /** Their identity on the server, or null (never signed in there, or signed out). */
  identity(player?: string): ServerIdentity | null {
    const r = this.get(player, 'server');
    if (r === null) return null;
    const { playerId, name, branch, token } = r;
    return text(playerId, 64) && text(name, 40) && text(branch, 64) && text(token, 200) ? { playerId, name, branch, token } : null;
  }

  setIdentity(id: ServerIdentity | null, player?: string): void {
    this.put(player, 'server', id);
  }

  /** The server attempt a case in progress was started as, or null (played offline, or none). */
  attempt(caseId: string, player?: string): OnlineAttempt | null {
    const r = this.get(player, `online.${caseId}`);
    if (r === null) return null;
    const { attemptId, seed, storyHash } = r;
    return text(attemptId, 64) && typeof seed === 'number' && Number.isInteger(seed) && text(storyHash, 64) ? { attemptId, seed, storyHash } : null;
  }

  setAttempt(caseId: string, a: OnlineAttempt | null, player?: string): void {
    this.put(player, `online.${caseId}`, a);
  }
}
