/**
 * The game's delivery of finished attempts to the leaderboard server (src/game/online/sync.ts):
 * in order, exactly once (a lost answer is resent with the same idempotency key), kept while the
 * server is away or the sign-in has expired, each trainee's apart, never a score sent.
 */
import { describe, expect, it } from 'vitest';
import { SCORING_VERSION, type AttemptRecord } from '../../src/core';
import { ApiFailure, type ServerApi, type Started, type Submission, type Verified } from '../../src/game/online/api';
import { MemoryOutbox, type Outbox, type OutboxEntry } from '../../src/game/online/outbox';
import { OnlineSync } from '../../src/game/online/sync';
import { GameStore, type KeyValue } from '../../src/game/storage';

function memory(): KeyValue {
  const map = new Map<string, string>();
  return { get: (k) => map.get(k) ?? null, set: (k, v) => void map.set(k, v), remove: (k) => void map.delete(k) };
}

const attempt = (caseId: string, seed: number, path: number[] = [0, 1, 2]): AttemptRecord => ({
  caseId,
  storyHash: `${caseId.length.toString(16).padStart(2, '0')}aaaaaaaaaaaaaa`,
  scoringVersion: SCORING_VERSION,
  seed,
  path,
  score: 77,
  grade: 'B',
  endingId: 'e',
  principles: {},
  at: '2026-11-29T00:00:00.000Z',
});

/** A server in memory: records each idempotency key once, answers like src/server does. */
class FakeServer {
  up = true;
  /** No leaderboard server at this origin at all (a static host): the probe gets a page, not the API. */
  absent = false;
  /** Called at the start of each submission (to switch trainees mid-upload). */
  onSubmit: (() => void) | null = null;
  /** Called when an attempt is started, before the answer reaches the client. */
  onStart: (() => void) | null = null;
  /** Answer every submission with a 500 (the server is up but failing). */
  failing = false;
  starts = 0;
  /** Record the next submission but lose the answer (the client sees no reply). */
  loseNextAnswer = false;
  refuse: string | null = null;
  expired = false;
  readonly recorded = new Map<string, { token: string; attemptId: string | null; seed: number | null; body: Submission }>();
  readonly order: string[] = [];
  private n = 0;

  private gate(token: string): void {
    if (!this.up) throw new ApiFailure('offline', 'offline', 0, '连不上服务器');
    if (this.expired || token === '') throw new ApiFailure('refused', 'not-signed-in', 401, '登录已过期，请重新登录');
  }

  private record(token: string, attemptId: string | null, seed: number | null, s: Submission): Verified {
    this.onSubmit?.();
    this.gate(token);
    if (this.failing) throw new ApiFailure('server', 'internal', 500, '服务器出错了，请稍后再试');
    if (this.refuse !== null && s.caseId === this.refuse) throw new ApiFailure('refused', 'path-invalid', 422, '选择路径与案例不符');
    expect(Object.keys(s).sort()).toEqual(['caseId', 'catalogueHash', 'idempotencyKey', 'path', 'scoringVersion', 'storyHash']);
    const duplicate = this.recorded.has(s.idempotencyKey);
    if (!duplicate) {
      this.recorded.set(s.idempotencyKey, { token, attemptId, seed, body: s });
      this.order.push(s.caseId);
    }
    if (this.loseNextAnswer) {
      this.loseNextAnswer = false;
      throw new ApiFailure('offline', 'offline', 0, '连不上服务器');
    }
    return { attemptId: attemptId ?? 'offline', caseId: s.caseId, score: 77, grade: 'B', first: !duplicate, online: attemptId !== null, duplicate };
  }

