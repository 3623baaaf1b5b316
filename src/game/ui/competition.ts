/**
 * Competitions between branches (厅堂服务技能竞赛) for trainees: the list on the leaderboard
 * screen and a page per competition (#/competition/<id>) with its window, cases, rule, the branch
 * ranking and the trainee ranking. As on every board, nobody sees the bottom of a list: a branch
 * sees the top and its own rank with the gap to the next, a trainee the top and the few just
 * above them (the server decides what is sent, src/server/competitions.ts). Loaded lazily with
 * src/game/online.
 */
import { caseLabel } from '../../core/caseMeta';
import type { ContentCase } from '../../core/content';
import type { Competition, CompetitionPlayer, ServerApi } from '../online/api';
import { h } from './dom';
import { branchTable, loadInto, points, traineeTable } from './leaderboard';

const STATE_LABEL: Readonly<Record<Competition['state'], string>> = { draft: '筹备中', open: '进行中', closed: '已结束' };

/** A window in the trainee's terms: 11月1日 09:00 – 11月30日 18:00 (local time). */
export function windowText(opensAt: string, closesAt: string): string {
  const f = (iso: string): string => {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const pad = (n: number): string => String(n).padStart(2, '0');
    return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  };
  return `${f(opensAt)} 至 ${f(closesAt)}`;
}

export interface CompetitionDeps {
  readonly api: ServerApi;
  readonly token: () => string | null;
  readonly cases: readonly ContentCase[];
  readonly branchName: (code: string) => string;
  /** The trainee's branch code (their profile on this browser). */
  readonly myBranch: string | null;
  readonly open: (id: string) => void;
  readonly play: (caseId: string) => void;
  readonly back: () => void;
}

/** The competitions section of the leaderboard screen: each open or finished one, with a way in. */
export function competitionList(deps: CompetitionDeps): HTMLElement {
  const body = h('div', { 'aria-live': 'polite' });
  loadInto(body, async () => {
    const { competitions } = await deps.api.competitions();
    const shown = competitions.filter((c) => c.state !== 'draft');
    if (shown.length === 0) return h('p', { class: 'muted' }, '现在没有进行中的竞赛。');
    return h(
      'ul',
      { class: 'competitions' },
      ...shown.map((c) =>
        h(
          'li',
          {},
          h('span', { class: `state state-${c.state}` }, STATE_LABEL[c.state]),
          h('span', { class: 'competition-title' }, c.title),
          h('span', { class: 'muted' }, `${windowText(c.opensAt, c.closesAt)} · ${c.cases.length} 个案例${deps.myBranch !== null && c.branches.includes(deps.myBranch) ? ' · 本网点已报名' : ''}`),
          h('button', { type: 'button', onclick: () => deps.open(c.id), 'aria-label': `查看竞赛：${c.title}` }, '查看'),
        ),
      ),
    );
  });
  return h('section', { class: 'lb-section', 'aria-labelledby': 'lb-competitions-title' }, h('h2', { id: 'lb-competitions-title' }, '技能竞赛'), body);
}

function playerRows(caption: string, rows: readonly CompetitionPlayer[], branchName: (code: string) => string): HTMLElement {
  return traineeTable(caption, rows, branchName, [
    { title: '总分', cell: (r) => String(r.total) },
    { title: '计分案例', cell: (r) => String(r.cases) },
  ]);
}

