/** TypeBox schemas of the admin and competition routes (validation and handler types in one). */
import { Type, type Static } from '@sinclair/typebox';
import type { Competition } from '../../core';
import { BranchCode, BranchStandingSchema, CaseId, StoryHash, type Same } from '../schemas';

const strict = { additionalProperties: false } as const;

export const AdminLoginBody = Type.Object({ credential: Type.String({ minLength: 1, maxLength: 200 }) }, strict);
export const AdminLoginReply = Type.Object({ token: Type.String(), expiresAt: Type.String() });

export const CompetitionId = Type.Object({ id: Type.String({ format: 'uuid' }) }, strict);
export const CompetitionBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 200 }),
    opensAt: Type.String({ maxLength: 40 }),
    closesAt: Type.String({ maxLength: 40 }),
    cases: Type.Array(StoryHash, { minItems: 1, maxItems: 100 }),
    branches: Type.Array(BranchCode, { maxItems: 1000 }),
    minPlayers: Type.Integer({ minimum: 1, maximum: 1000 }),
    requireOnline: Type.Boolean(),
  },
  strict,
);
export const RegisterBody = Type.Object({ branches: Type.Array(BranchCode, { minItems: 1, maxItems: 1000 }) }, strict);

const CompetitionShape = Type.Object({
  id: Type.String(),
  title: Type.String(),
  opensAt: Type.String(),
  closesAt: Type.String(),
  cases: Type.Array(Type.String()),
  branches: Type.Array(Type.String()),
  rule: Type.String(),
  minPlayers: Type.Integer(),
  requireOnline: Type.Boolean(),
  state: Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed')]),
  createdAt: Type.String(),
});
export const CompetitionReply = CompetitionShape;
/** The schema is the shape the game and the admin page read (src/core/leaderboardApi.ts): checked at compile time. */
export const COMPETITION_MATCHES_THE_CORE: Same<Static<typeof CompetitionShape>, Competition> = true;
export const CompetitionsReply = Type.Object({ competitions: Type.Array(CompetitionShape) });

const PlayerEntry = Type.Object({
  rank: Type.Integer(),
  name: Type.String(),
  branch: Type.String(),
  branchName: Type.String(),
  total: Type.Integer(),
  cases: Type.Integer(),
  at: Type.String(),
  me: Type.Boolean(),
});
export const CompetitionPlayersReply = Type.Object({
  competitionId: Type.String(),
  metric: Type.Literal('total'),
  top: Type.Array(PlayerEntry),
  mine: Type.Union([PlayerEntry, Type.Null()]),
  above: Type.Array(PlayerEntry),
});
export const ResultsReply = Type.Object({
  competition: CompetitionShape,
  branches: Type.Array(BranchStandingSchema),
  players: Type.Array(
    Type.Object({ rank: Type.Integer(), playerId: Type.String(), name: Type.String(), branch: Type.String(), branchName: Type.String(), total: Type.Integer(), cases: Type.Integer(), at: Type.String() }),
  ),
});

export const BranchParams = Type.Object({ code: BranchCode }, strict);
export const BranchBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 40 }), region: Type.String({ maxLength: 40 }) }, strict);
export const BranchReply = Type.Object({ code: Type.String(), name: Type.String(), region: Type.String(), created: Type.Boolean() });

export const PinResetBody = Type.Object({ branch: BranchCode, name: Type.String({ minLength: 1, maxLength: 40 }), pin: Type.String({ minLength: 1, maxLength: 16 }) }, strict);
export const PinResetReply = Type.Object({ playerId: Type.String(), name: Type.String(), branch: Type.String(), sessionsEnded: Type.Integer() });

/** Ink sources: up to 64 files, names like `my-case.ink` or `parts/opening.ink`. */
export const PublishBody = Type.Object(
  {
    caseFile: Type.String({ pattern: '^[A-Za-z0-9_\\-][A-Za-z0-9_\\-./]{0,120}\\.ink$' }),
    files: Type.Record(Type.String({ pattern: '^[A-Za-z0-9_\\-][A-Za-z0-9_\\-./]{0,120}\\.ink$' }), Type.String({ maxLength: 200_000 }), { maxProperties: 64, additionalProperties: false }),
    publisher: Type.Optional(Type.String({ maxLength: 40 })),
  },
  strict,
);
const Finding = Type.Object({
  severity: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  file: Type.String(),
  line: Type.Integer(),
  message: Type.String(),
  hint: Type.Union([Type.String(), Type.Null()]),
});
export const PublishReply = Type.Object({
  caseId: Type.String(),
  storyHash: Type.String(),
  title: Type.String(),
  label: Type.String(),
  created: Type.Boolean(),
  warnings: Type.Array(Finding),
});
export const CaseIdParams = Type.Object({ caseId: CaseId }, strict);
/** After taking a published version off the board: the build's version is listed again, or none. */
export const UnlistReply = Type.Object({ caseId: Type.String(), now: Type.Union([Type.Literal('build'), Type.Literal('none')]) });
export const PublishRefusedReply = Type.Object({ error: Type.String(), message: Type.String(), findings: Type.Array(Finding) });
