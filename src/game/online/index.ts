/**
 * Everything the game does with the leaderboard server, in one chunk that main.ts loads after the
 * first screen is up (a dynamic import): the API client, the outbox, the sync and the leaderboard
 * screen. A static host without the server costs the trainee one small request (`/api/health`).
 */
import type { ContentCase } from '../../core/content';
import type { GameStore } from '../storage';
import { leaderboardScreen } from '../ui/leaderboard';
import { ServerApi } from './api';
import { openOutbox } from './outbox';
import { OnlineSync, type Delivery } from './sync';

export type { Delivery, OnlineStatus } from './sync';

/** How often waiting attempts are retried while the server is away (ms; only retries, never a result). */
const RETRY_MS = 30_000;

export interface Online {
  readonly sync: OnlineSync;
  /** The leaderboard screen for the trainee signed in now. */
  leaderboard(cases: readonly ContentCase[], branchName: (code: string) => string, back: () => void): HTMLElement;
  /** The debrief's line about a finish's upload, in the trainee's terms. */
  describe(d: Delivery): string;
}

function randomKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function createOnline(store: GameStore, notify: (message: string, kind: 'info' | 'warning' | 'error') => void): Promise<Online> {
  const api = new ServerApi();
  const outbox = await openOutbox();
  const sync = new OnlineSync({ api, outbox, store, notify, randomKey });
  // Deliver when the network comes back, and now and then while something waits.
  window.addEventListener('online', () => void sync.check());
  setInterval(() => {
    if (sync.current.waiting > 0 && sync.current.signedIn) void sync.check();
  }, RETRY_MS);
  return {
    sync,
    leaderboard: (cases, branchName, back) => leaderboardScreen({ api, sync, store, cases, branchName, back }),
    describe(d) {
      if (d.kind === 'verified') {
        const r = d.result;
        return `成绩已上传：服务器按您的选择重新计算为 ${r.score} 分（${r.grade}）${r.first ? '，这是您在这个案例上的第一次练习，计入网点排名' : ''}。`;
      }
      if (d.kind === 'refused') return `这次成绩服务器没有接受（${d.message}），不计入排行榜；本机记录不受影响。`;
      if (d.reason === 'not-signed-in') return `这次成绩已保存在本机。在“排行榜”里用 PIN 登录后，会自动上传（待上传 ${d.waiting} 次）。`;
      return `暂时连不上排行榜服务器：这次成绩已保存在本机，联网后自动上传（待上传 ${d.waiting} 次）。`;
    },
  };
}
