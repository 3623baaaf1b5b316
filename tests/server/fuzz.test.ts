/**
 * 10,000 hostile bodies, generated deterministically (fast-check with a fixed seed), against every
 * POST route the app has (read from the app itself, so routes added later are fuzzed too). Each
 * body is broken on purpose in at least one way — an extra or missing field, a wrong type, a string
 * outside its pattern, a number out of range, a path that cannot be played, an unknown hash or
 * attempt, a foreign scoring version, garbage or non-object JSON, another content type, an
 * oversized body — so every answer must be a refusal: a 4xx with a reason code, never a 5xx and
 * never a success. Afterwards the server still answers and nothing was recorded.
 *
 * Through app.inject() (no sockets), on SQLite: the named attacks in attacks.test.ts run on both
 * databases.
 */
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCORING_VERSION } from '../../src/core';
import * as S from '../../src/server/schemas';
import { casesOf, makeApp, register, start, testDist, type Signed, type Started, type TestApp, type TestCase } from './harness';

const SEED = 20_261_129;
const BODIES = 10_000;
const BODY_LIMIT = 16 * 1024;

let t: TestApp;
let app: FastifyInstance;
let alice: Signed;
let cases: TestCase[];
const attempts: { c: TestCase; s: Started }[] = [];

beforeAll(async () => {
  const dist = testDist();
  cases = casesOf(dist).cases;
  // In memory: the fuzz is about answers, not durability (each rate-limit count is a write).
  t = await makeApp(dist, { sqliteFile: ':memory:' });
  app = t.app;
  alice = await register(app, '模糊测试', 'cbd');
  for (const c of cases) for (let i = 0; i < 3; i++) attempts.push({ c, s: await start(app, alice, c) });
});
afterAll(async () => {
  await t.close();
});

/**
 * The app's POST routes, read from Fastify's route tree (`printRoutes`): each line is
 * `<indent>├── <path segment> (METHODS)`, a child's path continuing its parent's.
 */
function postRoutes(a: FastifyInstance): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of a.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([^)]*)\))?/.exec(line);
    if (m === null) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    const path = `${stack[depth - 1] ?? ''}${m[2] ?? ''}`;
    stack.push(path);
    if ((m[3] ?? '').split(', ').includes('POST')) out.push(path);
  }
  return out;
}

type FieldSpec =
  | { readonly kind: 'pattern'; readonly re: RegExp }
  | { readonly kind: 'uuid' }
  | { readonly kind: 'name' }
  | { readonly kind: 'pin' }
  | { readonly kind: 'int'; readonly min: number; readonly max: number; readonly only?: number }
  | { readonly kind: 'path' };

const re = (schema: { pattern?: string }): RegExp => new RegExp(schema.pattern ?? '.*');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH: FieldSpec = { kind: 'pattern', re: re(S.StoryHash) };
const credentials: Record<string, FieldSpec> = { name: { kind: 'name' }, branch: { kind: 'pattern', re: re(S.BranchCode) }, pin: { kind: 'pin' } };
const submissionFields: Record<string, FieldSpec> = {
  caseId: { kind: 'pattern', re: re(S.CaseId) },
  storyHash: HASH,
  scoringVersion: { kind: 'int', min: 0, max: 1_000_000, only: SCORING_VERSION },
  catalogueHash: HASH,
  path: { kind: 'path' },
  idempotencyKey: { kind: 'pattern', re: re(S.IdempotencyKey) },
};
const SPECS: Record<string, Record<string, FieldSpec>> = {
  '/api/players': credentials,
  '/api/login': credentials,
  '/api/attempts': { caseId: submissionFields['caseId'] as FieldSpec, storyHash: HASH },
  '/api/submissions': { attemptId: { kind: 'uuid' }, ...submissionFields },
  '/api/submissions/offline': { seed: { kind: 'int', min: 1, max: 2 ** 31 - 1 }, ...submissionFields },
};

/** A valid body for a route (from one of Alice's open attempts); the fuzz then breaks it. */
function validBody(route: string, pick: number): Record<string, unknown> {
  const a = attempts[pick % attempts.length] as (typeof attempts)[number];
  const sub = { caseId: a.c.compiled.meta.id, storyHash: a.c.compiled.hash, scoringVersion: SCORING_VERSION, catalogueHash: a.s.catalogueHash, path: [0, 0], idempotencyKey: `fuzz-key-${pick}` };
  switch (route) {
    case '/api/players':
    case '/api/login':
      return { name: '模糊测试', branch: 'cbd', pin: '1234' };
    case '/api/attempts':
      return { caseId: a.c.compiled.meta.id, storyHash: a.c.compiled.hash };
    case '/api/submissions':
      return { attemptId: a.s.attemptId, ...sub };
    case '/api/submissions/offline':
      return { seed: a.s.seed, ...sub };
    default:
      return {};
  }
}

