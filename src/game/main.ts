/**
 * Composition root of the trainee game: loads data, wires storage, audio, the HTML interface and
 * the Phaser lobby, and moves between screens. Nothing runs on import; index.html calls start().
 */
// Only what the board needs is imported here; the ink runtime, the dialogue and the debrief are
// in ./caseRun, loaded on demand, so the lobby is interactive sooner (npm run bench measures both).
import type { Branch } from '../core/branches';
import { parseBranchList } from '../core/branches';
import type { CompiledCase } from '../core/session';
import { CONTENT_INDEX_PATH, parseContentIndex, type ContentCase, type ContentIndex } from '../core/content';
import { recommendNext } from '../core/progress';
import { HowlerAudio } from './audio';
import type { CaseRunner } from './caseRun';
import type { Online } from './online';
import type { PlayOutcome } from './play';
import type { AttemptRecord } from '../core/progress';
import { LobbyScene } from './lobby/LobbyScene';
import { startLobby } from './lobby/startLobby';
import { browserKeyValue, GameStore, type Profile } from './storage';
import { BOARD_VIEWS, boardScreen, recommendationBlock, type BoardView } from './ui/board';
import { byId, clear, h } from './ui/dom';
import { TabGuard } from './tabs';
import { Loading, Notices } from './ui/notices';
import { welcomeScreen } from './ui/welcome';
import { watchMotion } from './motion';
import { watchTopbar } from './ui/viewport';
import { HttpFailure, loadFailureText } from './loadFailure';

const FALLBACK_BRANCHES: readonly Branch[] = [{ id: 'unassigned', name: '未分配支行' }];

/**
 * The organisation's branch list. A malformed entry is skipped with a notice; if the file cannot
 * be read at all, `failed` is true and the list is a stand-in, so a returning trainee keeps the
 * branch they chose before (it is never overwritten by the stand-in).
 */
async function loadBranches(notices: Notices): Promise<{ branches: readonly Branch[]; failed: boolean }> {
  try {
    const res = await fetch('config/branches.json', { cache: 'no-cache' });
    if (!res.ok) throw new HttpFailure(res.status);
    const { branches, skipped } = parseBranchList(await res.json());
    if (skipped.length > 0) notices.show(`支行名单里有 ${skipped.length} 项格式不对，暂不显示（${skipped.join('、')}）。请联系管理员检查 config/branches.json。`, 'warning', 0);
    return { branches, failed: false };
  } catch (e) {
    notices.show(`支行名单读取失败（${loadFailureText(e)}），请联系管理员检查 config/branches.json。已经登记过的学员可以照常练习。`, 'error', 0);
    return { branches: FALLBACK_BRANCHES, failed: true };
  }
}

/**
 * The case list and the catalogue, published as data beside the game (src/core/content.ts).
 * Null when it cannot be read: the game says so and keeps every saved progress.
 */
async function loadContent(notices: Notices): Promise<{ index: ContentIndex; base: URL } | null> {
  const base = new URL(CONTENT_INDEX_PATH, document.baseURI);
  try {
    const res = await fetch(base, { cache: 'no-cache' });
    if (!res.ok) throw new HttpFailure(res.status);
    const { index, skipped } = parseContentIndex(await res.json());
    if (skipped.length > 0) notices.show(`有 ${skipped.length} 个案例的目录信息有误，暂不显示（${skipped.join('、')}）。请告诉培训师。`, 'warning', 15000);
    return { index, base };
  } catch (e) {
    notices.show(`案例目录读取失败（${loadFailureText(e)}）。请检查网络后刷新页面；已有的练习进度不会丢失。`, 'error', 30000);
    return null;
  }
}

type Route = { readonly kind: 'welcome' } | { readonly kind: 'board' } | { readonly kind: 'leaderboard' } | { readonly kind: 'case' | 'debrief'; readonly caseId: string } | { readonly kind: 'competition'; readonly id: string };

const TITLES: Readonly<Record<Route['kind'], string>> = { welcome: '欢迎', board: '案例板', leaderboard: '排行榜', competition: '技能竞赛', case: '练习中', debrief: '复盘' };

function routeHash(route: Route): string {
  const ref = 'caseId' in route ? route.caseId : 'id' in route ? route.id : null;
  return ref === null ? `#/${route.kind}` : `#/${route.kind}/${encodeURIComponent(ref)}`;
}