/** A competition's page. Null-safe: an unknown or draft id says so and offers the way back. */
export function competitionScreen(deps: CompetitionDeps, id: string): HTMLElement {
  const head = h('div', { 'aria-live': 'polite' });
  const branches = h('div', { 'aria-live': 'polite' });
  const players = h('div', { 'aria-live': 'polite' });
  const root = h(
    'section',
    { class: 'panel leaderboard competition', 'aria-labelledby': 'competition-title' },
    h('h1', { id: 'competition-title' }, '技能竞赛'),
    head,
    h('section', { class: 'lb-section', 'aria-labelledby': 'c-branches-title' }, h('h2', { id: 'c-branches-title' }, '网点排名'), branches),
    h('section', { class: 'lb-section', 'aria-labelledby': 'c-players-title' }, h('h2', { id: 'c-players-title' }, '个人排名'), players),
    h('div', { class: 'actions' }, h('button', { type: 'button', onclick: deps.back }, '返回排行榜')),
  );
  loadInto(head, async () => {
    const c = (await deps.api.competitions()).competitions.find((x) => x.id === id && x.state !== 'draft');
    if (c === undefined) return h('p', { class: 'lb-error' }, '没有找到这项竞赛（可能还没开始报名，或已被撤下）。');
    const title = root.querySelector('h1');
    if (title !== null) title.textContent = c.title;
    document.title = `${c.title} · 厅堂服务情景训练`;
    const mine = deps.myBranch;
    const entered = mine !== null && c.branches.includes(mine);
    const caseItems = c.cases.map((hash) => {
      const entry = deps.cases.find((x) => x.hash === hash);
      if (entry === undefined) return h('li', {}, '（这个案例的这一版本已更新，本机没有）');
      const label = `${caseLabel(entry.meta)} · ${entry.meta.title}`;
      return h('li', {}, label, ' ', c.state === 'open' ? h('button', { type: 'button', onclick: () => deps.play(entry.meta.id), 'aria-label': `练习${label}` }, '练习') : null);
    });
    return h(
      'div',
      {},
      h('p', {}, h('span', { class: `state state-${c.state}` }, STATE_LABEL[c.state]), ` ${windowText(c.opensAt, c.closesAt)}`),
      h('p', { class: entered ? 'lb-mine' : 'muted' }, entered ? '本网点已报名参加。' : '本网点没有报名参加这项竞赛：可以练习，但成绩不计入竞赛。'),
      h(
        'p',
        { class: 'lb-rule' },
        `规则：每位报名网点的成员，在竞赛期间第一次练习每个竞赛案例的成绩才计入（重练不计${c.requireOnline ? '；只计连着服务器开始的练习，离线练习不计' : ''}）。网点按计入成绩的平均分排名，至少 ${c.minPlayers} 位成员有成绩才排名；个人按各案例计入成绩的总分排名。`,
      ),
      h('h2', {}, '竞赛案例'),
      h('ul', { class: 'competition-cases' }, ...caseItems),
    );
  });
  loadInto(branches, async () => {
    const b = await deps.api.competitionBranches(deps.token(), id);
    const mine = b.mine;
    const line =
      mine === null
        ? deps.token() === null && deps.myBranch !== null
          ? h('p', { class: 'muted' }, `登录排行榜后可以看到本网点（${deps.branchName(deps.myBranch)}）的名次。`)
          : null
        : mine.rank === null
          ? h('p', {}, `本网点（${mine.name}）还没有排名：${mine.participants} 位成员有成绩，需要至少 ${b.rule.minPlayers} 位。`)
          : h('p', { class: 'lb-mine' }, `本网点（${mine.name}）排第 ${mine.rank} 名，平均 ${points(mine.mean)} 分。`, b.next !== null && b.gapToNext !== null ? `比上一名（${b.next.name}）少 ${points(b.gapToNext)} 分。` : '');
    return h('div', {}, line, b.top.length === 0 ? h('p', { class: 'muted' }, '还没有网点达到排名人数。') : branchTable(b.top, mine?.code ?? null));
  });
  loadInto(players, async () => {
    const p = await deps.api.competitionPlayers(deps.token(), id);
    if (p.top.length === 0) return h('p', { class: 'muted' }, '还没有人有计入竞赛的成绩。');
    const parts: Node[] = [playerRows('前十名', p.top, deps.branchName)];
    if (p.mine !== null && !p.top.some((e) => e.me)) parts.push(playerRows('我和我前面的几位', [...p.above, p.mine], deps.branchName));
    return h('div', {}, ...parts);
  });
  return root;
}
