/**
 * Builds the server: the built game (dist/) and the API on one Fastify instance. Nothing listens
 * here (main.ts does); tests call buildApp() and use app.inject() or listen on port 0.
 *
 * Security: helmet with a strict content-security policy (scripts and styles only from this
 * origin), CORS closed unless origins are configured, rate limits on sign-in and register (per
 * account, and per address over all accounts), start and submit (per trainee), counted in the
 * database so they hold across processes, bodies capped at BODY_LIMIT,
 * schemas on every route with no extra fields and no type coercion, and no stack trace or
 * internal message in any answer (500s are logged, not shown).
 */
import { createHash } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { AdminAuth } from './admin/auth';
import { registerAdminRoutes } from './admin/routes';
import { Attempts } from './attempts';
import { Boards } from './boards';
import { loadBranches } from './branches';
import { Competitions } from './competitions';
import { CaseStore, publishBuildContent, type LoadedContent } from './content';
import { migrate, type DatabaseHandle } from './db/connect';
import { createWriter } from './db/writer';
import { ApiError, tooManyRequests } from './errors';
import { cleanTraineeName } from '../core';
import { Players, type Player } from './players';
import { databaseRateLimitStore } from './rateLimitStore';
import { DEFAULT_TIME_ZONE } from './timeZone';
import { createCheckPool } from './publish/pool';
import { currentStories } from './publish/publish';
import { createReplayPool, type ReplayPool } from './replay/pool';
import * as S from './schemas';

/** The largest request body accepted (a 150-choice path is under 1 KB). */
export const BODY_LIMIT = 16 * 1024;

export interface RateLimits {
  /**
   * Sign-ins and registrations per window per trainee account (branch + name), from anywhere:
   * what stops a PIN being guessed. The admin sign-in counts this per client address.
   */
  readonly login: number;
  /**
   * Sign-ins and registrations per window per client address, over all accounts (against
   * sweeping many accounts); default 300, enough for a training room behind one address.
   */
  readonly loginAddress?: number;
  /** Attempt starts and submissions per window per signed-in trainee (per address without a sign-in). */
  readonly play: number;
  /** … for admin routes other than the admin sign-in (which counts as `login`); default 120. */
  readonly admin?: number;
  readonly windowMs: number;
}

