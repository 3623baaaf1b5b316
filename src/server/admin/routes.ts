/**
 * The organisers' routes under /api/admin/… (admin session required, see auth.ts), the public
 * competition routes under /api/competitions/…, and the content index served with published
 * cases (content/index.json and the files it names). Registered by app.ts.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Boards } from '../boards';
import { Competitions, STATE_NAMES, type Competition } from '../competitions';
import type { CaseStore, LoadedContent } from '../content';
import { toCsv } from '../csv';
import type { Database } from '../db/schema';
import { ApiError } from '../errors';
import { FailedSignIns } from '../failedSignIns';
import { checkPin, cleanName, type Player } from '../players';
import { hashPin } from '../pin';
import type { CheckPool } from '../publish/pool';
import { currentIndex, publishCase, PublishRefused } from '../publish/publish';
import * as S from '../schemas';
import { localTime, zoneLabel } from '../timeZone';
import type { AdminAuth } from './auth';
import * as A from './schemas';

export interface AdminDeps {
  readonly db: Kysely<Database>;
  readonly auth: AdminAuth;
  readonly competitions: Competitions;
  readonly boards: Boards;
  readonly cases: CaseStore;
  readonly content: LoadedContent;
  readonly checkPool: CheckPool;
  readonly now: () => Date;
  /** The signed-in trainee, or null (the app's own reader of bearer tokens). */
  readonly viewer: (req: FastifyRequest) => Promise<Player | null>;
  readonly limits: { readonly login: number; readonly admin: number; readonly windowMs: number };
  /** IANA zone for the times in CSV exports (timeZone.ts). */
  readonly timeZone: string;
}

/** The largest publish body: a case and its includes (the deck's longest case is ~26 KB). */
export const PUBLISH_BODY_LIMIT = 1024 * 1024;

const errors = { 400: S.ErrorReply, 401: S.ErrorReply, 403: S.ErrorReply, 404: S.ErrorReply, 409: S.ErrorReply, 422: S.ErrorReply, 429: S.ErrorReply };

/** A CSV download: the file name in ASCII and in UTF-8 (RFC 6266), never cached. */
function sendCsv(reply: FastifyReply, name: string, asciiName: string, csv: string): FastifyReply {
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .header('cache-control', 'no-store')
    .send(csv);
}

