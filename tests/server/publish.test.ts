/**
 * Publishing a case from the Studio, on SQLite and on a real PostgreSQL: the same checker as the
 * build refuses a case with errors (422 with its findings in Chinese), a case that passes is
 * stored by its story hash and appears in the content index the game reads (no rebuild), with
 * its story and branch map served, and can be played and verified like any other case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseContentIndex, readCaseMetaFromJson, type CompiledCase } from '../../src/core';
import { adminLogin, ADMIN } from './adminHarness';
import { bestPath, casesOf, makeApp, play, register, testDist, type TestApp, type TestCase } from './harness';
import { DIALECTS, useDatabases } from './databases';
import { newCaseSources } from './publishSources';

const freshTarget = useDatabases();

describe.each(DIALECTS)('on %s', (dialect) => {
  let t: TestApp;
  let admin: { authorization: string };
  const dist = testDist();
  let catalogue: TestCase['catalogue'];

  beforeAll(async () => {
    catalogue = (casesOf(dist).cases[0] as TestCase).catalogue;
    t = await makeApp(dist, await freshTarget(dialect), { adminToken: ADMIN });
    admin = await adminLogin(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const publish = (payload: unknown, headers: Record<string, string> = admin) => t.app.inject({ method: 'POST', url: '/api/admin/cases', headers, payload: payload as Record<string, unknown> });

  it('refuses a case with errors: 422 with the checker’s findings, in Chinese, at their lines; nothing is listed', async () => {
    const files = newCaseSources('broken-case', '有错误的案例');
    files['broken-case.ink'] = (files['broken-case.ink'] ?? '').replace('-> opening', '-> openning');
    const res = await publish({ caseFile: 'broken-case.ink', files });
    expect(res.statusCode).toBe(422);
    const body = res.json<{ error: string; message: string; findings: { severity: string; file: string; line: number; message: string }[] }>();
    expect(body.error).toBe('check-failed');
    expect(body.message).toMatch(/检查发现 \d+ 个错误，案例没有发布/);
    const err = body.findings.find((f) => f.severity === 'error');
    expect(err).toMatchObject({ file: 'broken-case.ink' });
    expect(err?.line).toBeGreaterThan(1);
    expect(err?.message).toMatch(/[\u4e00-\u9fff]/);
    const index = (await t.app.inject('/content/index.json')).json<{ cases: { meta: { id: string } }[] }>();
    expect(index.cases.map((c) => c.meta.id)).not.toContain('broken-case');
  });

  it('refuses sources checked against another principle catalogue, a missing case file and malformed bodies', async () => {
    const files = newCaseSources('other-catalogue');
    // One principle renamed: the catalogue (and its hash) differs from the one the server scores with.
    files['principles.ink'] = (files['principles.ink'] ?? '').replace(/(# name: )([^\n]+)/, '$1$2（改）');
    const other = await publish({ caseFile: 'other-catalogue.ink', files });
    expect(other.statusCode).toBe(422);
    expect(other.json<{ error: string }>().error).toBe('catalogue-mismatch');
    expect((await publish({ caseFile: 'absent.ink', files: newCaseSources() })).json()).toMatchObject({ error: 'no-case-file' });
    for (const payload of [{}, { caseFile: 'x.ink' }, { caseFile: '../x.ink', files: {} }, { caseFile: 'x.ink', files: { 'x.txt': '' } }, { caseFile: 'x.ink', files: { 'x.ink': 1 } }, { caseFile: 'x.ink', files: {}, score: 100 }]) {
      const res = await publish(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json<{ error: string }>().error).toBe('invalid-body');
    }
  });

  it('refuses a trainee’s token and no token before reading the body', async () => {
    const trainee = await register(t.app, '周八', 'cbd');
    for (const headers of [trainee.auth, {}]) {
      const res = await publish({ caseFile: 'counter-queue.ink', files: newCaseSources() }, headers);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'admin-required' });
    }
  });

  it('publishes a case that passes: stored by hash, in the content index and /api/cases without a rebuild, playable and verified', async () => {
    const before = parseContentIndex((await t.app.inject('/content/index.json')).json()).index;
    const res = await publish({ caseFile: 'counter-queue.ink', files: newCaseSources(), publisher: '培训部 李老师' });
    expect(res.statusCode, res.body).toBe(201);
    const r = res.json<{ caseId: string; storyHash: string; title: string; label: string; created: boolean; warnings: unknown[] }>();
    expect(r).toMatchObject({ caseId: 'counter-queue', title: '排队的王先生', label: '本行案例 1', created: true });
    // Again: the same story, nothing new.
    const again = await publish({ caseFile: 'counter-queue.ink', files: newCaseSources() });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ storyHash: r.storyHash, created: false });

    // The game's own reader accepts the index; the new case is listed after the deck's.
    const index = parseContentIndex((await t.app.inject('/content/index.json')).json()).index;
    expect(index.cases.length).toBe(before.cases.length + 1);
    const entry = index.cases.at(-1);
    expect(entry?.meta.id).toBe('counter-queue');
    expect(entry?.hash).toBe(r.storyHash);
    const story = await t.app.inject(`/content/${entry?.story ?? ''}`);
    expect(story.statusCode).toBe(200);
    const map = await t.app.inject(`/content/${entry?.map ?? ''}`);
    expect(map.statusCode).toBe(200);
    expect(map.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(map.body).toContain('<svg');
    // The build's cases are still served from the build.
    const first = before.cases[0];
    expect((await t.app.inject(`/content/${first?.story ?? ''}`)).statusCode).toBe(200);
    expect((await t.app.inject('/content/cases/0123456789abcdef.json')).statusCode).toBe(404);
    expect((await t.app.inject('/api/cases')).json<{ cases: { caseId: string }[] }>().cases.map((c) => c.caseId)).toContain('counter-queue');

    // A trainee plays it: the server verifies the path against the story it stored.
    const meta = readCaseMetaFromJson(story.body, catalogue).meta;
    if (meta === null) throw new Error('no meta');
    const compiled: CompiledCase = { meta, hash: r.storyHash, json: story.body, knots: entry?.knots ?? {} };
    const published: TestCase = { compiled, catalogue };
    const who = await register(t.app, '吴九', 'east-lake');
    const played = await play(t.app, who, published, (seed) => bestPath(published, seed));
    expect(played.status).toBe(201);
    expect(played.body).toMatchObject({ caseId: 'counter-queue', storyHash: r.storyHash });
    const board = (await t.app.inject({ url: `/api/boards/cases/${r.storyHash}`, headers: who.auth })).json<{ mine: { name: string } | null }>();
    expect(board.mine?.name).toBe('吴九');
  });

  it('lists a new version in its case id’s place (a fresh board), and refuses another case’s number', async () => {
    const v1 = (await t.app.inject('/api/cases')).json<{ cases: { caseId: string; storyHash: string }[] }>().cases.find((c) => c.caseId === 'counter-queue');
    const res = await publish({ caseFile: 'counter-queue.ink', files: newCaseSources('counter-queue', '排队的王先生（修订）') });
    expect(res.statusCode).toBe(201);
    const v2 = res.json<{ storyHash: string }>().storyHash;
    expect(v2).not.toBe(v1?.storyHash);
    const listed = (await t.app.inject('/api/cases')).json<{ cases: { caseId: string; storyHash: string }[] }>().cases.filter((c) => c.caseId === 'counter-queue');
    expect(listed).toEqual([expect.objectContaining({ storyHash: v2 })]);
    expect((await t.app.inject(`/api/boards/cases/${v2}`)).json<{ top: unknown[] }>().top).toEqual([]);

    const clash = await publish({ caseFile: 'another-case.ink', files: newCaseSources('another-case', '另一个案例') });
    expect(clash.statusCode).toBe(422);
    expect(clash.json()).toMatchObject({ error: 'case-number' });
  });

  it('takes a published version off the board: a case of the build’s goes back to the build’s version', async () => {
    const build = casesOf(dist).cases.find((c) => c.compiled.meta.id === 'angry-customer') as TestCase;
    const files = newCaseSources('angry-customer', '客户在营业厅发火（工作室版）');
    // A bank's own version under the deck case's id (本行案例 N does not clash with 案例 N).
    files['angry-customer.ink'] = (files['angry-customer.ink'] ?? '').replace(/^# number: .*$/m, `# number: ${build.compiled.meta.number}`).replace(/^# origin: .*$/m, '# origin: bank');
    const res = await publish({ caseFile: 'angry-customer.ink', files });
    const listed = async (): Promise<string | undefined> => (await t.app.inject('/api/cases')).json<{ cases: { caseId: string; storyHash: string }[] }>().cases.find((c) => c.caseId === 'angry-customer')?.storyHash;
    expect(res.statusCode, res.body).toBe(201);
    expect(await listed()).toBe(res.json<{ storyHash: string }>().storyHash);
    const off = await t.app.inject({ method: 'DELETE', url: '/api/admin/cases/angry-customer', headers: admin });
    expect(off.json()).toEqual({ caseId: 'angry-customer', now: 'build' });
    expect(await listed()).toBe(build.compiled.hash);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/admin/cases/counter-queue', headers: admin })).json()).toEqual({ caseId: 'counter-queue', now: 'none' });
    expect((await t.app.inject('/content/index.json')).json<{ cases: { meta: { id: string } }[] }>().cases.map((c) => c.meta.id)).not.toContain('counter-queue');
    expect((await t.app.inject({ method: 'DELETE', url: '/api/admin/cases/counter-queue', headers: admin })).json()).toMatchObject({ error: 'not-published' });
    expect((await t.app.inject({ method: 'DELETE', url: '/api/admin/cases/Bad%20Id', headers: admin })).json()).toMatchObject({ error: 'invalid-body' });
  });
});
