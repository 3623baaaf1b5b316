/**
 * The leaderboard API's shapes, as plain types: the game's client (src/game/online/api.ts) reads
 * them and the server (src/server/schemas.ts) answers them — its TypeBox schemas are checked
 * against these at compile time, so the two cannot drift. Lists are plain arrays so a schema's
 * type and these are assignable both ways.
 */

/** A sign-in or registration's answer. */
export interface SignedInReply {
  readonly playerId: string;
  readonly name: string;
  readonly branch: string;
  readonly token: string;
}

/** An attempt started on the server: its id and the seed the trainee plays. */
export interface StartReply {
  readonly attemptId: string;
  readonly seed: number;
  readonly caseId: string;
  readonly storyHash: string;
  readonly catalogueHash: string;
  readonly scoringVersion: number;
  /** True when it is the trainee's first attempt at this version of the case. */
  readonly first: boolean;
}

/** What a submission carries: never a score (the server recomputes it by replaying the path). */
export interface SubmissionFields {
  readonly caseId: string;
  readonly storyHash: string;
  readonly scoringVersion: number;
  readonly catalogueHash: string;
  /** ink's own option indices, one per choice. */
  readonly path: number[];
  /** Made by the client once per finish: a resend is recorded once. */
  readonly idempotencyKey: string;
}

/** One row of a player board (per case, or per principle of a case). */
export interface BoardEntry {
  readonly rank: number;
  readonly name: string;
  readonly branch: string;
  readonly branchName: string;
  /** Score 0–100, or a principle's percent 0–100. */
  readonly value: number;
  /** When the value was first reached (ISO time). */
  readonly at: string;
  readonly me: boolean;
}

/** What a viewer sees of a player board: the top, their own row and the few just above; never the bottom. */
export interface PlayerBoard {
  readonly storyHash: string;
  /** 'score' or 'principle:<id>'. */
  readonly metric: string;
  readonly top: BoardEntry[];
  /** The viewer's own entry, when signed in and on the board. */
  readonly mine: BoardEntry | null;
  /** Entries just above the viewer that are not already in `top`. */
  readonly above: BoardEntry[];
}

/** A branch (支行/网点) on the branch board. */
export interface BranchStanding {
  readonly code: string;
  readonly name: string;
  readonly region: string;
  /** Null until the branch has the minimum of participating members. */
  readonly rank: number | null;
  /** Mean of counted first attempts, two decimals; null with no attempt. */
  readonly mean: number | null;
  readonly participants: number;
  readonly attempts: number;
}

/** What a branch sees of the branch board: the top ones, its own standing and the gap to the next one up. */
export interface BranchBoard {
  readonly rule: { readonly id: string; readonly minPlayers: number };
  readonly stories: string[];
  readonly top: BranchStanding[];
  readonly mine: BranchStanding | null;
  /** Points between the viewer's branch and the one ranked just above it; null at the top or unranked. */
  readonly gapToNext: number | null;
  readonly next: BranchStanding | null;
}

/** One case of a trainee's own record. */
export interface RecordRow {
  readonly storyHash: string;
  readonly caseId: string;
  readonly title: string;
  readonly best: number | null;
  readonly first: number | null;
  readonly attempts: number;
  readonly rank: number | null;
}

/** A competition between branches (厅堂服务技能竞赛), as the server lists it to trainees and organisers. */
export interface Competition {
  readonly id: string;
  readonly title: string;
  /** ISO times of the window. */
  readonly opensAt: string;
  readonly closesAt: string;
  /** Story hashes of the cases it counts. */
  readonly cases: string[];
  /** Branch codes registered. */
  readonly branches: string[];
  /** How branches are ranked (the server's COMPETITION_RULE). */
  readonly rule: string;
  readonly minPlayers: number;
  readonly requireOnline: boolean;
  readonly state: 'draft' | 'open' | 'closed';
  readonly createdAt: string;
}
