/**
 * Request and response schemas (TypeBox): each is validated by Fastify and is the handler's
 * TypeScript type. Bodies allow no extra fields, so a client that sends its own score is refused.
 */
import { Type, type Static } from '@sinclair/typebox';
import type * as Core from '../core';
import { MAX_PATH_CHOICES } from './replay/verify';

const HASH = '^[0-9a-f]{16}$';
const strict = { additionalProperties: false } as const;

export const StoryHash = Type.String({ pattern: HASH });
export const CaseId = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });
export const BranchCode = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' });
/** Ink option indices: whole numbers, no more than a choice point could ever offer. */
export const ChoicePath = Type.Array(Type.Integer({ minimum: 0, maximum: 63 }), { maxItems: MAX_PATH_CHOICES });
/** A client-made key, unique per submission (a UUID fits). */
export const IdempotencyKey = Type.String({ pattern: '^[A-Za-z0-9_-]{8,64}$' });
export const AttemptId = Type.String({ format: 'uuid' });

export const Credentials = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 40 }), branch: BranchCode, pin: Type.String({ minLength: 1, maxLength: 16 }) },
  strict,
);
export const SignedInReply = Type.Object({ playerId: Type.String(), name: Type.String(), branch: Type.String(), token: Type.String() });

export const StartBody = Type.Object({ caseId: CaseId, storyHash: StoryHash }, strict);
export const StartReply = Type.Object({
  attemptId: Type.String(),
  seed: Type.Integer(),
  caseId: Type.String(),
  storyHash: Type.String(),
  catalogueHash: Type.String(),
  scoringVersion: Type.Integer(),
  first: Type.Boolean(),
});

const submissionFields = {
  caseId: CaseId,
  storyHash: StoryHash,
  scoringVersion: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  catalogueHash: StoryHash,
  path: ChoicePath,
  idempotencyKey: IdempotencyKey,
};
export const SubmitBody = Type.Object({ attemptId: AttemptId, ...submissionFields }, strict);
export const OfflineBody = Type.Object({ seed: Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 }), ...submissionFields }, strict);

const Breach = Type.Object({
  redline: Type.String(),
  ceiling: Type.String(),
  turn: Type.Integer(),
  via: Type.String(),
  meter: Type.Optional(Type.String()),
});
const PrincipleScore = Type.Object({ id: Type.String(), earned: Type.Number(), possible: Type.Number(), percent: Type.Union([Type.Integer(), Type.Null()]) });
export const ResultReply = Type.Object({
  attemptId: Type.String(),
  caseId: Type.String(),
  storyHash: Type.String(),
  catalogueHash: Type.String(),
  scoringVersion: Type.Integer(),
  seed: Type.Integer(),
  score: Type.Integer(),
  rawScore: Type.Integer(),
  grade: Type.String(),
  endingId: Type.String(),
  breaches: Type.Array(Breach),
  principles: Type.Array(PrincipleScore),
  first: Type.Boolean(),
  online: Type.Boolean(),
  submittedAt: Type.String(),
  duplicate: Type.Boolean(),
});

export const BoardEntrySchema = Type.Object({
  rank: Type.Integer(),
  name: Type.String(),
  branch: Type.String(),
  branchName: Type.String(),
  value: Type.Number(),
  at: Type.String(),
  me: Type.Boolean(),
});
export const PlayerBoardReply = Type.Object({
  storyHash: Type.String(),
  metric: Type.String(),
  top: Type.Array(BoardEntrySchema),
  mine: Type.Union([BoardEntrySchema, Type.Null()]),
  above: Type.Array(BoardEntrySchema),
});
export const BranchStandingSchema = Type.Object({
  code: Type.String(),
  name: Type.String(),
  region: Type.String(),
  rank: Type.Union([Type.Integer(), Type.Null()]),
  mean: Type.Union([Type.Number(), Type.Null()]),
  participants: Type.Integer(),
  attempts: Type.Integer(),
});
export const BranchBoardReply = Type.Object({
  rule: Type.Object({ id: Type.String(), minPlayers: Type.Integer() }),
  stories: Type.Array(Type.String()),
  top: Type.Array(BranchStandingSchema),
  mine: Type.Union([BranchStandingSchema, Type.Null()]),
  gapToNext: Type.Union([Type.Number(), Type.Null()]),
  next: Type.Union([BranchStandingSchema, Type.Null()]),
});
export const BranchQuery = Type.Object({ story: Type.Optional(StoryHash) }, strict);
export const RecordReply = Type.Object({
  playerId: Type.String(),
  cases: Type.Array(
    Type.Object({
      storyHash: Type.String(),
      caseId: Type.String(),
      title: Type.String(),
      best: Type.Union([Type.Integer(), Type.Null()]),
      first: Type.Union([Type.Integer(), Type.Null()]),
      attempts: Type.Integer(),
      rank: Type.Union([Type.Integer(), Type.Null()]),
    }),
  ),
});
export const ErrorReply = Type.Object({ error: Type.String(), message: Type.String() });

/** True when A and B are assignable both ways (readonly modifiers aside); never otherwise. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/**
 * The replies' schemas are the game's shapes (src/core/leaderboardApi.ts): a schema that drifts
 * from them stops the build here (`tsc -p tsconfig.server.json`).
 */
export const REPLIES_MATCH_THE_CORE: [
  Same<Static<typeof SignedInReply>, Core.SignedInReply>,
  Same<Static<typeof StartReply>, Core.StartReply>,
  Same<Omit<Static<typeof SubmitBody>, 'attemptId'>, Core.SubmissionFields>,
  Same<Static<typeof PlayerBoardReply>, Core.PlayerBoard>,
  Same<Static<typeof BranchBoardReply>, Core.BranchBoard>,
  Same<Static<typeof RecordReply>['cases'][number], Core.RecordRow>,
] = [true, true, true, true, true, true];

export type CredentialsT = Static<typeof Credentials>;

export const HealthReply = Type.Object({ ok: Type.Literal(true) });
export const BranchesReply = Type.Object({ branches: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), region: Type.String() })) });
export const CasesReply = Type.Object({
  cases: Type.Array(Type.Object({ storyHash: Type.String(), caseId: Type.String(), number: Type.Integer(), title: Type.String(), catalogueHash: Type.String() })),
});
export const StoryParams = Type.Object({ storyHash: StoryHash }, strict);
export const PrincipleParams = Type.Object({ storyHash: StoryHash, principle: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }) }, strict);