/** A value that is not valid for the field (by type, pattern, range or the route's own checks). */
function badValue(spec: FieldSpec): fc.Arbitrary<unknown> {
  const notString = fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }));
  const notInt = fc.oneof(fc.double().filter((d) => !Number.isInteger(d)), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
  const poison = fc.constantFrom('<', '>', "'", '"', ';', '\u0000', '\n', '\u202e', '\\', '/', '=', '(', ')');
  const spiked = fc.tuple(fc.string({ maxLength: 12 }), poison, fc.string({ maxLength: 12 })).map(([a, p, b]) => `${a}${p}${b}`);
  switch (spec.kind) {
    case 'pattern':
      return fc.oneof(notString, fc.string({ maxLength: 80 }).filter((s) => !spec.re.test(s)), spiked.filter((s) => !spec.re.test(s)));
    case 'uuid':
      return fc.oneof(notString, fc.string({ maxLength: 40 }).filter((s) => !UUID.test(s)), spiked);
    case 'name':
      return fc.oneof(notString, spiked, fc.constant(''), fc.string({ minLength: 41, maxLength: 60 }));
    case 'pin':
      return fc.oneof(notString, spiked, fc.constant(''), fc.string({ minLength: 17, maxLength: 30 }), fc.stringMatching(/^[0-9]{1,3}$/));
    case 'int':
      return fc.oneof(
        notInt,
        fc.integer({ min: -(2 ** 40), max: spec.min - 1 }),
        fc.integer({ min: spec.max + 1, max: 2 ** 40 }),
        ...(spec.only === undefined ? [] : [fc.integer({ min: spec.min, max: spec.max }).filter((n) => n !== spec.only)]),
      );
    case 'path':
      return fc.oneof(
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 })),
        fc.tuple(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 10 }), notInt, fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 10 })).map(([a, x, b]) => [...a, x, ...b]),
        fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 20 }).chain((a) => fc.integer({ min: 64, max: 2 ** 31 }).map((x) => [...a, x])),
        fc.array(fc.integer({ min: -100, max: -1 }), { minLength: 1, maxLength: 5 }),
        fc.constant(Array.from({ length: 151 }, () => 0)),
        // Schema-valid, never playable: no first choice point offers ten options.
        fc.tuple(fc.integer({ min: 10, max: 63 }), fc.array(fc.integer({ min: 0, max: 63 }), { maxLength: 30 })).map(([x, rest]) => [x, ...rest]),
      );
  }
}

interface Fuzzed {
  readonly route: string;
  readonly what: string;
  readonly payload: string;
  readonly headers: Record<string, string>;
}

const JSON_TYPE = { 'content-type': 'application/json' };