export interface AppOptions {
  readonly database: DatabaseHandle;
  /** The built game: index.html, assets and content/index.json. */
  readonly distDir: string;
  /** The organisation's branch file (public/config/branches.json format). */
  readonly branchesFile: string;
  /** Origins allowed to call the API from other sites; empty: none (CORS closed). */
  readonly corsOrigins?: readonly string[];
  readonly rateLimits?: RateLimits;
  /** Members with a first attempt a branch needs before it is ranked. */
  readonly branchMinPlayers?: number;
  readonly replayThreads?: number;
  readonly now?: () => Date;
  readonly logger?: boolean | { readonly level: string };
  /** Trust X-Forwarded-For from a proxy in front (for rate limits by client address). */
  readonly trustProxy?: boolean;
  /** The organisers' credential (ADMIN_TOKEN); absent or null: admin routes answer 403 'admin-disabled'. */
  readonly adminToken?: string | null;
  /** The organisation's IANA zone for times in CSV exports (timeZone.ts); default Asia/Shanghai. */
  readonly timeZone?: string;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { login: 10, loginAddress: 300, play: 60, windowMs: 60_000 };
export const DEFAULT_BRANCH_MIN_PLAYERS = 3;

export interface App {
  readonly app: FastifyInstance;
  readonly content: LoadedContent;
}

/**
 * Reason codes and Chinese messages for refusals that Fastify, its plugins or Node raise
 * themselves (not an ApiError): every error body is `{ error, message }` (README, Reason codes).
 */
const FRAMEWORK_REFUSALS: Readonly<Record<number, { readonly error: string; readonly message: string }>> = {
  400: { error: 'bad-request', message: '请求格式不对，请刷新页面后重试' },
  404: { error: 'not-found', message: '没有这个地址' },
  405: { error: 'method-not-allowed', message: '这个地址不支持这种请求方式' },
  406: { error: 'not-acceptable', message: '服务器无法按要求的格式回答' },
  408: { error: 'request-timeout', message: '请求发送得太慢，已停止等待，请重试' },
  411: { error: 'length-required', message: '请求缺少长度信息' },
  413: { error: 'body-too-large', message: '请求太大' },
  414: { error: 'url-too-long', message: '请求的地址太长' },
  415: { error: 'unsupported-media-type', message: '请求内容的格式不受支持（只接受 JSON）' },
  416: { error: 'range-not-satisfiable', message: '请求的文件范围不对' },
  429: { error: 'rate-limited', message: '请求太频繁，请稍后再试' },
  431: { error: 'headers-too-large', message: '请求头太大（登录信息或网站数据过长），请清除浏览器数据后重试' },
};

/** The refusal for a status Fastify or a plugin chose; an unlisted 4xx is a plain bad request. */
export function frameworkRefusal(status: number): { readonly status: number; readonly error: string; readonly message: string } {
  // A static file the file system refuses to look up (a name too long for it, ENAMETOOLONG, is a
  // 403 from @fastify/static's `send`) is, to the client, simply not there.
  const fitting = status === 403 ? 404 : status;
  const known = FRAMEWORK_REFUSALS[fitting];
  return known === undefined ? { status: 400, ...(FRAMEWORK_REFUSALS[400] as { error: string; message: string }) } : { status: fitting, ...known };
}

/**
 * A schema refusal in Chinese, whatever Ajv said (its English never reaches a client). A path
 * parameter that cannot be a competition id is that competition's absence (404
 * 'unknown-competition'); every other one is 400 'invalid-body', saying which part was wrong.
 */
export function validationRefusal(context: string | undefined, validation: unknown): { readonly status: number; readonly error: string; readonly message: string } {
  const first = Array.isArray(validation) ? (validation[0] as { instancePath?: unknown; params?: { missingProperty?: unknown } } | undefined) : undefined;
  const field = typeof first?.instancePath === 'string' && first.instancePath !== '' ? first.instancePath.replace(/^\//, '').split('/')[0] : typeof first?.params?.missingProperty === 'string' ? first.params.missingProperty : '';
  if (context === 'params') {
    if (field === 'id') return { status: 404, error: 'unknown-competition', message: '没有这个竞赛' };
    const what = field === 'storyHash' ? '案例版本' : field === 'principle' ? '原则' : field === 'code' ? '支行代码' : field === 'caseId' ? '案例编号' : '编号';
    return { status: 400, error: 'invalid-body', message: `地址里的${what}格式不对` };
  }
  if (context === 'querystring') return { status: 400, error: 'invalid-body', message: '查询条件格式不对，请刷新页面后重试' };
  if (context === 'headers') return { status: 400, error: 'invalid-body', message: '请求头格式不对，请刷新页面后重试' };
  return { status: 400, error: 'invalid-body', message: '提交的内容格式不对（缺少必填项、多了不该有的项，或某项的类型、长度不符），请刷新页面后重试' };
}

/** Builds the app: migrates the database, loads branches and publishes the build's cases. */
export async function buildApp(options: AppOptions): Promise<App> {
  const now = options.now ?? ((): Date => new Date());
  const { db } = options.database;
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  await migrate(db);
  const stamp = now().toISOString();
  await loadBranches(db, options.branchesFile, stamp);
  const content = await publishBuildContent(db, options.distDir, stamp);
  const pool: ReplayPool = createReplayPool(options.replayThreads);
  const cases = new CaseStore(db);
  const players = new Players(db, now);
  const writer = createWriter(db, options.database.dialect);
  const attempts = new Attempts(db, cases, pool, now, writer);
  const boards = new Boards(db, options.branchMinPlayers ?? DEFAULT_BRANCH_MIN_PLAYERS);
  const checkPool = createCheckPool();
  /** The cases on the board now: the build's, with versions published from the Studio in their place. */
  const current = (): Promise<string[]> => currentStories(db, content);

  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // Refuse rather than repair: no coercion ("1" is not 1), no silent removal of extra fields.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false } },
    // What Fastify answers before any route runs: a URL that does not decode (`%ZZ`), a
    // parameter over its length. Its own bodies are in English and lack a reason code.
    frameworkErrors: (err, _req, reply) => {
      const r = err.code === 'FST_ERR_MAX_PARAM_LENGTH' ? frameworkRefusal(414) : { status: 400, error: 'bad-url', message: '请求的地址格式不对' };
      (reply as FastifyReply).code(r.status).send({ error: r.error, message: r.message });
    },
    // Refusals Node's HTTP parser raises before Fastify sees a request (headers over 16 KB, a
    // malformed request line, a client too slow): the same JSON shape, written on the socket.
    clientErrorHandler: (err, socket) => {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const r = frameworkRefusal(err.code === 'HPE_HEADER_OVERFLOW' ? 431 : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400);
      const body = JSON.stringify({ error: r.error, message: r.message });
      if (socket.writable) socket.write(`HTTP/1.1 ${r.status} ${STATUS_CODES[r.status] ?? r.error}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`);
      socket.destroy(err);
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setErrorHandler((err: unknown, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.statusCode).send({ error: err.reason, message: err.message });
    const e = err as { statusCode?: number; validation?: unknown; message?: string; code?: string };
    if (e.validation !== undefined) {
      const r = validationRefusal((err as { validationContext?: string }).validationContext, e.validation);
      return reply.code(r.status).send({ error: r.error, message: r.message });
    }
    const status = e.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') return reply.code(400).send({ error: 'malformed-json', message: '提交的内容不是有效的 JSON' });
      const r = frameworkRefusal(status);
      return reply.code(r.status).send({ error: r.error, message: r.message });
    }
    req.log.error({ err }, 'request failed');
    return reply.code(500).send({ error: 'internal', message: '服务器出错了，请稍后再试' });
  });
  // JSON only: Fastify also parses text/plain by default, which a cross-site form may send
  // without a preflight. Every API body is JSON, so anything else is 415 unsupported-media-type.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'not-found', message: '没有这个地址' }));

  // helmet's headers, built once: @fastify/helmet builds helmet's middleware again for every
  // request (its options parsed and validated each time: 5 % of the server's time under load,
  // npm run bench:server, and garbage the heap grew on).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        mediaSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.addHook('onRequest', (req, reply, done) => {
    securityHeaders(req.raw, reply.raw, (err?: unknown) => {
      done(err instanceof Error ? err : undefined);
    });
  });
  // The trainers' Studio page alone allows inline styles: its editor (CodeMirror) styles itself
  // with <style> elements. The trainee game keeps the strict policy.
  app.addHook('onSend', async (req, reply) => {
    if (/^\/studio(\.html)?(\?|$)/.test(req.url)) {
      const csp = reply.getHeader('content-security-policy');
      if (typeof csp === 'string') reply.header('content-security-policy', csp.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"));
    }
  });
  await app.register(cors, { origin: options.corsOrigins !== undefined && options.corsOrigins.length > 0 ? [...options.corsOrigins] : false });
  const RateLimitStore = databaseRateLimitStore(db, now, writer);
  await app.register(rateLimit, {
    global: false,
    store: RateLimitStore,
    // How long to wait, in whole seconds (the window's rest), so a trainee knows when to try again.
    errorResponseBuilder: (_req, context) => tooManyRequests(context.ttl),
  });

  /** The signed-in player (Authorization: Bearer <token>), or null. */
  const viewer = async (req: FastifyRequest): Promise<Player | null> => {
    const auth = req.headers.authorization;
    if (auth === undefined) return null;
    const m = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(auth);
    if (m?.[1] === undefined) throw new ApiError(401, 'not-signed-in', '登录信息无效，请重新登录');
    const p = await players.bySession(m[1]);
    if (p === null) throw new ApiError(401, 'not-signed-in', '登录已过期，请重新登录');
    return p;
  };
  const signedIn = async (req: FastifyRequest): Promise<Player> => {
    const p = await viewer(req);
    if (p === null) throw new ApiError(401, 'not-signed-in', '请先登录');
    return p;
  };
  // Limits count per trainee, not per address: a branch's training room signs in and plays from
  // behind one address. Keys are prefixed by kind (the store adds the route).
  const byAccount = (req: FastifyRequest): string => {
    const body = req.body as { name?: unknown; branch?: unknown };
    const name = typeof body.name === 'string' ? body.name : '';
    const account = `${typeof body.branch === 'string' ? body.branch : ''}|${cleanTraineeName(name) ?? name}`;
    return `account|${createHash('sha256').update(account).digest('base64url')}`;
  };
  const byTrainee = (req: FastifyRequest): string => {
    const auth = req.headers.authorization;
    // The token's hash, never the token itself, goes into the counters' table.
    return auth === undefined ? `address|${req.ip}` : `trainee|${createHash('sha256').update(auth).digest('base64url')}`;
  };
  // The account is in the body: counted once the body is read and valid (preHandler).
  const loginLimit = { rateLimit: { max: limits.login, timeWindow: limits.windowMs, hook: 'preHandler' as const, keyGenerator: byAccount } };
  // The plugin applies one limit per request, so the cap per address over all accounts counts in
  // the same database store here, before the body is read.
  const addressCounts = new RateLimitStore('sign-ins per address');
  const signInsFromAddress = async (req: FastifyRequest): Promise<void> => {
    const { current, ttl } = await new Promise<{ current: number; ttl: number }>((resolve, reject) => {
      addressCounts.incr(req.ip, (e, r) => (e === null && r !== undefined ? resolve(r) : reject(e ?? new Error('rate-limit store gave no count'))), limits.windowMs, limits.loginAddress ?? 300);
    });
    if (current > (limits.loginAddress ?? 300)) throw tooManyRequests(ttl);
  };
  const playLimit = { rateLimit: { max: limits.play, timeWindow: limits.windowMs, keyGenerator: byTrainee } };
  const errors = { 400: S.ErrorReply, 401: S.ErrorReply, 403: S.ErrorReply, 404: S.ErrorReply, 409: S.ErrorReply, 422: S.ErrorReply, 429: S.ErrorReply };

  app.get('/api/health', { schema: { response: { 200: S.HealthReply } } }, () => ({ ok: true as const }));

  app.get('/api/branches', { schema: { response: { 200: S.BranchesReply } } }, async () => ({
    branches: (await db.selectFrom('branches').select(['code', 'name', 'region']).orderBy('code').execute()),
  }));

  app.get('/api/cases', { schema: { response: { 200: S.CasesReply } } }, async () => {
    const hashes = await current();
    const found = hashes.length === 0 ? [] : await db.selectFrom('published_cases').select(['story_hash', 'case_id', 'number', 'title', 'catalogue_hash']).where('story_hash', 'in', hashes).execute();
    const rows = hashes.map((h) => found.find((r) => r.story_hash === h)).filter((r) => r !== undefined);
    return { cases: rows.map((r) => ({ storyHash: r.story_hash, caseId: r.case_id, number: r.number, title: r.title, catalogueHash: r.catalogue_hash })) };
  });

  const signedInReply = (p: { id: string; name: string; branch: string; token: string }) => ({ playerId: p.id, name: p.name, branch: p.branch, token: p.token });
  app.post('/api/players', { config: loginLimit, onRequest: signInsFromAddress, schema: { body: S.Credentials, response: { 201: S.SignedInReply, ...errors } } }, async (req, reply) => {
    const p = await players.register(req.body.name, req.body.branch, req.body.pin);
    return reply.code(201).send(signedInReply(p));
  });
  app.post('/api/login', { config: loginLimit, onRequest: signInsFromAddress, schema: { body: S.Credentials, response: { 200: S.SignedInReply, ...errors } } }, async (req) =>
    signedInReply(await players.login(req.body.name, req.body.branch, req.body.pin)),
  );

  app.post('/api/attempts', { config: playLimit, schema: { body: S.StartBody, response: { 201: S.StartReply, ...errors } } }, async (req, reply) => {
    const started = await attempts.start(await signedIn(req), req.body.caseId, req.body.storyHash);
    return reply.code(201).send(started);
  });
  app.post('/api/submissions', { config: playLimit, schema: { body: S.SubmitBody, response: { 200: S.ResultReply, 201: S.ResultReply, ...errors } } }, async (req, reply) => {
    const { attemptId, ...s } = req.body;
    const r = await attempts.submit(await signedIn(req), attemptId, s);
    return reply.code(r.duplicate ? 200 : 201).send(r);
  });
  app.post('/api/submissions/offline', { config: playLimit, schema: { body: S.OfflineBody, response: { 200: S.ResultReply, 201: S.ResultReply, ...errors } } }, async (req, reply) => {
    const { seed, ...s } = req.body;
    const r = await attempts.submitOffline(await signedIn(req), seed, s);
    return reply.code(r.duplicate ? 200 : 201).send(r);
  });

  app.get('/api/boards/cases/:storyHash', { schema: { params: S.StoryParams, response: { 200: S.PlayerBoardReply, ...errors } } }, async (req) => {
    const me = await viewer(req);
    if ((await cases.get(req.params.storyHash)) === null) throw new ApiError(404, 'unknown-story', '服务器上没有这个版本的案例');
    return boards.playerBoard(req.params.storyHash, null, me?.id ?? null);
  });
  app.get('/api/boards/cases/:storyHash/principles/:principle', { schema: { params: S.PrincipleParams, response: { 200: S.PlayerBoardReply, ...errors } } }, async (req) => {
    const me = await viewer(req);
    if (!content.catalogue.principles.some((p) => p.id === req.params.principle)) throw new ApiError(404, 'unknown-principle', '没有这个原则');
    if ((await cases.get(req.params.storyHash)) === null) throw new ApiError(404, 'unknown-story', '服务器上没有这个版本的案例');
    return boards.playerBoard(req.params.storyHash, req.params.principle, me?.id ?? null);
  });
  app.get('/api/boards/branches', { schema: { querystring: S.BranchQuery, response: { 200: S.BranchBoardReply, ...errors } } }, async (req) => {
    const me = await viewer(req);
    const story = req.query.story;
    if (story !== undefined && (await cases.get(story)) === null) throw new ApiError(404, 'unknown-story', '服务器上没有这个版本的案例');
    return boards.branchBoard(story === undefined ? await current() : [story], me?.branch ?? null);
  });
  app.get('/api/me/record', { schema: { response: { 200: S.RecordReply, ...errors } } }, async (req) => {
    const me = await signedIn(req);
    const stories = await current();
    const rows = await boards.playerRecord(me.id, stories);
    const titles = new Map<string, { caseId: string; title: string }>();
    for (const h of stories) {
      const c = await cases.get(h);
      if (c !== null) titles.set(h, { caseId: c.caseId, title: c.title });
    }
    return { playerId: me.id, cases: rows.map((r) => ({ ...r, caseId: titles.get(r.storyHash)?.caseId ?? '', title: titles.get(r.storyHash)?.title ?? '' })) };
  });

  registerAdminRoutes(app, {
    db,
    auth: new AdminAuth(db, options.adminToken ?? null, now),
    competitions: new Competitions(db, now),
    boards,
    cases,
    content,
    checkPool,
    now,
    viewer,
    limits: { login: limits.login, admin: limits.admin ?? 120, windowMs: limits.windowMs },
    timeZone: options.timeZone ?? DEFAULT_TIME_ZONE,
  });

  // The game itself. Missing files are 404 (never index.html in their place).
  await app.register(fastifyStatic, { root: options.distDir, prefix: '/', index: ['index.html'], wildcard: true });

  app.addHook('onClose', async () => {
    await pool.close();
    await checkPool.close();
    await options.database.close();
  });
  return { app, content };
}
