/**
 * The leaderboard screen (#/leaderboard): signing in to the server with a PIN, the branch
 * ranking with its rule, the trainee's own verified record, and a board per case. Nobody sees the
 * bottom of a list: the server sends the top, the viewer's own place and the few just above it
 * (src/server/boards.ts); this screen shows exactly that. Loaded lazily with src/game/online.
 */
import { caseLabel } from '../../core/caseMeta';
import { cleanPin, PIN_RULE } from '../../core/pin';
import type { ContentCase } from '../../core/content';
import { ApiFailure, type BoardEntry, type BranchStanding, type ServerApi } from '../online/api';
import type { OnlineStatus, OnlineSync } from '../online/sync';
import type { GameStore } from '../storage';
import { competitionList } from './competition';
import { clear, h } from './dom';

/** What the leaderboard and competition screens need from the game. */
export interface BoardsView {
  readonly cases: readonly ContentCase[];
  /** A branch code's display name. */
  readonly branchName: (code: string) => string;
  /** A principle's name (the catalogue's), for the per-principle boards. */
  readonly principleName: (id: string) => string;
  /** Back to the case board (from the leaderboard) or to the leaderboard (from a competition). */
  readonly back: () => void;
  /** Opens a competition's page. */
  readonly openCompetition: (id: string) => void;
  /** Starts (or continues) a case. */
  readonly play: (caseId: string) => void;
}

export interface LeaderboardDeps extends BoardsView {
  readonly api: ServerApi;
  readonly sync: OnlineSync;
  readonly store: GameStore;
}

export const points = (n: number | null): string => (n === null ? '—' : `${Math.round(n * 10) / 10}`);

/** Says why a section could not be read, in the trainee's terms. */
export function failure(e: unknown): string {
  if (e instanceof ApiFailure && e.kind === 'offline') return '暂时连不上排行榜服务器，请稍后再看。练习照常进行，成绩会保存在本机、联网后自动上传。';
  // A competition that is not there (unknown, withdrawn, or an id that cannot be one) is said as such.
  if (e instanceof ApiFailure && e.code === 'unknown-competition') return `${e.message}。`;
  if (e instanceof ApiFailure) return `读取失败：${e.message}`;
  // Anything else is the game's own fault: its (English) message is for developers, not trainees.
  return '读取失败，请刷新页面后重试。';
}

/**
 * Fills `into` with a section's content once `load` resolves; says so while it waits and when it
 * fails. A sign-in the server no longer knows (`not-signed-in`: expired, reset, or a damaged
 * token) goes to `lost` instead, when given, which asks for the PIN again and reads the section
 * anonymously.
 */
export function loadInto(into: HTMLElement, load: () => Promise<Node>, lost?: () => void): void {
  // Only the latest read of a section fills it (an earlier one may answer later).
  const generation = String(Number(into.dataset['generation'] ?? '0') + 1);
  into.dataset['generation'] = generation;
  const latest = (): boolean => into.dataset['generation'] === generation;
  clear(into);
  into.setAttribute('aria-busy', 'true');
  into.append(h('p', { class: 'muted' }, '正在读取……'));
  load()
    .then(
      (node) => {
        if (!latest()) return;
        clear(into);
        into.append(node);
      },
      (e: unknown) => {
        const signInLost = lost !== undefined && e instanceof ApiFailure && e.code === 'not-signed-in';
        if (signInLost) lost();
        if (!latest()) return;
        clear(into);
        if (!signInLost) into.append(h('p', { class: 'lb-error' }, failure(e)));
      },
    )
    .finally(() => {
      if (latest()) into.removeAttribute('aria-busy');
    });
}

/** A trainee's row on any ranked list: case boards and competitions. */
interface RankedTrainee {
  readonly rank: number;
  readonly name: string;
  readonly branch: string;
  readonly branchName: string;
  readonly me: boolean;
}

/**
 * A ranked table of trainees: 名次, 学员 (the viewer marked （我）), 支行, then `columns` — one
 * builder for the case boards and the competitions' boards. Cells after the name carry their
 * column's title in `data-label`: on a phone (styles.css) each row stacks into the rank, the name
 * and a line of labelled values, so no table is wider than its panel.
 */
