/**
 * The organisers' page (admin.html): sign in with the admin credential, list, create, open and
 * close competitions, register branches, see and download results, reset a PIN, add or edit a
 * branch, download a case board. Real HTML forms; every rule is the server's (its Chinese
 * messages are shown as they come). Works under the strict CSP: no inline script or style.
 * The admin session (not the credential) is kept in sessionStorage, so it ends with the tab.
 */
import { cleanPin, PIN_RULE } from '../core/pin';
import { AdminApiError, AdminClient, type Competition } from './api';

const SESSION_KEY = 'bank-lobby-admin-session';
const STATE_NAMES: Record<Competition['state'], string> = { draft: '草稿', open: '进行中', closed: '已结束' };

interface CaseRow {
  readonly storyHash: string;
  readonly caseId: string;
  readonly number: number;
  readonly title: string;
}
interface BranchRow {
  readonly code: string;
  readonly name: string;
  readonly region: string;
}

/**
 * Gives each body cell its column's heading as `data-label`, so that on a phone (admin.css, ≤ 40rem)
 * a row stacks into "heading: value" lines instead of squeezing five columns. Cells spanning
 * several columns (a competition's results) get none. Returns the table.
 */
function labelled(table: HTMLTableElement): HTMLTableElement {
  const heads = [...table.querySelectorAll('thead th')].map((c) => c.textContent);
  for (const row of table.querySelectorAll<HTMLTableRowElement>(':scope > tbody > tr')) {
    [...row.cells].forEach((cell, i) => {
      if (cell.colSpan === 1 && heads[i] !== undefined) cell.dataset['label'] = heads[i];
    });
  }
  return table;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; text?: string; attrs?: Record<string, string> } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.class !== undefined) e.className = props.class;
  if (props.text !== undefined) e.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

function byId(id: string): HTMLElement {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`missing #${id}`);
  return e;
}
const select = (id: string): HTMLSelectElement => byId(id) as HTMLSelectElement;
const formById = (id: string): HTMLFormElement => byId(id) as HTMLFormElement;

