/**
 * npm run admin -- <command> …   (organisers' CLI; run with tsx, like the other tools)
 *
 * Talks to a running server's admin API (the same routes as admin.html), so every rule and
 * refusal is the server's own. Needs ADMIN_TOKEN (the server's credential) and SERVER_URL
 * (default http://127.0.0.1:4173) in the environment; TIME_ZONE (default Asia/Shanghai) is the zone
 * of the times it prints and of times typed without one (`--opens "2026-12-01 08:00"`).
 *
 *   competitions                                   list every competition (drafts too)
 *   create --title T --opens TIME --closes TIME --cases a,b [--branches x,y] [--min-players 3] [--online]
 *                                                  a draft; cases by case id (the version on the board now) or story hash
 *   open <id> | close <id>                         draft → open → closed
 *   register <id> <branch,branch…> | register <id> --all
 *   results <id> [--csv file.csv]                  standings (every branch and player), or the CSV file
 *   board-csv <case id|story hash> --out file.csv  a case board as CSV
 *   branch <code> <name> [region]                  add or edit a branch
 *   reset-pin <branch> <name> <new PIN>            ends the player's sign-ins too
 *   publish <case.ink> [--ink-dir ink] [--publisher 姓名]
 *                                                  the case with common.ink, principles.ink and its INCLUDEs
 *   unpublish <case id>                            take the Studio's version off the board (the build's comes back)
 *
 * Exit codes: 0 done; 1 the server refused (its reason code and message are printed); 2 usage or
 * configuration error.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { caseSources } from '../../authoring/includes';
import { DEFAULT_TIME_ZONE, localTime, parseOrganiserTime, zoneLabel } from '../timeZone';

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly fetch: typeof fetch;
  readonly cwd: string;
}

class Refused extends Error {
  constructor(
    readonly status: number,
    readonly body: { error?: string; message?: string; findings?: { severity: string; file: string; line: number; message: string }[] },
  ) {
    super(`${status} ${body.error ?? ''}`);
  }
}
class Usage extends Error {}

const USAGE = `用法：npm run admin -- <命令> …（需要环境变量 ADMIN_TOKEN；SERVER_URL 默认 http://127.0.0.1:4173）
  competitions
  create --title 名称 --opens "2026-12-01 08:00" --closes "2026-12-31 18:00" --cases 案例编号,… [--branches 支行代码,…] [--min-players 3] [--online]
  open <竞赛 id>    close <竞赛 id>
  register <竞赛 id> <支行代码,…>    register <竞赛 id> --all
  results <竞赛 id> [--csv 文件.csv]
  board-csv <案例编号或故事哈希> --out 文件.csv
  branch <支行代码> <名称> [片区]
  reset-pin <支行代码> <姓名> <新 PIN>
  publish <案例.ink> [--ink-dir ink] [--publisher 姓名]
  unpublish <案例编号>
时间按 TIME_ZONE（默认 Asia/Shanghai，即北京时间）书写和显示；也可写带时区的时间，如 2026-12-01T00:00:00Z。`;

/** Splits `--name value` options (and bare `--flag`s) from positional arguments. */
function parseArgs(argv: readonly string[], flags: readonly string[]): { pos: string[]; opt: Map<string, string> } {
  const pos: string[] = [];
  const opt = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      pos.push(a);
      continue;
    }
    const name = a.slice(2);
    if (flags.includes(name)) {
      opt.set(name, 'yes');
      continue;
    }
    const v = argv[i + 1];
    if (v === undefined) throw new Usage(`--${name} 后面要写值`);
    opt.set(name, v);
    i++;
  }
  return { pos, opt };
}

/** The case file and every file it needs (src/authoring/includes.ts), read from `inkDir`. */
export function inkBundle(caseFile: string, inkDir: string): Record<string, string> {
  if (!existsSync(join(inkDir, ...caseFile.split('/')))) throw new Usage(`找不到 ${join(inkDir, caseFile)}`);
  return caseSources(caseFile, (name) => {
    const path = join(inkDir, ...name.split('/'));
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  });
}