/** Reads a location hash back; anything unknown is the board. */
function parseRoute(hash: string): Route {
  const m = /^#\/(welcome|board|leaderboard|competition|case|debrief)(?:\/([^/]+))?$/.exec(hash);
  if (m === null) return { kind: 'board' };
  const kind = m[1] as Route['kind'];
  if (kind === 'case' || kind === 'debrief' || kind === 'competition') {
    if (m[2] === undefined) return { kind: 'board' };
    try {
      const ref = decodeURIComponent(m[2]);
      return kind === 'competition' ? { kind, id: ref } : { kind, caseId: ref };
    } catch {
      return { kind: 'board' };
    }
  }
  return { kind };
}

export async function start(): Promise<void> {
  performance.mark('game:start');
  const notices = new Notices(byId('notices'));
  let warnedFull = false;
  const onFull = (): void => {
    if (!warnedFull) notices.show('浏览器的存储空间已满：进度暂时只保留在当前页面，关闭后会丢失。', 'warning', 12000);
    warnedFull = true;
  };
  const kv = browserKeyValue(onFull);
  const store = new GameStore(kv, () => notices.show('本地保存的数据已损坏，已清除。', 'warning'));
  // Say at once when progress cannot be kept; what is already stored is still read.
  if (kv.state === 'unavailable') notices.show('浏览器不允许这个页面保存数据（可能是隐私模式或关闭了网站数据）：这次练习的进度只保留在当前页面里，关闭或刷新后会丢失。', 'warning', 0);
  if (kv.state === 'read-only') {
    warnedFull = true;
    notices.show('浏览器的存储空间已满：已有的进度照常显示，但这次的新进度只保留在当前页面里，关闭后会丢失。请清理浏览器数据，或告诉管理员。', 'warning', 0);
  }
  const screen = byId('screen');
  const loading = new Loading(byId('overlay'));
  const topbar = byId('topbar');
  // Sound waits for the first click, tap or key press; the body says when it is live.
  const audio = new HowlerAudio(store.settings(), document, () => (document.body.dataset['audio'] = 'unlocked'));
  let lobbyReady = false;
  let firstScreenShown = false;
  /** Resolves once the lobby is drawn and the first screen (or a case's stage) is up. */
  let firstScreenUpNow: () => void = () => undefined;
  const firstScreenUp = new Promise<void>((resolve) => (firstScreenUpNow = resolve));
  const markReady = (): void => {
    if (!lobbyReady || !firstScreenShown) return;
    document.body.dataset['lobby'] = 'ready';
    firstScreenUpNow();
  };
  const lobby = new LobbyScene({
    onReady: () => {
      lobbyReady = true;
      markReady();
    },
    onCall: () => {
      audio.play('chime');
      document.body.dataset['queueCalls'] = String(Number(document.body.dataset['queueCalls'] ?? 0) + 1);
    },
  });
  startLobby('game', lobby);
  // Less motion: the system's preference and the trainee's own settings (re-applied on sign-in).
  const applyMotion = watchMotion(lobby, () => store.motionSettings());
  watchTopbar(topbar);
  const [branchList, content] = await Promise.all([loadBranches(notices), loadContent(notices)]);
  const branches = branchList.branches;
  /** A trainee's branch is known (or the list could not be read, and theirs is kept as it is). */
  const branchKnown = (id: string): boolean => branchList.failed || branches.some((b) => b.id === id);
  const catalogue = content?.index.catalogue ?? { principles: [], meters: [], redlines: [], hash: '' };
  const cases: readonly ContentCase[] = content?.index.cases ?? [];
  const urlOf = (path: string): string => new URL(path, content?.base ?? document.baseURI).href;
  let runner: CaseRunner | null = null;
  let runnerLoad: Promise<CaseRunner> | null = null;
  /** The case player, loaded once on first need (or early, once the board is up). */
  const caseRunner = (): Promise<CaseRunner> =>
    (runnerLoad ??= import('./caseRun').then(
      ({ createCaseRunner }) =>
        (runner = createCaseRunner({
          stage: byId('stage-ui'),
          lobby,
          audio,
          store,
          notices,
          catalogue,
          now: () => new Date(),
          newSeed: () => Math.floor(Math.random() * 2 ** 31),
        })),
      (e: unknown) => {
        runnerLoad = null; // a failed download can be retried
        throw e;
      },
    ));
  const tabs = new TabGuard();
  const branchName = (code: string): string => branches.find((b) => b.id === code)?.name ?? code;

  /**
   * The leaderboard side (src/game/online), loaded after the first screen is up; null until then,
   * and on a failed download (retried on next need). With no server here it stays quiet.
   */
  let online: Online | null = null;
  let onlineLoad: Promise<Online | null> | null = null;
  /** The top bar's 排行榜 button and waiting-uploads count (drawn by src/game/online), kept across top-bar redraws. */
  const onlineSlot = h('span', { class: 'online-slot' });
  const loadOnline = (): Promise<Online | null> =>
    (onlineLoad ??= import('./online').then(
      async ({ createOnline }) =>
        (online = await createOnline({ store, notify: (m, kind) => notices.show(m, kind, kind === 'info' ? 8000 : 0), slot: onlineSlot, open: () => void showLeaderboard(), loading })),
      () => {
        onlineLoad = null;
        return null;
      },
    ));
  const controller = {
    leave: (): void => {
      runner?.leave();
      tabs.release();
    },
  };
  const order = catalogue.principles.map((p) => p.id);
  const cards = cases.map((c) => c.meta);
  /** The next case for the trainee signed in now, from all their attempts. */
  const recommendation = (justFinished: string | null, attempts = store.attempts()) => recommendNext(attempts, cards, order, justFinished);
  const boardView = (): BoardView => {
    const v = store.settings().boardView;
    return BOARD_VIEWS.includes(v as BoardView) ? (v as BoardView) : 'number';
  };

  /** Bumped whenever the player asks for another screen, so a finished case does not cover it. */
  let screenRequest = 0;
  /**
   * Each screen is a history entry (`#/board`, `#/case/<id>`, `#/debrief/<id>`), so Back and
   * refresh keep the trainee's place. `how`: push a new entry, replace the current one (a debrief
   * replaces its case: Back from it goes to the board), or leave history alone (answering Back).
   */
  type How = 'push' | 'replace' | 'none';
  const record = (route: Route, how: How): void => {
    document.title = `${TITLES[route.kind]} · 厅堂服务情景训练`;
    if (how === 'none' || location.hash === routeHash(route)) return;
    if (how === 'push') history.pushState(null, '', routeHash(route));
    else history.replaceState(null, '', routeHash(route));
  };
  const show = (el: HTMLElement | null): void => {
    clear(screen);
    screen.hidden = el === null;
    if (el !== null) {
      screen.append(el);
      // The board sits low so the lobby stays in view; the other screens are centred panels.
      screen.dataset['kind'] = el.classList.contains('board') ? 'sheet' : 'modal';
      screen.scrollTop = 0;
      // Focus the first field of a form, otherwise the screen's heading (so a screen reader
      // starts at the top and the page does not scroll to a button at the bottom).
      // A screen may name its own start (`data-autofocus`), e.g. the leaderboard's heading when
      // its only field is a picker at its foot.
      const target = el.querySelector<HTMLElement>('[data-autofocus]') ?? el.querySelector<HTMLElement>('input, select') ?? el.querySelector<HTMLElement>('h1, h2');
      if (target !== null && !/^(INPUT|SELECT)$/.test(target.tagName)) target.tabIndex = -1;
      target?.focus();
    }
    firstScreenShown = true;
    markReady();
  };

  const renderTopbar = (profile: Profile | null): void => {
    clear(topbar);
    // Sound only while its control is on screen: the welcome screen has none.
    audio.allow(profile !== null);
    applyMotion();
    if (profile === null) return;
    const branchName = branches.find((b) => b.id === profile.branchId)?.name ?? profile.branchId;
    let settings = store.settings();
    // One name and one state: “静音”, pressed or not (drawn pressed in; a screen reader hears it once).
    const mute = h('button', { type: 'button', 'aria-pressed': String(settings.muted), class: 'sound-toggle' }, '静音');
    // The 设置 menu is fetched when first shown: it adds nothing to what loads before the lobby.
    const menuSlot = h('span', { class: 'settings-slot' });
    void import('./ui/settingsMenu').then(({ settingsMenu }) =>
      menuSlot.replaceWith(
        settingsMenu(store.motionSettings(), (m) => {
          store.setMotionSettings(m);
          applyMotion();
        }),
      ),
    );
    const volume = h('input', { type: 'range', min: 0, max: 100, step: 5, value: Math.round(settings.volume * 100), 'aria-label': '音量' });
    mute.addEventListener('click', () => {
      settings = { ...settings, muted: !settings.muted };
      store.setSettings(settings);
      audio.apply(settings);
      mute.setAttribute('aria-pressed', String(settings.muted));
    });
    volume.addEventListener('input', () => {
      settings = { ...settings, volume: Number(volume.value) / 100 };
      store.setSettings(settings);
      audio.apply(settings);
    });
    topbar.append(
      h('span', { class: 'brand' }, '厅堂服务情景训练'),
      h('span', { class: 'who' }, `${profile.name} · ${branchName}`),
      h('button', { type: 'button', onclick: () => showBoard() }, '案例板'),
      onlineSlot,
      mute,
      volume,
      menuSlot,
      h('button', { type: 'button', onclick: () => showWelcome(profile) }, '切换学员'),
    );
  };

  const showWelcome = (initial: Profile | null, how: How = 'push'): void => {
    screenRequest++;
    controller.leave();
    renderTopbar(null);
    record({ kind: 'welcome' }, how);
    show(
      welcomeScreen(branches, initial, (name, branchId) => {
        renderTopbar(store.signIn(name, branchId));
        void online?.sync.switched();
        showBoard();
      }),
    );
  };

  /** The trainee's last attempt at a case that can still be rebuilt (the same story). */
  const lastAttempt = (caseId: string, attempts = store.attempts()): AttemptRecord | undefined => {
    const hash = cases.find((c) => c.meta.id === caseId)?.hash;
    return attempts.filter((a) => a.caseId === caseId && a.storyHash === hash).at(-1);
  };

  const showBoard = (how: How = 'push'): void => {
    screenRequest++;
    controller.leave();
    record({ kind: 'board' }, how);
    // The stored attempts are read (and parsed) once for the whole board.
    const attempts = store.attempts();
    const entries = cases.map((c) => ({ meta: c.meta, best: store.best(c.meta.id), hasSave: store.hasSave(c.meta.id), hasDebrief: lastAttempt(c.meta.id, attempts) !== undefined }));
    show(
      boardScreen(
        entries,
        catalogue,
        {
          start: (id, resume) => void playCase(id, resume),
          debrief: (id) => void showDebrief(id),
          view: (v) => store.setSettings({ ...store.settings(), boardView: v }),
        },
        { view: boardView(), recommendation: recommendation(null, attempts) },
      ),
    );
    // Fetch the case player while the trainee reads the board.
    setTimeout(() => void caseRunner().catch(() => undefined), 0);
  };

  /** The leaderboard (no id) or a competition's page (src/game/online, loaded on first need). */
  const showLeaderboard = async (how: How = 'push', competition?: string): Promise<void> => {
    const request = ++screenRequest;
    controller.leave();
    record(competition === undefined ? { kind: 'leaderboard' } : { kind: 'competition', id: competition }, how);
    show(null);
    loading.show('正在打开排行榜……');
    const o = await loadOnline();
    loading.hide();
    if (request !== screenRequest) return;
    if (o === null) {
      notices.show('排行榜加载失败，请检查网络后重试。', 'error');
      showBoard('replace');
      return;
    }
    const principleName = (id: string): string => catalogue.principles.find((p) => p.id === id)?.name ?? id;
    const view = { cases, branchName, principleName, openCompetition: (id: string) => void showLeaderboard('push', id), play: (id: string) => void playCase(id, store.hasSave(id)) };
    show(competition === undefined ? o.leaderboard({ ...view, back: () => showBoard() }) : o.competition(competition, { ...view, back: () => void showLeaderboard() }));
  };

  /** Loads the case player and a case's story; null (and the board, with a notice) if that fails. */
  const prepare = async (entry: ContentCase, request: number): Promise<{ run: CaseRunner; compiled: CompiledCase } | null> => {
    show(null);
    loading.show(`正在打开“${entry.meta.title}”……`);
    try {
      const run = await caseRunner();
      const compiled = await run.load(entry, urlOf);
      return request === screenRequest ? { run, compiled } : null; // null: the player went elsewhere meanwhile
    } catch (e) {
      if (request === screenRequest) {
        notices.show(`案例加载失败：${loadFailureText(e)}。请检查网络后重试。`, 'error');
        showBoard('replace');
      }
      return null;
    } finally {
      loading.hide();
    }
  };

  const debriefOf = (run: CaseRunner, compiled: CompiledCase, entry: ContentCase, outcome: PlayOutcome): HTMLElement => {
    const caseId = entry.meta.id;
    const next = recommendation(caseId);
    const nextCard = next === null ? undefined : cards.find((c) => c.id === next.caseId);
    const nextBlock = next === null || nextCard === undefined ? null : recommendationBlock(next, nextCard, catalogue, () => void playCase(nextCard.id, store.hasSave(nextCard.id)));
    const who = store.profile();
    const branchName = branches.find((b) => b.id === who?.branchId)?.name ?? who?.branchId ?? '';
    return run.debrief(compiled, outcome, urlOf(entry.map), { replay: () => void playCase(caseId, false), board: () => showBoard() }, nextBlock, {
      trainee: who?.name ?? '',
      branch: branchName,
      at: outcome.at,
    });
  };

  const playCase = async (caseId: string, resume: boolean, how: How = 'push'): Promise<void> => {
    const entry = cases.find((c) => c.meta.id === caseId);
    if (entry === undefined) {
      notices.show('找不到这个案例。', 'error');
      showBoard('replace');
      return;
    }
    const request = ++screenRequest;
    record({ kind: 'case', caseId }, how);
    const ready = await prepare(entry, request);
    if (ready === null) return;
    if (!resume) store.clearSave(caseId);
    // One case, one tab: a tab playing this case stops and says so; resuming another tab's save is said too.
    const writer = store.saveTab(caseId);
    if (resume && store.hasSave(caseId) && writer !== null && writer !== tabs.id) {
      notices.show('这个案例上次是在另一个标签页（或窗口）里练的，现在接着那里的进度继续。', 'info', 10000);
    }
    const who = store.profile();
    if (who !== null) {
      tabs.claim({ player: who.id, caseId }, () => {
        notices.show('这个案例刚在另一个标签页（或窗口）里打开了。为了不让两边的进度互相覆盖，这里已经停下；可以关掉这个标签页，或在案例板上选别的案例。', 'warning', 0);
        showBoard('replace');
      });
    }
    store.setSaveTab(caseId, tabs.id);
    // A new attempt is started on the leaderboard server when there is one (its seed is played);
    // otherwise, or when it does not answer, the case is played offline with the browser's seed.
    let seed: number | undefined;
    if (!resume || !store.hasSave(caseId)) {
      seed = await (await loadOnline())?.beforeCase(caseId, entry.hash);
      if (request !== screenRequest) return;
    }
    const outcome = await ready.run.play(ready.compiled, resume, seed);
    tabs.release();
    if (request !== screenRequest) return; // left for the board or the welcome screen
    if (outcome === null) {
      showBoard('replace');
      return;
    }
    // The debrief takes the case's place in history: Back from it goes to the board.
    record({ kind: 'debrief', caseId }, 'replace');
    const debrief = debriefOf(ready.run, ready.compiled, entry, outcome);
    show(debrief);
    // The finish goes to the server (now, or from the outbox later); the debrief says which.
    const attempt = outcome.attempt;
    if (attempt !== undefined) void loadOnline().then((o) => o?.afterCase(debrief, attempt, catalogue.hash));
  };

  /** Rebuilds the last debrief of a case from the attempt's seed and path (after a refresh, or from the board). */
  const showDebrief = async (caseId: string, how: How = 'push'): Promise<void> => {
    const entry = cases.find((c) => c.meta.id === caseId);
    const attempt = lastAttempt(caseId);
    if (entry === undefined || attempt === undefined) {
      notices.show('这个案例没有可以重新打开的复盘（案例内容更新后，旧的复盘无法重现）。', 'warning');
      showBoard('replace');
      return;
    }
    const request = ++screenRequest;
    controller.leave();
    record({ kind: 'debrief', caseId }, how);
    const ready = await prepare(entry, request);
    if (ready === null) return;
    try {
      show(debriefOf(ready.run, ready.compiled, entry, ready.run.rebuild(ready.compiled, attempt)));
    } catch (e) {
      notices.show(`复盘无法重现（${loadFailureText(e)}）。`, 'warning');
      showBoard('replace');
    }
  };

  /** Shows the screen a history entry names (Back, Forward, a refresh, a bookmark). */
  const open = async (route: Route, how: How): Promise<void> => {
    const who = store.profile();
    if (who === null || !branchKnown(who.branchId)) {
      showWelcome(who, 'replace');
      return;
    }
    renderTopbar(who);
    if (route.kind === 'case') {
      // A bookmark of a case in progress: resumed if it still is, the board if it was finished;
      // an address naming no case on the board (a typo, a case taken off) says so.
      if (!cases.some((c) => c.meta.id === route.caseId)) notices.show('找不到地址里的这个案例（编号不对，或案例已不在案例板上），已回到案例板。', 'warning');
      if (store.hasSave(route.caseId)) await playCase(route.caseId, true, how);
      else showBoard('replace');
    } else if (route.kind === 'debrief') await showDebrief(route.caseId, how);
    else if (route.kind === 'welcome') showWelcome(who, how);
    else if (route.kind === 'leaderboard') await showLeaderboard(how);
    else if (route.kind === 'competition') await showLeaderboard(how, route.id);
    else showBoard(how);
  };
  window.addEventListener('popstate', () => void open(parseRoute(location.hash), 'none'));
  // The leaderboard side (the top bar's 排行榜 and 待上传, the outbox's retries) loads once the
  // first screen is up — not once `open` resolves: a refresh in the middle of a case resumes it,
  // and `open` then waits for the whole case.
  void firstScreenUp.then(() => loadOnline());
  await open(parseRoute(location.hash), 'replace');
}