export function registerAdminRoutes(app: FastifyInstance, d: AdminDeps): void {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  // Wrong credentials per client address: RATE_LIMIT_LOGIN a minute; a right one is not counted.
  const failures = new FailedSignIns(d.db, 'admin sign-in failures', d.limits.login, d.limits.windowMs, d.now);
  const adminLimit = { rateLimit: { max: d.limits.admin, timeWindow: d.limits.windowMs } };
  // Checked on arrival, before the body is read or validated: without an admin session nothing else is looked at.
  const admin = { config: adminLimit, onRequest: async (req: FastifyRequest) => d.auth.require(req) };

  // ---- Sign-in -------------------------------------------------------------------------
  typed.post('/api/admin/login', { schema: { body: A.AdminLoginBody, response: { 200: A.AdminLoginReply, ...errors } } }, async (req) =>
    failures.attempt(req.ip, () => d.auth.login(req.body.credential)),
  );

  // ---- Competitions ----------------------------------------------------------------------
  typed.get('/api/admin/competitions', { ...admin, schema: { response: { 200: A.CompetitionsReply, ...errors } } }, async () => ({ competitions: await d.competitions.list(true) }));
  typed.post('/api/admin/competitions', { ...admin, schema: { body: A.CompetitionBody, response: { 201: A.CompetitionReply, ...errors } } }, async (req, reply) =>
    reply.code(201).send(await d.competitions.create(req.body)),
  );
  typed.post('/api/admin/competitions/:id/open', { ...admin, schema: { params: A.CompetitionId, response: { 200: A.CompetitionReply, ...errors } } }, async (req) => d.competitions.open(req.params.id));
  typed.post('/api/admin/competitions/:id/close', { ...admin, schema: { params: A.CompetitionId, response: { 200: A.CompetitionReply, ...errors } } }, async (req) => d.competitions.close(req.params.id));
  typed.post('/api/admin/competitions/:id/branches', { ...admin, schema: { params: A.CompetitionId, body: A.RegisterBody, response: { 200: A.CompetitionReply, ...errors } } }, async (req) =>
    d.competitions.registerBranches(req.params.id, req.body.branches),
  );
  typed.get('/api/admin/competitions/:id/results', { ...admin, schema: { params: A.CompetitionId, response: { 200: A.ResultsReply, ...errors } } }, async (req) =>
    d.competitions.results(await d.competitions.require(req.params.id, true)),
  );
  typed.get('/api/admin/competitions/:id/results.csv', { ...admin, schema: { params: A.CompetitionId, response: errors } }, async (req, reply) => {
    const c = await d.competitions.require(req.params.id, true);
    return sendCsv(reply, `${c.title}-成绩.csv`, `competition-${c.id.slice(0, 8)}.csv`, competitionCsv(c, await d.competitions.results(c), d.timeZone));
  });

  // ---- Case boards as CSV (every player, for organisers) -----------------------------------
  typed.get('/api/admin/boards/cases/:storyHash.csv', { ...admin, schema: { params: S.StoryParams, response: errors } }, async (req, reply) => {
    const story = await d.cases.get(req.params.storyHash);
    if (story === null) throw new ApiError(404, 'unknown-story', '服务器上没有这个版本的案例');
    const rows = await d.boards.ranking(story.storyHash, null);
    const csv = toCsv(
      ['名次', '姓名', '支行代码', '支行', '最好成绩', `达到时间（${zoneLabel(d.timeZone)}）`],
      rows.map((r, i) => [i + 1, r.name, r.branch_code, r.branch_name, r.value, localTime(r.at, d.timeZone)]),
    );
    return sendCsv(reply, `${story.title}-排行.csv`, `case-${story.caseId}-${story.storyHash}.csv`, csv);
  });

  // ---- Branches and players ------------------------------------------------------------------
  typed.put('/api/admin/branches/:code', { ...admin, schema: { params: A.BranchParams, body: A.BranchBody, response: { 200: A.BranchReply, 201: A.BranchReply, ...errors } } }, async (req, reply) => {
    const name = req.body.name.normalize('NFC').trim();
    const region = req.body.region.normalize('NFC').trim();
    if (name.length === 0 || /[\p{Cc}\p{Cf}<>]/u.test(name + region)) throw new ApiError(400, 'invalid-name', '支行名称不能为空，不能含 < > 或控制字符');
    const before = await d.db.selectFrom('branches').select('code').where('code', '=', req.params.code).executeTakeFirst();
    const stamp = d.now().toISOString();
    await d.db
      .insertInto('branches')
      .values({ code: req.params.code, name, region, updated_at: stamp, edited_by_admin: 1 })
      .onConflict((oc) => oc.column('code').doUpdateSet({ name, region, updated_at: stamp, edited_by_admin: 1 }))
      .execute();
    return reply.code(before === undefined ? 201 : 200).send({ code: req.params.code, name, region, created: before === undefined });
  });
  typed.post('/api/admin/players/pin', { ...admin, schema: { body: A.PinResetBody, response: { 200: A.PinResetReply, ...errors } } }, async (req) => {
    const name = cleanName(req.body.name);
    const pin = checkPin(req.body.pin);
    const p = await d.db.selectFrom('players').select(['id', 'name', 'branch_code']).where('branch_code', '=', req.body.branch).where('name', '=', name).executeTakeFirst();
    if (p === undefined) throw new ApiError(404, 'unknown-player', '这个支行没有这个学员');
    const pinHash = await hashPin(pin);
    // The new PIN and the end of every old sign-in, together.
    const ended = await d.db.transaction().execute(async (tx) => {
      await tx.updateTable('players').set({ pin_hash: pinHash }).where('id', '=', p.id).execute();
      const r = await tx.deleteFrom('sessions').where('player_id', '=', p.id).executeTakeFirst();
      return Number(r.numDeletedRows);
    });
    return { playerId: p.id, name: p.name, branch: p.branch_code, sessionsEnded: ended };
  });

  // ---- Publishing from the Studio --------------------------------------------------------------
  typed.post(
    '/api/admin/cases',
    { ...admin, bodyLimit: PUBLISH_BODY_LIMIT, schema: { body: A.PublishBody, response: { 200: A.PublishReply, 201: A.PublishReply, ...errors, 422: A.PublishRefusedReply } } },
    async (req, reply) => {
      const publisher = req.body.publisher?.normalize('NFC').trim().replace(/[\p{Cc}\p{Cf}<>]/gu, '') ?? '';
      try {
        const r = await publishCase(d.db, d.checkPool, d.content, { files: req.body.files, caseFile: req.body.caseFile, publisher: `studio${publisher === '' ? '' : `:${publisher}`}` }, d.now().toISOString());
        return await reply.code(r.created ? 201 : 200).send(r);
      } catch (e) {
        if (e instanceof PublishRefused) return reply.code(422).send({ error: e.reason, message: e.message, findings: e.findings });
        throw e;
      }
    },
  );

  typed.delete('/api/admin/cases/:caseId', { ...admin, schema: { params: A.CaseIdParams, response: { 200: A.UnlistReply, ...errors } } }, async (req) => {
    const r = await d.db.deleteFrom('case_listing').where('case_id', '=', req.params.caseId).executeTakeFirst();
    if (Number(r.numDeletedRows) === 0) throw new ApiError(404, 'not-published', '这个案例没有从工作室发布过的版本');
    const inBuild = d.content.index.cases.some((c) => c.meta.id === req.params.caseId && d.content.current.includes(c.hash));
    return { caseId: req.params.caseId, now: inBuild ? ('build' as const) : ('none' as const) };
  });

  // ---- Public: competitions ---------------------------------------------------------------------
  typed.get('/api/competitions', { schema: { response: { 200: A.CompetitionsReply } } }, async () => ({ competitions: await d.competitions.list(false) }));
  typed.get('/api/competitions/:id/branches', { schema: { params: A.CompetitionId, response: { 200: S.BranchBoardReply, ...errors } } }, async (req) => {
    const me = await d.viewer(req);
    return d.competitions.branchBoard(await d.competitions.require(req.params.id, false), me?.branch ?? null);
  });
  typed.get('/api/competitions/:id/players', { schema: { params: A.CompetitionId, response: { 200: A.CompetitionPlayersReply, ...errors } } }, async (req) => {
    const me = await d.viewer(req);
    return d.competitions.playerBoard(await d.competitions.require(req.params.id, false), me?.id ?? null);
  });

  // ---- The content index with published cases ----------------------------------------------------
  typed.get('/content/index.json', async (_req, reply) => reply.header('cache-control', 'no-cache').type('application/json; charset=utf-8').send(JSON.stringify(await currentIndex(d.db, d.content))));
  typed.get('/content/cases/:file', async (req, reply) => {
    const file = (req.params as { file: string }).file;
    const m = /^([0-9a-f]{16})\.json$/.exec(file);
    const row = m?.[1] === undefined ? undefined : await d.db.selectFrom('published_cases').select('story_json').where('story_hash', '=', m[1]).executeTakeFirst();
    if (row === undefined) return reply.sendFile(`content/cases/${file}`);
    return reply.type('application/json; charset=utf-8').send(row.story_json);
  });
  typed.get('/content/maps/:file', async (req, reply) => {
    const file = (req.params as { file: string }).file;
    const m = /^([0-9a-f]{16})\.svg$/.exec(file);
    const row = m?.[1] === undefined ? undefined : await d.db.selectFrom('published_cases').select('map_svg').where('story_hash', '=', m[1]).executeTakeFirst();
    if (row?.map_svg == null) return reply.sendFile(`content/maps/${file}`);
    return reply.type('image/svg+xml').send(row.map_svg);
  });
}

