/**
 * Everything the game does with the leaderboard server, in one chunk that main.ts loads after the
 * first screen is up (a dynamic import): the API client, the outbox, the sync and the leaderboard
 * screen. A static host without the server costs the trainee one small request (`/api/health`).
 */
import type { AttemptRecord } from '../../core/progress';
import type { GameStore } from '../storage';
import { clear, h } from '../ui/dom';
import { competitionScreen } from '../ui/competition';
import { leaderboardScreen, type BoardsView } from '../ui/leaderboard';
import { ServerApi } from './api';
import { openOutbox } from './outbox';
import { OnlineSync, type Delivery, type OnlineStatus } from './sync';

export type { Delivery, OnlineStatus } from './sync';

/**
 * How often the server is asked again while it is away (it may be restarting) or while attempts
 * wait (ms; only retries, never a result). A host without a server (`absent`) is not asked again.
 */
const RETRY_MS = 30_000;

/** What the game's composition root (main.ts) hands over; kept small so main.ts stays small. */
export interface OnlineHost {
  readonly store: GameStore;
  readonly notify: (message: string, kind: 'info' | 'warning' | 'error') => void;
  /** The top bar's place for the 排行榜 button and the waiting-uploads count. */
  readonly slot: HTMLElement;
  /** Opens the leaderboard screen (main.ts routes to #/leaderboard). */
  readonly open: () => void;
  /** Shows and hides the loading overlay with a message. */
  readonly loading: { show(message: string): void; hide(): void };
}

export interface Online {
  readonly sync: OnlineSync;
  /** The leaderboard screen for the trainee signed in now. */
  leaderboard(view: BoardsView): HTMLElement;
  /** A competition's page. */
  competition(id: string, view: BoardsView): HTMLElement;
  /** The debrief's line about a finish's upload, in the trainee's terms. */
  describe(d: Delivery): string;
  /**
   * Before a new attempt at a case: starts it on the server when there is one and the trainee is
   * signed in there. Resolves with the seed to play, or undefined to play offline.
   */
  beforeCase(caseId: string, storyHash: string): Promise<number | undefined>;
  /** After a finish: sends it (now or from the outbox) and says so under the debrief's score. */
  afterCase(debrief: HTMLElement, attempt: AttemptRecord, catalogueHash: string): void;
}

function randomKey(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The top bar's 排行榜 button and count of waiting uploads; nothing where there is no server. */
function renderSlot(slot: HTMLElement, s: OnlineStatus, open: () => void): void {
  clear(slot);
  if (s.server !== 'up' && s.server !== 'down' && !s.signedIn) return;
  slot.append(h('button', { type: 'button', onclick: open }, '排行榜'));
  // On a phone-wide top bar only the number shows (the words stay for screen readers and in the title).
  if (s.waiting > 0) {
    const title = `待上传 ${s.waiting} 次：${s.server === 'down' ? '连上服务器后自动上传' : '正在上传'}`;
    slot.append(h('span', { class: 'outbox-count', role: 'status', title }, h('span', { class: 'outbox-label' }, '待上传 '), String(s.waiting)));
  }
}

export async function createOnline(host: OnlineHost): Promise<Online> {
  const { store, notify } = host;
  const api = new ServerApi();
  const outbox = await openOutbox();
  // The tabs of this browser share one outbox: each tells the others when it changed it, so every
  // top bar shows the same count.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('bank-training-outbox') : null;
  const sync = new OnlineSync({ api, outbox, store, notify, randomKey, announce: () => channel?.postMessage('changed') });
  channel?.addEventListener('message', () => void sync.outboxChanged());
  sync.watch((s) => renderSlot(host.slot, s, host.open));
  void sync.check();
  // Deliver when the network comes back, and now and then while something waits.
  window.addEventListener('online', () => void sync.check());
  setInterval(() => {
    const s = sync.current;
    if (s.server === 'down' || (s.waiting > 0 && s.signedIn)) void sync.check();
  }, RETRY_MS);
  const describe = (d: Delivery): string => {
    if (d.kind === 'verified') {
      const r = d.result;
      return `成绩已上传：服务器按您的选择重新计算为 ${r.score} 分（${r.grade}）${r.first ? '，这是您在这个案例上的第一次练习，计入网点排名' : ''}。`;
    }
    if (d.kind === 'delivered') return '成绩已上传（由本机另一个标签页先上传了），服务器重新计算的分数可在“排行榜”里查看。';
    if (d.kind === 'refused') return `这次成绩服务器没有接受（${d.message}），不计入排行榜；本机记录不受影响。`;
    if (d.reason === 'not-signed-in') return `这次成绩已保存在本机。在“排行榜”里用 PIN 登录后，会自动上传（待上传 ${d.waiting} 次）。`;
    if (d.reason === 'server-error') return `排行榜服务器暂时出错了：这次成绩已保存在${sync.current.durable ? '本机' : '这个页面里（浏览器不允许在本机长期保存，关闭页面前请保持联网）'}，稍后自动重新上传（待上传 ${d.waiting} 次）。`;
    if (!sync.current.durable) return `暂时连不上排行榜服务器，而这个浏览器不允许在本机长期保存：这次成绩只保存在这个页面里，联网后自动上传（待上传 ${d.waiting} 次）。关闭页面前请保持联网。`;
    return `暂时连不上排行榜服务器：这次成绩已保存在本机，联网后自动上传（待上传 ${d.waiting} 次）。`;
  };
  return {
    sync,
    describe,
    async beforeCase(caseId, storyHash) {
      sync.records.setAttempt(caseId, null);
      if (!sync.current.signedIn) return undefined;
      host.loading.show('正在连接排行榜服务器……');
      try {
        return (await sync.start(caseId, storyHash))?.seed;
      } finally {
        host.loading.hide();
      }
    },
    afterCase(debrief, attempt, catalogueHash) {
      const line = h('p', { class: 'upload-line', role: 'status' });
      // Said at once where there is a server to send to (a slow answer must not look like nothing).
      if (sync.current.signedIn && sync.current.server !== 'down') line.textContent = '正在上传成绩，服务器按您的选择重新计算……';
      // Right under the score, where the trainee looks first.
      debrief.querySelector('.summary-row')?.after(line);
      void sync.finished(attempt, catalogueHash).then((d) => {
        if (d === null) line.remove();
        else line.textContent = describe(d);
      });
    },
    leaderboard: (view) => leaderboardScreen({ api, sync, store, ...view }),
    competition: (id, view) => competitionScreen({ api, token: () => sync.records.identity()?.token ?? null, myBranch: store.profile()?.branchId ?? null, open: view.openCompetition, ...view }, id),
  };
}
