/**
 * The organisers' CLI (npm run admin) against a listening server: it goes through the same admin
 * API, so the server's rules and refusals are what it prints; exit codes 0 / 1 (refused) / 2 (usage).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCli } from '../../src/server/admin/cli';
import { ADMIN } from './adminHarness';
import { bestPath, casesOf, makeApp, play, register, testDist, type TestApp, type TestCase } from './harness';
import { newCaseSources } from './publishSources';

let t: TestApp;
let base: string;
const dir = mkdtempSync(join(tmpdir(), 'bank-lobby-admin-cli-'));

beforeAll(async () => {
  t = await makeApp(testDist(), undefined, { adminToken: ADMIN });
  base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace('localhost', '127.0.0.1');
});
afterAll(async () => {
  await t.close();
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runAdminCli(argv, { ADMIN_TOKEN: ADMIN, SERVER_URL: base }, { out: (l) => out.push(l), err: (l) => err.push(l), fetch, cwd: dir });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('npm run admin', () => {
  it('says how to use it, and refuses to run without ADMIN_TOKEN or with a wrong one', async () => {
    expect((await cli()).code).toBe(2);
    expect((await cli('frobnicate')).err).toContain('没有这个命令');
    const none = await runAdminCli(['competitions'], { SERVER_URL: base }, { out: () => undefined, err: () => undefined, fetch, cwd: dir });
    expect(none).toBe(2);
    const errs: string[] = [];
    const wrong = await runAdminCli(['competitions'], { ADMIN_TOKEN: `${ADMIN}-wrong`, SERVER_URL: base }, { out: () => undefined, err: (l) => errs.push(l), fetch, cwd: dir });
    expect(wrong).toBe(1);
    expect(errs.join('')).toContain('wrong-credential');
  });

  it('creates, registers, opens, reports, exports and closes a competition', async () => {
    const angry = casesOf(testDist()).cases.find((c) => c.compiled.meta.id === 'angry-customer') as TestCase;
    const created = await cli('create', '--title', '春季竞赛', '--opens', '2020-01-01T00:00:00Z', '--closes', '2099-01-01T00:00:00Z', '--cases', 'angry-customer', '--branches', 'cbd', '--min-players', '1');
    expect(created.code, created.err).toBe(0);
    const id = /([0-9a-f-]{36})/.exec(created.out)?.[1] ?? '';
    expect(created.out).toContain('[草稿]  春季竞赛');
    expect((await cli('register', id, '--all')).out).toContain('支行 4 个');
    expect((await cli('open', id)).out).toContain('[进行中]');
    const p = await register(t.app, '孙十', 'east-lake');
    await play(t.app, p, angry, (seed) => bestPath(angry, seed));
    const results = await cli('results', id);
    expect(results.out).toMatch(/1 {2}孙十（东湖支行） {2}\d+ 分 {2}1 个案例/);
    expect((await cli('results', id, '--csv', 'results.csv')).code).toBe(0);
    // Times are Beijing wall-clock times, typed and shown without a zone.
    expect((await cli('competitions')).out).toContain('2020-01-01 08:00 至 2099-01-01 08:00（北京时间）');
    const typed = await cli('create', '--title', '夏季竞赛', '--opens', '2026-06-01 08:00', '--closes', '2026-06-30 18:00', '--cases', 'angry-customer');
    expect(typed.out).toContain('2026-06-01 08:00 至 2026-06-30 18:00（北京时间）');
    const unreadable = await cli('create', '--title', '秋季竞赛', '--opens', '明天', '--closes', '2026-06-30 18:00', '--cases', 'angry-customer');
    expect([unreadable.code, unreadable.err]).toEqual([2, expect.stringContaining('--opens 的时间看不懂')]);
    const csv = readFileSync(join(dir, 'results.csv'));
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString('utf8')).toContain('孙十');
    expect((await cli('board-csv', 'angry-customer', '--out', 'board.csv')).code).toBe(0);
    expect(readFileSync(join(dir, 'board.csv'), 'utf8')).toContain('孙十');
    expect((await cli('close', id)).out).toContain('[已结束]');
    const again = await cli('close', id);
    expect(again.code).toBe(1);
    expect(again.err).toContain('wrong-state');
    expect((await cli('competitions')).out).toContain('春季竞赛');
  });

  it('adds a branch and resets a PIN', async () => {
    expect((await cli('branch', 'south-gate', '南门支行', '城南')).out).toBe('已添加支行 south-gate：南门支行（城南）');
    await register(t.app, '郑十一', 'south-gate', '1111');
    expect((await cli('reset-pin', 'south-gate', '郑十一', '4321')).out).toContain('已重设 south-gate 郑十一 的 PIN');
    expect((await t.app.inject({ method: 'POST', url: '/api/login', payload: { name: '郑十一', branch: 'south-gate', pin: '4321' } })).statusCode).toBe(200);
    expect((await cli('reset-pin', 'south-gate', '郑十一', 'abc')).code).toBe(1);
  });

  it('publishes a case from an ink folder, and prints the findings of one with errors', async () => {
    const files = newCaseSources('cli-case', '命令行发布的案例');
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const ok = await cli('publish', 'cli-case.ink', '--publisher', '李老师');
    expect(ok.code, ok.err).toBe(0);
    expect(ok.out).toMatch(/已发布：本行案例 1《命令行发布的案例》/);
    writeFileSync(join(dir, 'bad-case.ink'), (newCaseSources('bad-case', '坏案例')['bad-case.ink'] ?? '').replace('-> opening', '-> nowhere'));
    expect((await cli('publish', 'cli-case.ink', '--ink-dir', 'elsewhere')).code).toBe(2);
    const bad = await cli('publish', 'bad-case.ink');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('check-failed');
    expect(bad.err).toMatch(/错误：bad-case\.ink 第 \d+ 行：/);
    expect((await cli('unpublish', 'cli-case')).out).toBe('已撤下 cli-case，它不再出现在案例板上');
    expect((await cli('unpublish', 'cli-case')).err).toContain('not-published');
  });
});