/** A time as people here read it: 2026-12-01 09:00 (the browser's own time zone). */
function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A datetime-local value (the browser's time zone) as an ISO time; throws on an empty or bad value. */
function isoFromLocal(value: string): string {
  const d = new Date(value);
  if (value === '' || Number.isNaN(d.getTime())) throw new AdminApiError(400, 'invalid-window', '请填写有效的时间');
  return d.toISOString();
}

export function startAdmin(): void {
  const client = new AdminClient(document.baseURI, sessionStorage.getItem(SESSION_KEY));
  const status = byId('status');
  const say = (text: string, kind: 'ok' | 'error' | 'info' = 'info'): void => {
    status.textContent = text;
    status.dataset['kind'] = kind;
  };
  const fail = (e: unknown): void => {
    if (e instanceof AdminApiError) {
      say(`${e.message}（${e.reason}）`, 'error');
      if (!client.signedIn) show();
    } else say(`出错了：${e instanceof Error ? e.message : String(e)}`, 'error');
  };
  let cases: CaseRow[] = [];
  let branches: BranchRow[] = [];
  let competitions: Competition[] = [];

  const show = (): void => {
    const inside = client.signedIn;
    byId('sign-in').hidden = inside;
    byId('signed-in').hidden = !inside;
    byId('sign-out').hidden = !inside;
    if (inside) sessionStorage.setItem(SESSION_KEY, client.session ?? '');
    else sessionStorage.removeItem(SESSION_KEY);
  };

  const checkboxes = (container: HTMLElement, name: string, items: { value: string; label: string }[]): void => {
    container.replaceChildren(
      ...items.map((it, i) => {
        const id = `${container.id}-${i}`;
        return el('label', { attrs: { for: id } }, el('input', { attrs: { type: 'checkbox', name, value: it.value, id } }), it.label);
      }),
    );
  };
  const options = (list: HTMLSelectElement, items: { value: string; label: string }[]): void => {
    const keep = list.value;
    list.replaceChildren(...items.map((it) => el('option', { text: it.label, attrs: { value: it.value } })));
    if (items.some((it) => it.value === keep)) list.value = keep;
  };
  const checked = (container: HTMLElement): string[] => [...container.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')].map((i) => i.value);
  const branchName = (code: string): string => branches.find((b) => b.code === code)?.name ?? code;
  const caseTitle = (hash: string): string => {
    const c = cases.find((x) => x.storyHash === hash);
    return c === undefined ? `${hash}（旧版本）` : c.title;
  };

  /** Downloads a CSV the server made (with the admin session), under the server's file name. */
  const download = async (path: string, fallbackName: string): Promise<void> => {
    const res = await client.request('GET', path);
    const disposition = res.headers.get('content-disposition') ?? '';
    const m = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const name = m?.[1] !== undefined ? decodeURIComponent(m[1]) : fallbackName;
    // Keep the BOM: Excel needs it to read the Chinese (Response.blob() keeps the bytes as sent).
    const blob = await res.blob();
    const href = URL.createObjectURL(blob);
    const a = el('a', { attrs: { href, download: name } });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
    say(`已下载 ${name}`, 'ok');
  };

  const results = async (c: Competition, into: HTMLElement): Promise<void> => {
    const r = await client.json<{ branches: { rank: number | null; code: string; name: string; mean: number | null; participants: number; attempts: number }[]; players: { rank: number; name: string; branchName: string; total: number; cases: number }[] }>('GET', `api/admin/competitions/${c.id}/results`);
    const table = (head: string[], rows: (string | number)[][]): HTMLTableElement =>
      labelled(el('table', {}, el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { text: h, attrs: { scope: 'col' } })))), el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((v) => el('td', { text: String(v) })))))));
    into.replaceChildren(
      el('h3', { text: '支行排名' }),
      table(['名次', '支行', '平均分', '参加人数', '计入次数'], r.branches.map((b) => [b.rank ?? '未排名', `${b.name}（${b.code}）`, b.mean ?? '—', b.participants, b.attempts])),
      el('h3', { text: '个人排名' }),
      r.players.length === 0 ? el('p', { class: 'hint', text: '还没有计入的成绩' }) : table(['名次', '姓名', '支行', '总分', '计入案例数'], r.players.map((p) => [p.rank, p.name, p.branchName, p.total, p.cases])),
    );
  };

  const renderCompetitions = (): void => {
    const box = byId('competitions');
    if (competitions.length === 0) {
      box.replaceChildren(el('p', { class: 'hint', text: '还没有竞赛。用下面的表单新建一个。' }));
    } else {
      const rows = competitions.map((c) => {
        const actions = el('div', { class: 'actions' });
        const detail = el('div', { class: 'results' });
        const detailRow = el('tr', { class: 'detail', attrs: { hidden: '' } }, el('td', { attrs: { colspan: '5' } }, detail));
        const button = (label: string, run: () => Promise<void>, primary = false): HTMLButtonElement => {
          const b = el('button', { text: label, class: primary ? 'primary' : '', attrs: { type: 'button' } });
          b.addEventListener('click', () => {
            b.disabled = true;
            run()
              .catch(fail)
              .finally(() => (b.disabled = false));
          });
          return b;
        };
        if (c.state === 'draft') actions.append(button('开始竞赛', () => transition(c, 'open'), true));
        if (c.state === 'open') actions.append(button('结束竞赛', () => transition(c, 'close'), true));
        actions.append(
          button('查看成绩', async () => {
            await results(c, detail);
            detailRow.hidden = false;
          }),
          button('下载成绩 CSV', () => download(`api/admin/competitions/${c.id}/results.csv`, 'competition.csv')),
        );
        const main = el(
          'tr',
          { attrs: { 'data-competition': c.id } },
          el('td', {}, el('strong', { text: c.title }), el('br'), el('span', { class: 'hint', text: c.cases.map(caseTitle).join('、') })),
          el('td', { text: `${localTime(c.opensAt)} 至 ${localTime(c.closesAt)}` }),
          el('td', {}, el('span', { class: 'state', text: STATE_NAMES[c.state], attrs: { 'data-state': c.state } })),
          el('td', { text: c.branches.length === 0 ? '未报名' : c.branches.map(branchName).join('、') }),
          el('td', {}, actions),
        );
        return [main, detailRow];
      });
      box.replaceChildren(
        labelled(el('table', {}, el('thead', {}, el('tr', {}, ...['竞赛', '时间', '状态', '报名支行', '操作'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))), el('tbody', {}, ...rows.flat()))),
      );
    }
    options(select('r-competition'), competitions.filter((c) => c.state !== 'closed').map((c) => ({ value: c.id, label: `${c.title}（${STATE_NAMES[c.state]}）` })));
  };

  const transition = async (c: Competition, to: 'open' | 'close'): Promise<void> => {
    const ok = window.confirm(to === 'open' ? `开始“${c.title}”？开始后学员可以看到竞赛和排名。` : `结束“${c.title}”？结束后成绩冻结，不能再报名。`);
    if (!ok) return;
    await client.json('POST', `api/admin/competitions/${c.id}/${to}`);
    say(to === 'open' ? `“${c.title}”已开始` : `“${c.title}”已结束，成绩已冻结`, 'ok');
    await refresh();
  };

  const refresh = async (): Promise<void> => {
    const [c, b, k] = await Promise.all([
      client.json<{ competitions: Competition[] }>('GET', 'api/admin/competitions'),
      client.json<{ branches: BranchRow[] }>('GET', 'api/branches'),
      client.json<{ cases: CaseRow[] }>('GET', 'api/cases'),
    ]);
    competitions = c.competitions;
    branches = b.branches;
    cases = k.cases;
    const branchItems = branches.map((x) => ({ value: x.code, label: `${x.name}（${x.code}）` }));
    const caseItems = cases.map((x) => ({ value: x.storyHash, label: x.title }));
    for (const [id, items] of [['c-cases', caseItems], ['c-branches', branchItems], ['r-branches', branchItems]] as const) {
      const box = byId(id);
      const keep = new Set(checked(box));
      checkboxes(box, id, items);
      for (const i of box.querySelectorAll<HTMLInputElement>('input')) i.checked = keep.has(i.value);
    }
    options(select('p-branch'), branchItems);
    options(select('k-case'), caseItems);
    renderCompetitions();
  };

  const onSubmit = (id: string, run: (form: HTMLFormElement) => Promise<void>): void => {
    const form = formById(id);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const submit = form.querySelector<HTMLButtonElement>('button[type=submit]');
      if (submit !== null) submit.disabled = true;
      run(form)
        .catch(fail)
        .finally(() => {
          if (submit !== null) submit.disabled = false;
        });
    });
  };
  const value = (form: HTMLFormElement, name: string): string => {
    const v = new FormData(form).get(name);
    return typeof v === 'string' ? v : '';
  };

  onSubmit('sign-in-form', async (form) => {
    await client.signIn(value(form, 'credential'));
    form.reset();
    show();
    say('已登录', 'ok');
    await refresh();
  });
  byId('sign-out').addEventListener('click', () => {
    client.signOut();
    show();
    say('已退出登录');
  });
  onSubmit('create-form', async (form) => {
    const c = await client.json<Competition>('POST', 'api/admin/competitions', {
      title: value(form, 'title'),
      opensAt: isoFromLocal(value(form, 'opens')),
      closesAt: isoFromLocal(value(form, 'closes')),
      cases: checked(byId('c-cases')),
      branches: checked(byId('c-branches')),
      minPlayers: Number(value(form, 'minPlayers')),
      requireOnline: (byId('c-online') as HTMLInputElement).checked,
    });
    form.reset();
    say(`已创建草稿“${c.title}”`, 'ok');
    await refresh();
  });
  onSubmit('register-form', async (form) => {
    const codes = checked(byId('r-branches'));
    if (codes.length === 0) throw new AdminApiError(400, 'invalid-body', '请至少选一个支行');
    const c = await client.json<Competition>('POST', `api/admin/competitions/${value(form, 'competition')}/branches`, { branches: codes });
    say(`“${c.title}”现在有 ${c.branches.length} 个支行报名`, 'ok');
    await refresh();
  });
  onSubmit('pin-form', async (form) => {
    // Full-width digits (a Chinese input method in full-width mode) and spaces are the same PIN.
    const pin = cleanPin(value(form, 'pin'));
    if (pin === null) throw new AdminApiError(400, 'invalid-pin', PIN_RULE);
    const r = await client.json<{ name: string; branch: string; sessionsEnded: number }>('POST', 'api/admin/players/pin', { branch: value(form, 'branch'), name: value(form, 'name'), pin });
    form.reset();
    say(`已重设 ${branchName(r.branch)} ${r.name} 的 PIN（结束了 ${r.sessionsEnded} 个登录）`, 'ok');
  });
  onSubmit('branch-form', async (form) => {
    const code = value(form, 'code');
    const r = await client.json<{ name: string; created: boolean }>('PUT', `api/admin/branches/${encodeURIComponent(code)}`, { name: value(form, 'name'), region: value(form, 'region') });
    form.reset();
    say(`${r.created ? '已添加' : '已修改'}支行 ${r.name}`, 'ok');
    await refresh();
  });
  onSubmit('board-form', async (form) => download(`api/admin/boards/cases/${value(form, 'case')}.csv`, 'board.csv'));

  show();
  document.body.dataset['admin'] = 'ready';
  if (client.signedIn) refresh().catch(fail);
}

startAdmin();