export function traineeTable<R extends RankedTrainee>(caption: string, rows: readonly R[], branchName: (code: string) => string, columns: readonly { readonly title: string; readonly cell: (row: R) => string }[]): HTMLElement {
  return h(
    'table',
    { class: 'lb-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...['名次', '学员', '支行', ...columns.map((c) => c.title)].map((t) => h('th', { scope: 'col' }, t)))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: r.me ? 'me' : undefined },
          h('td', { class: 'rank' }, String(r.rank)),
          h('th', { scope: 'row' }, r.me ? `${r.name}（我）` : r.name),
          h('td', { 'data-label': '支行' }, r.branchName !== '' ? r.branchName : branchName(r.branch)),
          ...columns.map((c) => h('td', { 'data-label': c.title }, c.cell(r))),
        ),
      ),
    ),
  );
}

function playerTable(caption: string, rows: readonly BoardEntry[], branchName: (code: string) => string): HTMLElement {
  return traineeTable(caption, rows, branchName, [{ title: '得分', cell: (r) => points(r.value) }]);
}

export function branchTable(rows: readonly BranchStanding[], mine: string | null): HTMLElement {
  return h(
    'table',
    { class: 'lb-table' },
    h('caption', {}, '前几名网点'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '名次'), h('th', { scope: 'col' }, '网点'), h('th', { scope: 'col' }, '平均分'), h('th', { scope: 'col' }, '参加人数'))),
    h(
      'tbody',
      {},
      ...rows.map((r) =>
        h(
          'tr',
          { class: r.code === mine ? 'me' : undefined },
          h('td', { class: 'rank' }, r.rank === null ? '—' : String(r.rank)),
          h('th', { scope: 'row' }, r.code === mine ? `${r.name}（本网点）` : r.name),
          h('td', { 'data-label': '平均分' }, points(r.mean)),
          h('td', { 'data-label': '参加人数' }, String(r.participants)),
        ),
      ),
    ),
  );
}