  api(): ServerApi {
    const api = {
      probe: () => Promise.resolve(this.absent ? 'absent' : this.up ? 'up' : 'down'),
      register: (name: string, branch: string) => {
        if (!this.up) return Promise.reject(new ApiFailure('offline', 'offline', 0, '连不上服务器'));
        // src/server/players.ts NAME: no brackets, quotes or slashes.
        if (/[()'"/<>]/.test(name)) return Promise.reject(new ApiFailure('refused', 'invalid-name', 400, '姓名须以文字或数字开头，只能包含文字、数字、空格和 · . -，最多 20 个字'));
        this.expired = false;
        return Promise.resolve({ playerId: `p-${name}`, name, branch, token: `token-${name}-${++this.n}` });
      },
      login: () => Promise.reject(new ApiFailure('refused', 'wrong-login', 401, 'x')),
      start: (token: string, caseId: string, storyHash: string): Promise<Started> =>
        this.settle(() => {
          this.starts++;
          this.gate(token);
          this.onStart?.();
          return { attemptId: `00000000-0000-4000-8000-${String(++this.n).padStart(12, '0')}`, seed: 4242, caseId, storyHash, catalogueHash: 'c', scoringVersion: SCORING_VERSION, first: true };
        }),
      submit: (token: string, attemptId: string, s: Submission) => this.settle(() => this.record(token, attemptId, null, s)),
      submitOffline: (token: string, seed: number, s: Submission) => this.settle(() => this.record(token, null, seed, s)),
    };
    return api as unknown as ServerApi;
  }

  /** Runs `f` as an async call would: its throw becomes the rejection. */
  private settle<T>(f: () => T): Promise<T> {
    return new Promise<T>((resolve) => resolve(f()));
  }
}

/** The outbox, with a gate that holds `list` until opened (to interleave tabs and trainees). */
class GatedOutbox implements Outbox {
  readonly durable = false;
  private held: Promise<void> | null = null;
  private open: (() => void) | null = null;
  constructor(private readonly inner: Outbox) {}
  hold(): void {
    this.held = new Promise((r) => (this.open = r));
  }
  release(): void {
    this.open?.();
    this.held = null;
  }
  async list(player: string): Promise<OutboxEntry[]> {
    if (this.held !== null) await this.held;
    return this.inner.list(player);
  }
  add(e: OutboxEntry): Promise<void> {
    return this.inner.add(e);
  }
  remove(seq: number): Promise<void> {
    return this.inner.remove(seq);
  }
}

let keys = 0;
function setup(server = new FakeServer(), kv = memory(), shared: Outbox = new MemoryOutbox()) {
  const store = new GameStore(kv, () => undefined);
  const notes: string[] = [];
  const outbox = new GatedOutbox(shared);
  const sync = new OnlineSync({ api: server.api(), outbox, store, notify: (m) => notes.push(m), randomKey: () => `key-${String(++keys).padStart(8, '0')}` });
  return { server, store, sync, notes, outbox };
}

describe('OnlineSync: finished attempts reach the server exactly once, in order', () => {
  it('queues finishes while the server is away and delivers them in order, once, when it is back', async () => {
    const { server, store, sync } = setup();
    store.signIn('周敏', 'east-lake');
    await sync.check();
    await sync.signIn('2468');
    server.up = false;
    const a = await sync.finished(attempt('angry-customer', 11), 'cat');
    const b = await sync.finished(attempt('closing-time', 12), 'cat');
    expect(a).toEqual({ kind: 'waiting', reason: 'offline', waiting: 1 });
    expect(b).toEqual({ kind: 'waiting', reason: 'offline', waiting: 2 });
    expect(sync.current.waiting).toBe(2);
    server.up = true;
    await sync.check();
    expect(server.order).toEqual(['angry-customer', 'closing-time']);
    expect(sync.current.waiting).toBe(0);
    // Played offline: sent with their own seeds and no attempt id.
    expect([...server.recorded.values()].map((r) => [r.attemptId, r.seed])).toEqual([
      [null, 11],
      [null, 12],
    ]);
    await sync.check();
    expect(server.recorded.size).toBe(2);
  });

  it('resends a submission whose answer was lost with the same key, so it is recorded once', async () => {
    const { server, store, sync } = setup();
    store.signIn('林晓', 'east-lake');
    await sync.check();
    await sync.signIn('1357');
    server.loseNextAnswer = true;
    const d = await sync.finished(attempt('angry-customer', 5), 'cat');
    expect(d?.kind).toBe('waiting');
    expect(server.recorded.size).toBe(1);
    await sync.check();
    expect(server.recorded.size).toBe(1);
    expect(sync.current.waiting).toBe(0);
  });

  it('submits an attempt started online with its attempt id, and one whose seed changed as offline', async () => {
    const { server, store, sync } = setup();
    store.signIn('王芳', 'east-lake');
    await sync.check();
    await sync.signIn('9999');
    const started = await sync.start('angry-customer', '0eaaaaaaaaaaaaaa');
    expect(started?.seed).toBe(4242);
    expect(sync.records.attempt('angry-customer')?.attemptId).toBe(started?.attemptId);
    const d = await sync.finished(attempt('angry-customer', 4242), 'cat');
    expect(d?.kind).toBe('verified');
    expect([...server.recorded.values()][0]?.attemptId).toBe(started?.attemptId);
    expect(sync.records.attempt('angry-customer')).toBeNull();
    // Started online, but finished with another seed (a restart without the server): offline.
    await sync.start('angry-customer', '0eaaaaaaaaaaaaaa');
    await sync.finished(attempt('angry-customer', 7), 'cat');
    expect([...server.recorded.values()][1]).toMatchObject({ attemptId: null, seed: 7 });
  });

  it('keeps what waits when the sign-in has expired, says so, and delivers after signing in again', async () => {
    const { server, store, sync, notes } = setup();
    store.signIn('赵强', 'east-lake');
    await sync.check();
    await sync.signIn('2222');
    server.expired = true;
    const d = await sync.finished(attempt('angry-customer', 3), 'cat');
    expect(d).toMatchObject({ kind: 'waiting', reason: 'not-signed-in' });
    expect(sync.records.identity()).toBeNull();
    expect(notes.join()).toContain('登录已过期');
    expect(sync.current.waiting).toBe(1);
    await sync.signIn('2222');
    expect(server.recorded.size).toBe(1);
    expect(sync.current.waiting).toBe(0);
  });

  it('drops an attempt the server refuses for good (with a notice) and goes on with the next', async () => {
    const { server, store, sync, notes } = setup();
    store.signIn('钱多', 'east-lake');
    await sync.check();
    await sync.signIn('3333');
    server.up = false;
    await sync.finished(attempt('broken-case', 1), 'cat');
    await sync.finished(attempt('closing-time', 2), 'cat');
    server.up = true;
    server.refuse = 'broken-case';
    await sync.check();
    expect(server.order).toEqual(['closing-time']);
    expect(sync.current.waiting).toBe(0);
    expect(notes.join()).toContain('选择路径与案例不符');
  });

  it('keeps each trainee’s queue apart on a shared PC', async () => {
    const { server, store, sync } = setup();
    store.signIn('甲', 'east-lake');
    await sync.check();
    await sync.signIn('1111');
    server.up = false;
    await sync.finished(attempt('angry-customer', 1), 'cat');
    // Another trainee signs in on the same browser and to the server.
    server.up = true;
    store.signIn('乙', 'east-lake');
    await sync.switched();
    expect(sync.current.waiting).toBe(0);
    await sync.signIn('2222');
    expect(server.recorded.size).toBe(0);
    // The first trainee comes back: their attempt goes, under their own token.
    store.signIn('甲', 'east-lake');
    await sync.switched();
    expect([...server.recorded.values()].map((r) => r.token)).toEqual(['token-甲-1']);
  });

  it('queues nothing where there is no server and the trainee never signed in to one', async () => {
    const server = new FakeServer();
    server.absent = true;
    const { store, sync } = setup(server);
    store.signIn('孙丽', 'east-lake');
    await sync.check();
    expect(await sync.finished(attempt('angry-customer', 1), 'cat')).toBeNull();
    expect(sync.current.waiting).toBe(0);
  });
});

describe('OnlineSync: trainees on a shared PC, tabs, and a server that is away', () => {
  it('sends a trainee’s waiting attempts under their own sign-in even when another trainee takes the PC mid-upload', async () => {
    const { server, store, sync, outbox } = setup();
    store.signIn('甲', 'east-lake');
    await sync.check();
    await sync.signIn('1111');
    server.up = false;
    await sync.finished(attempt('angry-customer', 1), 'cat');
    await sync.finished(attempt('closing-time', 2), 'cat');
    server.up = true;
    store.signIn('乙', 'east-lake');
    await sync.switched();
    await sync.signIn('2222');
    // 甲 comes back; while their queue is being read, 乙 takes the PC (切换学员).
    store.signIn('甲', 'east-lake');
    outbox.hold();
    const delivering = sync.switched();
    await Promise.resolve();
    store.signIn('乙', 'east-lake');
    const again = sync.switched();
    outbox.release();
    await delivering;
    await again;
    expect([...server.recorded.values()].map((r) => r.token)).toEqual(['token-甲-1', 'token-甲-1']);
    // The count in the top bar is 乙's (nothing waits for them).
    expect(sync.current.waiting).toBe(0);
  });

  it('signs out only the trainee whose sign-in expired, not the one who took the PC meanwhile', async () => {
    const { server, store, sync } = setup();
    store.signIn('甲', 'east-lake');
    await sync.check();
    await sync.signIn('1111');
    server.up = false;
    await sync.finished(attempt('angry-customer', 1), 'cat');
    server.up = true;
    store.signIn('乙', 'east-lake');
    await sync.switched();
    await sync.signIn('2222');
    store.signIn('甲', 'east-lake');
    // 甲's token has expired on the server; 乙 takes the PC while 甲's attempt is on its way.
    server.onSubmit = () => {
      server.onSubmit = null;
      server.expired = true;
      store.signIn('乙', 'east-lake');
    };
    await sync.switched();
    expect(sync.records.identity()?.name).toBe('乙');
    expect(sync.current.signedIn).toBe(true);
    store.signIn('甲', 'east-lake');
    expect(sync.records.identity()).toBeNull();
  });

  it('records an attempt started online for the trainee who started it, even if another signs in before the server answers', async () => {
    const { server, store, sync } = setup();
    store.signIn('乙', 'east-lake');
    await sync.check();
    await sync.signIn('2222');
    store.signIn('甲', 'east-lake');
    await sync.switched();
    await sync.signIn('1111');
    // The server answers 甲's start only after 乙 has taken the PC.
    server.onStart = () => store.signIn('乙', 'east-lake');
    await sync.start('angry-customer', '0eaaaaaaaaaaaaaa');
    expect(sync.records.attempt('angry-customer')).toBeNull();
    store.signIn('甲', 'east-lake');
    expect(sync.records.attempt('angry-customer')?.seed).toBe(4242);
  });

  it('says a finish was uploaded when another tab of the same browser delivered it first', async () => {
    const server = new FakeServer();
    const kv = memory();
    const shared = new MemoryOutbox();
    const a = setup(server, kv, shared);
    const b = setup(server, kv, shared);
    a.store.signIn('周敏', 'east-lake');
    await a.sync.check();
    await a.sync.signIn('2468');
    b.store.profile();
    await b.sync.check();
    // Tab A finishes; before it reads the queue, tab B delivers everything waiting.
    a.outbox.hold();
    const finishing = a.sync.finished(attempt('angry-customer', 9), 'cat');
    await new Promise((r) => setTimeout(r, 0));
    await b.sync.check();
    a.outbox.release();
    const d = await finishing;
    expect(server.recorded.size).toBe(1);
    expect(d?.kind).toBe('delivered');
    expect(a.sync.current.waiting).toBe(0);
  });

  it('keeps the finishes of a trainee not yet signed in while a server that exists is down (queues nothing only where there is none)', async () => {
    const server = new FakeServer();
    server.up = false;
    const { store, sync } = setup(server);
    store.signIn('孙丽', 'east-lake');
    await sync.check();
    expect(sync.current.server).toBe('down');
    expect(await sync.finished(attempt('angry-customer', 1), 'cat')).toEqual({ kind: 'waiting', reason: 'not-signed-in', waiting: 1 });
    server.up = true;
    await sync.check();
    expect(sync.current.server).toBe('up');
    await sync.signIn('1234');
    expect(server.recorded.size).toBe(1);
  });

  it('tells a trainee whose name the server refuses how to go on (切换学员 with another name)', async () => {
    const { store, sync } = setup();
    store.signIn('张三(柜员)', 'east-lake');
    await sync.check();
    await expect(sync.signIn('1234')).rejects.toThrow(/切换学员/);
  });
});

describe('OnlineSync: a server that fails or does not answer', () => {
  it('says the server failed (not that it cannot be reached) when it answers a finish with a 500, and keeps the finish', async () => {
    const { server, store, sync } = setup();
    store.signIn('韩梅', 'east-lake');
    await sync.check();
    await sync.signIn('8080');
    server.failing = true;
    expect(await sync.finished(attempt('angry-customer', 3), 'cat')).toEqual({ kind: 'waiting', reason: 'server-error', waiting: 1 });
    server.failing = false;
    await sync.check();
    expect(server.recorded.size).toBe(1);
    expect(sync.current.waiting).toBe(0);
  });

  it('does not make the trainee wait for a server known to be down before each case: the case starts offline at once', async () => {
    const { server, store, sync } = setup();
    store.signIn('杨帆', 'east-lake');
    await sync.check();
    await sync.signIn('5050');
    server.up = false;
    await sync.check();
    expect(sync.current.server).toBe('down');
    const before = server.starts;
    expect(await sync.start('angry-customer', '0eaaaaaaaaaaaaaa')).toBeNull();
    expect(server.starts).toBe(before);
    // Back up (the next probe says so): cases start online again.
    server.up = true;
    await sync.check();
    expect((await sync.start('angry-customer', '0eaaaaaaaaaaaaaa'))?.seed).toBe(4242);
  });
});

describe('OnlineSync: tabs of one browser', () => {
  it('updates the waiting count of another tab when one tab adds to the outbox or delivers from it', async () => {
    const server = new FakeServer();
    const kv = memory();
    const shared = new MemoryOutbox();
    const a = setup(server, kv, shared);
    const b = setup(server, kv, shared);
    a.store.signIn('陈晨', 'east-lake');
    await a.sync.check();
    await a.sync.signIn('1357');
    b.store.profile();
    await b.sync.check();
    server.up = false;
    await a.sync.finished(attempt('angry-customer', 1), 'cat');
    // What tab B hears from tab A (BroadcastChannel in the browser).
    await b.sync.outboxChanged();
    expect(b.sync.current.waiting).toBe(1);
    server.up = true;
    await a.sync.check();
    await b.sync.outboxChanged();
    expect(b.sync.current.waiting).toBe(0);
  });

  it('tells other tabs when its outbox changed', async () => {
    const server = new FakeServer();
    let told = 0;
    let n = 0;
    const store = new GameStore(memory(), () => undefined);
    const sync = new OnlineSync({ api: server.api(), outbox: new MemoryOutbox(), store, notify: () => undefined, randomKey: () => `k${++n}`, announce: () => told++ });
    store.signIn('陈晨', 'east-lake');
    await sync.check();
    await sync.signIn('1357');
    told = 0;
    server.up = false;
    await sync.finished(attempt('angry-customer', 1), 'cat');
    const afterAdd = told;
    expect(afterAdd).toBeGreaterThan(0);
    server.up = true;
    await sync.check();
    expect(told).toBeGreaterThan(afterAdd);
  });
});