function fuzzFor(route: string): fc.Arbitrary<Fuzzed> {
  const spec = SPECS[route] ?? {};
  const fields = Object.keys(spec);
  const body = fc.nat(1000).map((pick) => validBody(route, pick));
  const as = (what: string, b: fc.Arbitrary<unknown>): fc.Arbitrary<{ what: string; value: unknown }> => b.map((value) => ({ what, value }));
  const broken: fc.Arbitrary<{ what: string; value: unknown }>[] = [
    as('extra field', fc.tuple(body, fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !(k in spec)), fc.jsonValue({ maxDepth: 2 })).map(([b, k, v]) => ({ ...b, [k]: v }))),
    as('random object', fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).filter((o) => fields.length === 0 || fields.some((f) => !(f in o)))),
    as('not an object', fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }), fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null))),
  ];
  if (fields.length > 0) {
    broken.push(
      as('missing field', fc.tuple(body, fc.constantFrom(...fields)).map(([b, k]) => Object.fromEntries(Object.entries(b).filter(([f]) => f !== k)))),
      as('bad field', fc.constantFrom(...fields).chain((k) => fc.tuple(body, badValue(spec[k] as FieldSpec)).map(([b, v]) => ({ ...b, [k]: v })))),
      as('two bad fields', fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...fields)).chain(([k1, k2]) => fc.tuple(body, badValue(spec[k1] as FieldSpec), badValue(spec[k2] as FieldSpec)).map(([b, v1, v2]) => ({ ...b, [k1]: v1, [k2]: v2 })))),
    );
  }
  // Schema-valid but refused by the server's own checks (unknown story or attempt, another case).
  if (route === '/api/attempts' || route === '/api/submissions/offline') {
    broken.push(as('unknown story', fc.tuple(body, fc.stringMatching(/^[0-9a-f]{16}$/).filter((h) => !cases.some((c) => c.compiled.hash === h))).map(([b, h]) => ({ ...b, storyHash: h }))));
  }
  if (route === '/api/submissions') {
    broken.push(as('unknown attempt', fc.tuple(body, fc.uuid()).map(([b, id]) => ({ ...b, attemptId: id }))));
  }
  if (route === '/api/players') {
    broken.push(as('unknown branch', fc.tuple(body, fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/).filter((b) => !['cbd', 'east-lake', 'railway', 'harbour'].includes(b))).map(([b, code]) => ({ ...b, branch: code }))));
  }
  const asJson: fc.Arbitrary<Fuzzed> = fc.oneof(...broken).map(({ what, value }) => ({ route, what, payload: JSON.stringify(value), headers: JSON_TYPE }));
  const raw: fc.Arbitrary<Fuzzed> = fc
    .oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.jsonValue({ maxDepth: 2 }).map((v) => `${JSON.stringify(v)}}`))
    .filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    })
    .map((payload) => ({ route, what: 'not JSON', payload, headers: JSON_TYPE }));
  const otherType: fc.Arbitrary<Fuzzed> = fc
    .tuple(body, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/html', 'application/octet-stream', 'application/jsonx'))
    .map(([b, type]) => ({ route, what: `as ${type}`, payload: JSON.stringify(b), headers: { 'content-type': type } }));
  const oversized: fc.Arbitrary<Fuzzed> = fc
    .tuple(body, fc.integer({ min: BODY_LIMIT + 1, max: 4 * BODY_LIMIT }))
    .map(([b, n]) => ({ route, what: 'oversized', payload: JSON.stringify({ ...b, pad: 'x'.repeat(n) }), headers: JSON_TYPE }));
  return fc.oneof({ arbitrary: asJson, weight: 14 }, { arbitrary: raw, weight: 2 }, { arbitrary: otherType, weight: 2 }, { arbitrary: oversized, weight: 1 });
}

it(`refuses ${BODIES} fuzzed bodies on every POST route with a 4xx and a reason code, never a 5xx`, async () => {
  const routes = postRoutes(app);
  expect(routes).toEqual(expect.arrayContaining(Object.keys(SPECS)));
  const auth = fc.constantFrom<Record<string, string>>(alice.auth, alice.auth, alice.auth, {}, { authorization: 'Bearer not-a-real-token-at-all-xxxxxxxx' });
  const all = fc.oneof(...routes.map((route) => fc.tuple(fuzzFor(route.replace(/:[^/]+/g, 'x')), auth)));
  const samples = fc.sample(all, { seed: SEED, numRuns: BODIES });
  const countRows = async (): Promise<number[]> => [
    Number((await t.database.db.selectFrom('attempts').select((eb) => eb.fn.countAll<number | string>().as('n')).where('status', '=', 'verified').executeTakeFirstOrThrow()).n),
    Number((await t.database.db.selectFrom('players').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()).n),
  ];
  const before = await countRows();

  const failures: string[] = [];
  const reasons = new Map<string, number>();
  for (const [f, headers] of samples) {
    const res = await app.inject({ method: 'POST', url: f.route, payload: f.payload, headers: { ...f.headers, ...headers } });
    let error: unknown;
    try {
      error = res.json<{ error?: unknown; message?: unknown }>().error;
    } catch {
      error = null;
    }
    const ok = res.statusCode >= 400 && res.statusCode < 500 && typeof error === 'string' && /^[a-z][a-z-]*$/.test(error);
    if (!ok) failures.push(`${f.route} (${f.what}) ${f.payload.slice(0, 200)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    else reasons.set(`${res.statusCode} ${String(error)}`, (reasons.get(`${res.statusCode} ${String(error)}`) ?? 0) + 1);
  }
  expect(samples).toHaveLength(BODIES);
  expect(failures.slice(0, 10)).toEqual([]);
  // The fuzz reached past the schema too: the server's own checks refused some of it.
  for (const r of ['400 invalid-body', '400 malformed-json', '413 body-too-large', '415 unsupported-media-type', '401 not-signed-in', '404 unknown-attempt', '404 unknown-story', '422 path-invalid', '400 invalid-name', '400 unknown-branch']) {
    expect(reasons.get(r) ?? 0, `${r} in ${JSON.stringify([...reasons])}`).toBeGreaterThan(0);
  }
  expect((await app.inject('/api/health')).statusCode).toBe(200);
  expect((await app.inject('/api/branches')).statusCode).toBe(200);
  expect(await countRows()).toEqual(before);
});