export function leaderboardScreen(deps: LeaderboardDeps): HTMLElement {
  const { api, sync, store, cases } = deps;
  const account = h('section', { class: 'lb-account', 'aria-labelledby': 'lb-account-title' });
  const branches = h('section', { class: 'lb-section', 'aria-labelledby': 'lb-branches-title' });
  const branchBody = h('div', { 'aria-live': 'polite' });
  const record = h('section', { class: 'lb-section', 'aria-labelledby': 'lb-record-title' });
  const recordBody = h('div', { 'aria-live': 'polite' });
  const perCase = h('section', { class: 'lb-section', 'aria-labelledby': 'lb-case-title' });
  const caseBody = h('div', { 'aria-live': 'polite' });
  const token = (): string | null => sync.records.identity()?.token ?? null;
  /** The server did not know the token: forget it (the account box then asks for the PIN) and read again without it. */
  const lost = (): void => {
    if (sync.signInLost()) reload();
  };

  const picker = h(
    'select',
    { id: 'lb-case', 'aria-describedby': 'lb-case-note' },
    ...cases.map((c) => h('option', { value: c.hash }, `${caseLabel(c.meta)} · ${c.meta.title}`)),
  );
  // 总分, or one principle the case trains (that principle's percent on each trainee's best attempt).
  const metric = h('select', { id: 'lb-metric' });
  const fillMetrics = (): void => {
    const entry = cases.find((c) => c.hash === picker.value);
    metric.replaceChildren(h('option', { value: '' }, '总分'), ...(entry?.meta.principles ?? []).map((id) => h('option', { value: id }, `原则：${deps.principleName(id)}`)));
  };
  fillMetrics();
  const showCase = (): void =>
    loadInto(
      caseBody,
      async () => {
      const b = metric.value === '' ? await api.caseBoard(token(), picker.value) : await api.principleBoard(token(), picker.value, metric.value);
      if (b.top.length === 0) return h('p', { class: 'muted' }, '这个案例的当前版本还没有人上传成绩。');
      const parts: Node[] = [playerTable('前十名', b.top, deps.branchName)];
      if (b.mine !== null && !b.top.some((e) => e.me)) {
        parts.push(playerTable('我和我前面的几位', [...b.above, b.mine], deps.branchName));
      } else if (b.mine === null && token() !== null) {
        parts.push(h('p', { class: 'muted' }, '您在这个案例上还没有上传的成绩。'));
      }
      return h('div', {}, ...parts);
      },
      lost,
    );
  picker.addEventListener('change', () => {
    fillMetrics();
    showCase();
  });
  metric.addEventListener('change', showCase);

  const showBranches = (): void =>
    loadInto(
      branchBody,
      async () => {
      const b = await api.branchBoard(token());
      const rule = h('p', { class: 'lb-rule' }, `规则：每个网点取成员在各案例上第一次练习的成绩求平均（重练不计），至少 ${b.rule.minPlayers} 位成员完成第一次练习后才参加排名；平均分相同，参加人数多的在前。`);
      const own = store.profile();
      const mine = b.mine;
      // The server names the viewer's branch only to a signed-in viewer: without a sign-in (or
      // after it expired) `mine` is null whatever the branch has, so say how to see it instead.
      const signedIn = token() !== null;
      const ownLine =
        mine === null
          ? h('p', { class: signedIn ? undefined : 'muted' }, own === null ? '' : signedIn ? `本网点（${deps.branchName(own.branchId)}）还没有上传的成绩。` : `登录排行榜后可以看到本网点（${deps.branchName(own.branchId)}）的名次。`)
          : mine.rank === null
            ? h('p', {}, `本网点（${mine.name}）还没有排名：现在 ${mine.participants} 位成员完成了第一次练习，需要至少 ${b.rule.minPlayers} 位。`)
            : h(
                'p',
                { class: 'lb-mine' },
                `本网点（${mine.name}）排第 ${mine.rank} 名，平均 ${points(mine.mean)} 分，${mine.participants} 位成员参加。`,
                b.next !== null && b.gapToNext !== null ? `比上一名（${b.next.name}）少 ${points(b.gapToNext)} 分。` : '',
              );
      return h('div', {}, ownLine, b.top.length === 0 ? h('p', { class: 'muted' }, '还没有网点达到排名人数。') : branchTable(b.top, mine?.code ?? null), rule);
      },
      lost,
    );

  const showRecord = (): void => {
    const t = token();
    if (t === null) {
      // Supersedes a read still on its way (signed out meanwhile).
      recordBody.dataset['generation'] = String(Number(recordBody.dataset['generation'] ?? '0') + 1);
      recordBody.removeAttribute('aria-busy');
      clear(recordBody);
      recordBody.append(h('p', { class: 'muted' }, '登录后可以看到您在服务器上核实过的成绩和名次。'));
      return;
    }
    loadInto(
      recordBody,
      async () => {
      const r = await api.record(t);
      const played = r.cases.filter((c) => c.attempts > 0);
      if (played.length === 0) return h('p', { class: 'muted' }, '服务器上还没有您的成绩：练完一个案例，成绩会自动上传。');
      const label = (hash: string, fallback: string): string => {
        const c = cases.find((x) => x.hash === hash);
        return c === undefined ? fallback : `${caseLabel(c.meta)} · ${c.meta.title}`;
      };
      return h(
        'table',
        { class: 'lb-table' },
        h('caption', {}, '我在各案例上的成绩（服务器核实）'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '案例'), h('th', { scope: 'col' }, '第一次'), h('th', { scope: 'col' }, '最好'), h('th', { scope: 'col' }, '次数'), h('th', { scope: 'col' }, '名次'))),
        h(
          'tbody',
          {},
          ...played.map((c) =>
            h('tr', {}, h('th', { scope: 'row' }, label(c.storyHash, c.title)), h('td', { 'data-label': '第一次' }, points(c.first)), h('td', { 'data-label': '最好' }, points(c.best)), h('td', { 'data-label': '次数' }, String(c.attempts)), h('td', { 'data-label': '名次' }, c.rank === null ? '—' : String(c.rank))),
          ),
        ),
      );
      },
      lost,
    );
  };
  /** Reads every section again (after signing in or out). */
  const reload = (): void => {
    showBranches();
    showRecord();
    if (cases.length > 0) showCase();
  };

  const renderAccount = (s: OnlineStatus): void => {
    clear(account);
    account.append(h('h2', { id: 'lb-account-title' }, '我的排行榜账号'));
    const who = store.profile();
    const id = sync.records.identity();
    const waiting = s.waiting > 0 ? h('p', { class: 'lb-waiting' }, `还有 ${s.waiting} 次练习的成绩等待上传${s.server === 'down' ? '：连上服务器后会自动上传' : ''}${s.durable ? '。' : '（浏览器不允许保存，关闭页面前请保持联网）。'}`) : null;
    if (s.server === 'down') account.append(h('p', { class: 'lb-error' }, '暂时连不上排行榜服务器。练习照常进行，成绩保存在本机，联网后自动上传。'));
    if (id !== null) {
      account.append(
        // Focused after signing in: a screen reader hears who is signed in, not a button's name.
        h('p', { class: 'lb-who', tabindex: -1 }, `已登录：${id.name} · ${deps.branchName(id.branch)}`),
        ...(waiting === null ? [] : [waiting]),
        h(
          'button',
          {
            type: 'button',
            onclick: () => {
              sync.signOut();
              reload();
              account.querySelector<HTMLElement>('#lb-pin')?.focus();
            },
          },
          '退出排行榜登录',
        ),
      );
      return;
    }
    if (who === null) return;
    const pin = h('input', { id: 'lb-pin', type: 'password', inputmode: 'numeric', autocomplete: 'off', maxlength: 8, 'aria-describedby': 'lb-pin-help lb-pin-error', required: true });
    const error = h('p', { id: 'lb-pin-error', class: 'field-error', role: 'alert' });
    const submit = h('button', { type: 'submit', class: 'primary' }, '登录排行榜');
    const form = h(
      'form',
      { class: 'lb-signin', novalidate: true },
      h('p', {}, `以“${who.name} · ${deps.branchName(who.branchId)}”登录。成绩上传后由服务器按您的选择重新计算，再计入排行榜。`),
      h('label', { for: 'lb-pin' }, 'PIN（4–8 位数字）'),
      pin,
      h('p', { id: 'lb-pin-help', class: 'muted' }, '第一次登录时，您输入的 PIN 就是您的 PIN，请记住它；以后在任何电脑上都用它登录。忘了 PIN 请找管理员重置。'),
      error,
      submit,
      waiting,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      // Full-width digits (a Chinese input method in full-width mode) and spaces are the same PIN.
      const cleaned = cleanPin(pin.value);
      if (cleaned === null) {
        error.textContent = `${PIN_RULE}。`;
        pin.setAttribute('aria-invalid', 'true');
        pin.focus();
        return;
      }
      submit.disabled = true;
      error.textContent = '';
      pin.value = cleaned;
      sync.signIn(cleaned).then(
        () => {
          reload();
          account.querySelector<HTMLElement>('.lb-who')?.focus();
        },
        (f: unknown) => {
          submit.disabled = false;
          error.textContent = f instanceof ApiFailure && f.kind === 'offline' ? '连不上排行榜服务器，请稍后再试。' : f instanceof Error ? f.message : String(f);
          pin.setAttribute('aria-invalid', 'true');
          pin.focus();
        },
      );
    });
    account.append(form);
  };

  branches.append(h('h2', { id: 'lb-branches-title' }, '网点排名'), branchBody);
  record.append(h('h2', { id: 'lb-record-title' }, '我的成绩'), recordBody);
  perCase.append(
    h('h2', { id: 'lb-case-title' }, '案例排行'),
    h('label', { for: 'lb-case' }, '选择案例'),
    picker,
    h('label', { for: 'lb-metric' }, '排行依据'),
    metric,
    h('p', { id: 'lb-case-note', class: 'muted' }, '每个案例按当前版本排行：案例内容修改后，排行重新开始。按原则排行时，比的是每人这一条原则的得分。'),
    caseBody,
  );
  const root = h(
    'section',
    { class: 'panel leaderboard', 'aria-labelledby': 'leaderboard-title' },
    // Signed in already: the screen opens at its heading (not at the case picker at its foot).
    h('h1', { id: 'leaderboard-title', 'data-autofocus': sync.records.identity() !== null ? '' : undefined }, '排行榜'),
    h('p', { class: 'lead' }, '成绩由服务器按您的选择重新计算后才上榜。您看到前几名、自己的名次和紧挨在您前面的几位。'),
    account,
    competitionList({ api, token, cases, branchName: deps.branchName, myBranch: store.profile()?.branchId ?? null, open: deps.openCompetition, play: deps.play, back: deps.back }),
    branches,
    record,
    cases.length > 0 ? perCase : null,
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: deps.back }, '返回案例板')),
  );
  let last: OnlineStatus | null = null;
  const stop = sync.watch((s) => {
    // Redraw the account box only when what it shows changed (typing a PIN must not be lost).
    if (last !== null && last.signedIn === s.signedIn && last.server === s.server && last.waiting === s.waiting) return;
    last = s;
    if (!root.isConnected && account.childElementCount > 0) {
      stop();
      return;
    }
    renderAccount(s);
  });
  reload();
  return root;
}