/** Runs one command; returns the exit code. */
export async function runAdminCli(argv: readonly string[], env: NodeJS.ProcessEnv, io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help') {
      io.out(USAGE);
      return command === undefined ? 2 : 0;
    }
    const credential = env['ADMIN_TOKEN'] ?? '';
    if (credential === '') throw new Usage('请设置环境变量 ADMIN_TOKEN（服务器的管理员凭据）');
    const server = (env['SERVER_URL'] ?? 'http://127.0.0.1:4173').replace(/\/+$/, '');
    const zone = env['TIME_ZONE'] === undefined || env['TIME_ZONE'] === '' ? DEFAULT_TIME_ZONE : env['TIME_ZONE'];
    try {
      localTime(new Date(0).toISOString(), zone);
    } catch {
      throw new Usage(`TIME_ZONE“${zone}”不是时区名称（如 Asia/Shanghai）`);
    }
    const at = (iso: string): string => localTime(iso, zone).slice(0, 16);
    let token = '';
    const call = async (method: string, path: string, body?: unknown): Promise<Response> => {
      const headers: Record<string, string> = token === '' ? {} : { authorization: `Bearer ${token}` };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await io.fetch(`${server}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      if (res.status >= 400) throw new Refused(res.status, (await res.json().catch(() => ({}))) as Refused['body']);
      return res;
    };
    const json = async <T>(method: string, path: string, body?: unknown): Promise<T> => (await (await call(method, path, body)).json()) as T;
    token = (await json<{ token: string }>('POST', '/api/admin/login', { credential })).token;

    type Comp = { id: string; title: string; state: string; opensAt: string; closesAt: string; cases: string[]; branches: string[]; minPlayers: number; requireOnline: boolean };
    const show = (c: Comp): void => io.out(`${c.id}  [${{ draft: '草稿', open: '进行中', closed: '已结束' }[c.state] ?? c.state}]  ${c.title}  ${at(c.opensAt)} 至 ${at(c.closesAt)}（${zoneLabel(zone)}）  案例 ${c.cases.length} 个  支行 ${c.branches.length} 个  至少 ${c.minPlayers} 人${c.requireOnline ? '  只计在线' : ''}`);
    const caseHashes = async (list: string): Promise<string[]> => {
      const cases = (await json<{ cases: { caseId: string; storyHash: string }[] }>('GET', '/api/cases')).cases;
      return list.split(',').map((x) => {
        const s = x.trim();
        if (/^[0-9a-f]{16}$/.test(s)) return s;
        const found = cases.find((c) => c.caseId === s);
        if (found === undefined) throw new Usage(`案例板上没有“${s}”`);
        return found.storyHash;
      });
    };
    const one = (pos: string[], what: string): string => {
      const v = pos[0];
      if (v === undefined) throw new Usage(`请写${what}`);
      return v;
    };

    switch (command) {
      case 'competitions': {
        const { competitions } = await json<{ competitions: Comp[] }>('GET', '/api/admin/competitions');
        if (competitions.length === 0) io.out('还没有竞赛');
        competitions.forEach(show);
        return 0;
      }
      case 'create': {
        const { opt } = parseArgs(rest, ['online']);
        const need = (k: string): string => {
          const v = opt.get(k);
          if (v === undefined) throw new Usage(`缺少 --${k}`);
          return v;
        };
        const time = (k: string): string => {
          const t = parseOrganiserTime(need(k), zone);
          if (t === null) throw new Usage(`--${k} 的时间看不懂：请写成 2026-12-01 08:00（${zoneLabel(zone)}）或带时区的 2026-12-01T00:00:00Z`);
          return t;
        };
        const c = await json<Comp>('POST', '/api/admin/competitions', {
          title: need('title'),
          opensAt: time('opens'),
          closesAt: time('closes'),
          cases: await caseHashes(need('cases')),
          branches: (opt.get('branches') ?? '').split(',').map((s) => s.trim()).filter((s) => s !== ''),
          minPlayers: Number(opt.get('min-players') ?? 3),
          requireOnline: opt.has('online'),
        });
        io.out('已创建竞赛（草稿）：');
        show(c);
        return 0;
      }
      case 'open':
      case 'close': {
        show(await json<Comp>('POST', `/api/admin/competitions/${encodeURIComponent(one(rest, '竞赛 id'))}/${command}`));
        return 0;
      }
      case 'register': {
        const { pos, opt } = parseArgs(rest, ['all']);
        const id = one(pos, '竞赛 id');
        const branches = opt.has('all') ? (await json<{ branches: { code: string }[] }>('GET', '/api/branches')).branches.map((b) => b.code) : (pos[1] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
        if (branches.length === 0) throw new Usage('请写支行代码（逗号分隔），或 --all');
        show(await json<Comp>('POST', `/api/admin/competitions/${encodeURIComponent(id)}/branches`, { branches }));
        return 0;
      }
      case 'results': {
        const { pos, opt } = parseArgs(rest, []);
        const id = encodeURIComponent(one(pos, '竞赛 id'));
        const file = opt.get('csv');
        if (file !== undefined) {
          const text = await (await call('GET', `/api/admin/competitions/${id}/results.csv`)).text();
          writeFileSync(resolve(io.cwd, file), `\uFEFF${text.replace(/^\uFEFF/, '')}`);
          io.out(`已写入 ${file}`);
          return 0;
        }
        const r = await json<{ competition: Comp; branches: { rank: number | null; code: string; name: string; mean: number | null; participants: number }[]; players: { rank: number; name: string; branchName: string; total: number; cases: number }[] }>('GET', `/api/admin/competitions/${id}/results`);
        show(r.competition);
        io.out('支行：');
        for (const b of r.branches) io.out(`  ${b.rank ?? '—'}  ${b.name}（${b.code}）  平均 ${b.mean ?? '—'}  ${b.participants} 人`);
        io.out('个人：');
        for (const p of r.players) io.out(`  ${p.rank}  ${p.name}（${p.branchName}）  ${p.total} 分  ${p.cases} 个案例`);
        return 0;
      }
      case 'board-csv': {
        const { pos, opt } = parseArgs(rest, []);
        const [hash] = await caseHashes(one(pos, '案例编号或故事哈希'));
        const file = opt.get('out');
        if (file === undefined) throw new Usage('请用 --out 写文件名');
        const text = await (await call('GET', `/api/admin/boards/cases/${hash ?? ''}.csv`)).text();
        writeFileSync(resolve(io.cwd, file), `\uFEFF${text.replace(/^\uFEFF/, '')}`);
        io.out(`已写入 ${file}`);
        return 0;
      }
      case 'branch': {
        const [code, name, region] = rest;
        if (code === undefined || name === undefined) throw new Usage('用法：branch <支行代码> <名称> [片区]');
        const b = await json<{ code: string; name: string; region: string; created: boolean }>('PUT', `/api/admin/branches/${encodeURIComponent(code)}`, { name, region: region ?? '' });
        io.out(`${b.created ? '已添加' : '已修改'}支行 ${b.code}：${b.name}${b.region === '' ? '' : `（${b.region}）`}`);
        return 0;
      }
      case 'reset-pin': {
        const [branch, name, pin] = rest;
        if (branch === undefined || name === undefined || pin === undefined) throw new Usage('用法：reset-pin <支行代码> <姓名> <新 PIN>');
        const r = await json<{ name: string; branch: string; sessionsEnded: number }>('POST', '/api/admin/players/pin', { branch, name, pin });
        io.out(`已重设 ${r.branch} ${r.name} 的 PIN，结束了 ${r.sessionsEnded} 个登录`);
        return 0;
      }
      case 'publish': {
        const { pos, opt } = parseArgs(rest, []);
        const path = resolve(io.cwd, one(pos, '案例文件'));
        const inkDir = resolve(io.cwd, opt.get('ink-dir') ?? dirname(path));
        if (!path.startsWith(`${inkDir}${sep}`)) throw new Usage(`${path} 不在 ink 文件夹 ${inkDir} 里（用 --ink-dir 指定）`);
        const caseFile = path.slice(inkDir.length + 1).split(sep).join('/');
        const r = await json<{ label: string; title: string; storyHash: string; created: boolean; warnings: { file: string; line: number; message: string }[] }>('POST', '/api/admin/cases', {
          caseFile,
          files: inkBundle(caseFile, inkDir),
          ...(opt.has('publisher') ? { publisher: opt.get('publisher') } : {}),
        });
        io.out(`${r.created ? '已发布' : '服务器上已有这个版本'}：${r.label}《${r.title}》（${r.storyHash}）`);
        for (const w of r.warnings) io.out(`  提示：${w.file} 第 ${w.line} 行：${w.message}`);
        return 0;
      }
      case 'unpublish': {
        const r = await json<{ caseId: string; now: 'build' | 'none' }>('DELETE', `/api/admin/cases/${encodeURIComponent(one(rest, '案例编号'))}`);
        io.out(r.now === 'build' ? `已撤下 ${r.caseId} 的发布版本，案例板恢复为构建时的版本` : `已撤下 ${r.caseId}，它不再出现在案例板上`);
        return 0;
      }
      default:
        throw new Usage(`没有这个命令：${command}`);
    }
  } catch (e) {
    if (e instanceof Usage) {
      io.err(`${e.message}\n\n${USAGE}`);
      return 2;
    }
    if (e instanceof Refused) {
      io.err(`服务器拒绝了（${e.status} ${e.body.error ?? ''}）：${e.body.message ?? ''}`);
      for (const f of e.body.findings ?? []) io.err(`  ${f.severity === 'error' ? '错误' : '提示'}：${f.file} 第 ${f.line} 行：${f.message}`);
      return 1;
    }
    io.err(`连不上服务器或出错了：${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void runAdminCli(process.argv.slice(2), process.env, { out: (l) => console.log(l), err: (l) => console.error(l), fetch, cwd: process.cwd() }).then((code) => process.exit(code));
}
