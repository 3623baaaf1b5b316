/**
 * The game's side of verified leaderboards: who the trainee is on the server, starting attempts
 * with the server's seed, and delivering finished attempts through the outbox exactly once, in
 * order. The game plays fully without any of it: with no server (a static host), or the server
 * down, a case is played with the browser's own seed and the finish waits in the outbox.
 *
 * Rules (issue 10): the client never sends a score; an attempt started online is submitted with
 * its attempt id, one played offline with its seed (the server marks it offline); every entry
 * carries an idempotency key made when the case finished, so a retry after a lost answer is
 * recorded once.
 */
import type { AttemptRecord } from '../../core/progress';
import type { GameStore } from '../storage';
import { OnlineRecords, type ServerIdentity } from './records';
import { ApiFailure, type Presence, type ServerApi, type Started, type Verified } from './api';
import type { Outbox, OutboxEntry } from './outbox';

export interface OnlineStatus {
  /**
   * Whether this origin's leaderboard server answered last time it was asked: `down` may come
   * back (asked again now and then); `absent` is a host without one (a static build).
   */
  readonly server: 'unknown' | Presence;
  /** The trainee signed in now has a server identity (a token). */
  readonly signedIn: boolean;
  /** Their finished attempts still waiting for the server. */
  readonly waiting: number;
  /** False when the outbox lives in this page only (IndexedDB unavailable). */
  readonly durable: boolean;
}

/** What became of a finish, for the debrief's line about it. */
export type Delivery =
  | { readonly kind: 'verified'; readonly result: Verified }
  /** Delivered by another tab of this browser before this one got to it (its result is that tab's). */
  | { readonly kind: 'delivered' }
  | {
      readonly kind: 'waiting';
      /** `server-error`: the server answered with a 5xx (it is there, but failing); kept and tried again. */
      readonly reason: 'offline' | 'server-error' | 'not-signed-in';
      readonly waiting: number;
    }
  | { readonly kind: 'refused'; readonly message: string };

export interface SyncDeps {
  readonly api: ServerApi;
  readonly outbox: Outbox;
  readonly store: GameStore;
  /** A message for the trainee (the game's notices). */
  readonly notify: (message: string, kind: 'info' | 'warning' | 'error') => void;
  /** 16 random bytes as hex, for idempotency keys. */
  readonly randomKey: () => string;
  /** Tells the other tabs of this browser that the outbox changed (they call outboxChanged). */
  readonly announce?: () => void;
}

/** Codes after which an entry is kept and tried again later (the server may come back). */
const RETRY = new Set(['offline', 'internal', 'rate-limited']);

export class OnlineSync {
  private status: OnlineStatus;
  private readonly listeners = new Set<(s: OnlineStatus) => void>();
  /** Deliveries run one at a time, in order. */
  private chain: Promise<void> = Promise.resolve();
  /** Why the last delivery round stopped with entries left (for a finish's own line). */
  private stoppedBy: 'offline' | 'server-error' = 'offline';
  /** Results of deliveries, by idempotency key, for a finish waiting to show its own. */
  private readonly results = new Map<string, (d: Delivery) => void>();

  /** The trainee's server identity and attempts in progress, kept in the game's store. */
  readonly records: OnlineRecords;

  constructor(private readonly deps: SyncDeps) {
    this.records = new OnlineRecords(deps.store);
    this.status = { server: 'unknown', signedIn: this.records.identity() !== null, waiting: 0, durable: deps.outbox.durable };
  }

  get current(): OnlineStatus {
    return this.status;
  }

  /** Calls `f` now and on every change; returns a function that stops it. */
  watch(f: (s: OnlineStatus) => void): () => void {
    this.listeners.add(f);
    f(this.status);
    return () => this.listeners.delete(f);
  }