/** The competition's results as a spreadsheet: branches first, then every player; times in `timeZone`. */
export function competitionCsv(c: Competition, r: Awaited<ReturnType<Competitions['results']>>, timeZone: string): string {
  const at = (iso: string): string => localTime(iso, timeZone);
  const rows: (string | number | null)[][] = [
    ['竞赛', c.title, '', '', '', '', ''],
    [`时间（${zoneLabel(timeZone)}）`, `${at(c.opensAt)} 至 ${at(c.closesAt)}`, '', '', '', '', ''],
    ['状态', STATE_NAMES[c.state], '', '', '', '', ''],
    ['排名规则', `各支行成员在竞赛时间内每个案例的第一次练习成绩的平均分；至少 ${c.minPlayers} 人参加才排名${c.requireOnline ? '；只计在线练习' : ''}`, '', '', '', '', ''],
    [],
    ['支行名次', '支行代码', '支行', '片区', '平均分', '参加人数', '计入次数'],
    ...r.branches.map((b) => [b.rank ?? '未排名', b.code, b.name, b.region, b.mean, b.participants, b.attempts]),
    [],
    ['个人名次', '姓名', '支行代码', '支行', '总分', '计入案例数', `达到时间（${zoneLabel(timeZone)}）`],
    ...r.players.map((p) => [p.rank, p.name, p.branch, p.branchName, p.total, p.cases, at(p.at)]),
  ];
  const [header, ...body] = rows;
  return toCsv((header ?? []).map(String), body);
}