  private set(patch: Partial<OnlineStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const f of this.listeners) f(this.status);
  }

  /** The server identity of the trainee signed in on this browser now. */
  private identity(): ServerIdentity | null {
    return this.records.identity();
  }

  /** The probe in flight, so callers at the same moment share one request. */
  private probing: Promise<OnlineStatus> | null = null;

  /** Asks whether the server is there; if it is, delivers what waits. */
  check(): Promise<OnlineStatus> {
    this.probing ??= (async () => {
      try {
        const presence = await this.deps.api.probe();
        this.set({ server: presence, signedIn: this.identity() !== null });
      } finally {
        this.probing = null;
      }
      await this.deliver();
      return this.status;
    })();
    return this.probing;
  }

  /** The trainee on this browser changed (切换学员): their identity and queue are their own. */
  async switched(): Promise<void> {
    this.set({ signedIn: this.identity() !== null });
    await this.deliver();
  }

  /**
   * Signs the trainee signed in on this browser in to the server with a PIN: registers them the
   * first time (name and branch as on this browser), signs in after that. Throws ApiFailure with
   * a Chinese message for the form (`wrong-login`, `invalid-pin`, `invalid-name`, `offline`…).
   */
  async signIn(pin: string): Promise<void> {
    const who = this.deps.store.profile();
    if (who === null) throw new ApiFailure('refused', 'not-signed-in', 401, '请先在欢迎页填写姓名和支行');
    const { api } = this.deps;
    let signed;
    try {
      signed = await api.register(who.name, who.branchId, pin);
    } catch (e) {
      if (e instanceof ApiFailure && e.code === 'invalid-name') {
        // The name comes from the welcome screen: the form here cannot change it, so say where to.
        throw new ApiFailure(
          'refused',
          'invalid-name',
          e.status,
          `排行榜不接受姓名“${who.name}”（${e.message}）。请点右上角“切换学员”，换一个符合要求的姓名再进入并登录；换名后在本机算另一位学员，原姓名下的练习记录仍然保留。`,
        );
      }
      if (!(e instanceof ApiFailure) || e.code !== 'name-taken') throw e;
      try {
        signed = await api.login(who.name, who.branchId, pin);
      } catch (f) {
        if (f instanceof ApiFailure && f.code === 'wrong-login') {
          throw new ApiFailure('refused', 'wrong-login', f.status, `本支行已有学员叫“${who.name}”，PIN 不对。如果是您本人，请输入您当初设的 PIN；忘了 PIN 请找管理员重置。`);
        }
        throw f;
      }
    }
    this.records.setIdentity({ playerId: signed.playerId, name: signed.name, branch: signed.branch, token: signed.token }, who.id);
    this.set({ signedIn: this.identity() !== null, server: 'up' });
    await this.deliver();
  }

  signOut(): void {
    this.records.setIdentity(null);
    this.set({ signedIn: false });
  }

  /**
   * Starts an attempt on the server when it can (signed in, server up): its seed is the one to
   * play with, and the attempt id is kept with the case until it finishes (a reload keeps it).
   * Null when the case is to be played offline; never throws.
   */
  async start(caseId: string, storyHash: string): Promise<Started | null> {
    const who = this.deps.store.profile();
    const id = who === null ? null : this.records.identity(who.id);
    // Known to be down: the case starts offline at once (no wait for a time-out before each case);
    // the retry probe says when it is back.
    if (who === null || id === null || this.status.server === 'down') return null;
    try {
      const started = await this.deps.api.start(id.token, caseId, storyHash);
      // Kept for the trainee who started it, even if another took the PC while the server answered.
      this.records.setAttempt(caseId, { attemptId: started.attemptId, seed: started.seed, storyHash }, who.id);
      this.set({ server: 'up' });
      return started;
    } catch (e) {
      if (!(e instanceof ApiFailure)) return null;
      if (e.code === 'not-signed-in') this.expired(who.id);
      if (e.kind === 'offline') this.set({ server: 'down' });
      return null;
    }
  }

  /**
   * A case was finished: its attempt goes into the outbox (with the attempt id if it was started
   * online with this seed) and delivery is tried at once. Resolves with what became of it, or
   * null when there is no server to send it to (none answered here and the trainee never signed in).
   */
  async finished(attempt: AttemptRecord, catalogueHash: string): Promise<Delivery | null> {
    const who = this.deps.store.profile();
    if (who === null) return null;
    // Right after the page loaded (a reload mid-case) the first probe may still be on its way.
    if (this.status.server === 'unknown') await this.check();
    // No server in this trainee's world (a static host, never signed in): nothing to queue.
    if (this.records.identity(who.id) === null && this.status.server !== 'up' && this.status.server !== 'down') return null;
    const bound = this.records.attempt(attempt.caseId, who.id);
    this.records.setAttempt(attempt.caseId, null, who.id);
    const online = bound !== null && bound.seed === attempt.seed && bound.storyHash === attempt.storyHash;
    const entry: OutboxEntry = {
      player: who.id,
      attemptId: online ? bound.attemptId : null,
      seed: attempt.seed,
      at: attempt.at,
      submission: {
        caseId: attempt.caseId,
        storyHash: attempt.storyHash,
        scoringVersion: attempt.scoringVersion,
        catalogueHash,
        path: [...attempt.path],
        idempotencyKey: this.deps.randomKey(),
      },
    };
    const outcome = new Promise<Delivery>((resolve) => this.results.set(entry.submission.idempotencyKey, resolve));
    try {
      await this.deps.outbox.add(entry);
      this.deps.announce?.();
    } catch {
      this.results.delete(entry.submission.idempotencyKey);
      return { kind: 'refused', message: '浏览器没能保存这次成绩的上传记录（存储空间可能已满）' };
    }
    await this.deliver();
    // Delivered, refused, or still waiting after this round.
    const key = entry.submission.idempotencyKey;
    if (this.results.has(key)) {
      this.results.delete(key);
      // Gone from the outbox without an answer here: another tab of this browser delivered it.
      const left = await this.deps.outbox.list(who.id).catch(() => null);
      if (left !== null && !left.some((e) => e.submission.idempotencyKey === key)) return { kind: 'delivered' };
      return { kind: 'waiting', reason: this.records.identity(who.id) === null ? 'not-signed-in' : this.stoppedBy, waiting: left?.length ?? this.status.waiting };
    }
    return outcome;
  }

  /**
   * Another tab of this browser added to the outbox or delivered from it: the count in this tab's
   * top bar is read again (nothing is sent; that tab is sending).
   */
  async outboxChanged(): Promise<void> {
    const who = this.deps.store.profile();
    const entries = who === null ? [] : await this.deps.outbox.list(who.id);
    if (this.deps.store.profile()?.id === who?.id) this.set({ waiting: entries.length });
  }

  /** Sends the signed-in trainee's waiting attempts, oldest first; stops at the first that must wait. */
  deliver(): Promise<void> {
    this.chain = this.chain.then(() => this.deliverNow()).catch(() => undefined);
    return this.chain;
  }

  /** The server no longer knows this trainee's token: it goes, and they are told if they are here. */
  private expired(player: string): void {
    this.records.setIdentity(null, player);
    if (this.deps.store.profile()?.id !== player) return; // they see the sign-in form when back
    this.set({ signedIn: false });
    this.deps.notify('排行榜的登录已过期，请在“排行榜”里重新登录；没上传的成绩会一直保存在本机。', 'warning');
  }

  /**
   * A call made for the trainee signed in now was answered `not-signed-in` (the leaderboard
   * screen's reads): their token is forgotten and they are asked to sign in again. True when
   * there was one to forget (false for the second of several answers saying so).
   */
  signInLost(): boolean {
    const who = this.deps.store.profile();
    if (who === null || this.records.identity(who.id) === null) return false;
    this.expired(who.id);
    return true;
  }

  private async deliverNow(): Promise<void> {
    this.stoppedBy = 'offline';
    const who = this.deps.store.profile();
    if (who === null) {
      this.set({ waiting: 0 });
      return;
    }
    const entries = await this.deps.outbox.list(who.id);
    // Everything below is for `who`, whoever signs in meanwhile (切换学员): their token, their
    // queue; the count in the top bar is only theirs while they are the one here.
    const here = (): boolean => this.deps.store.profile()?.id === who.id;
    if (here()) this.set({ waiting: entries.length });
    const id = this.records.identity(who.id);
    if (id === null || this.status.server === 'down' || this.status.server === 'absent') return;
    let left = entries.length;
    for (const e of entries) {
      const settle = (d: Delivery): void => {
        this.results.get(e.submission.idempotencyKey)?.(d);
        this.results.delete(e.submission.idempotencyKey);
      };
      try {
        const result = e.attemptId === null ? await this.deps.api.submitOffline(id.token, e.seed, e.submission) : await this.deps.api.submit(id.token, e.attemptId, e.submission);
        settle({ kind: 'verified', result });
      } catch (f) {
        if (!(f instanceof ApiFailure)) throw f;
        if (RETRY.has(f.code) || f.kind !== 'refused') {
          this.stoppedBy = f.kind === 'offline' ? 'offline' : 'server-error';
          if (f.kind === 'offline') this.set({ server: 'down' });
          return;
        }
        if (f.code === 'not-signed-in') {
          this.expired(who.id);
          return;
        }
        // Recorded already (another tab, or an earlier try whose answer was lost): nothing waits.
        if (f.code !== 'already-submitted') {
          settle({ kind: 'refused', message: f.message });
          this.deps.notify(`有一次练习成绩服务器没有接受（${f.message}），不计入排行榜；本机的练习记录不受影响。`, 'warning');
        }
      }
      if (e.seq !== undefined) {
        await this.deps.outbox.remove(e.seq);
        this.deps.announce?.();
      }
      left--;
      this.set(here() ? { waiting: left, server: 'up' } : { server: 'up' });
    }
  }
}
