/**
 * The database's tables as Kysely types: one description for SQLite and PostgreSQL.
 *
 * Portable column choices (so one query layer serves both dialects):
 * - times are ISO 8601 UTC text with milliseconds (`2026-11-29T18:34:17.000Z`): they sort as text;
 * - booleans are integers 0/1;
 * - lists and records are JSON text, read back through the core's own parsers;
 * - aggregates (count, avg) come back as strings from PostgreSQL: callers convert with Number().
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface BranchTable {
  /** The organisation's branch code (`id` in public/config/branches.json). */
  code: string;
  name: string;
  region: string;
  updated_at: string;
  /** 1 once an organiser added or edited the branch (admin): the branch file no longer overrides its name and region. */
  edited_by_admin: Generated<number>;
}

export interface PlayerTable {
  /** Stable random id (UUID): what saves, attempts and boards key on, never the typed name. */
  id: string;
  name: string;
  branch_code: string;
  /** `scrypt$N$r$p$salt$hash` (base64url); see src/server/pin.ts. Never the PIN itself. */
  pin_hash: string;
  created_at: string;
}

export interface SessionTable {
  /** SHA-256 (hex) of the bearer token; the token itself is only ever in the client's hands. */
  token_hash: string;
  player_id: string;
  created_at: string;
  expires_at: string;
}

export interface PublishedCaseTable {
  story_hash: string;
  case_id: string;
  number: number;
  title: string;
  /** The case card (src/core CaseCard) as JSON. */
  card_json: string;
  knots_json: string;
  /** The compiled story, exactly the bytes whose contentHash is story_hash. */
  story_json: string;
  catalogue_hash: string;
  /** The catalogue (src/core Catalogue) the case is scored against, as JSON. */
  catalogue_json: string;
  publisher: string;
  published_at: string;
  /** The branch map (SVG) of a case published from the Studio; null for the build's (served from dist/). */
  map_svg: string | null;
}

export interface AttemptTable {
  id: string;
  player_id: string;
  case_id: string;
  story_hash: string;
  catalogue_hash: string;
  scoring_version: number;
  /** The ink seed (1 … 2^31−1): from the server when online, from the client when offline. */
  seed: number;
  /** 'started' until a verified submission, then 'verified'. */
  status: 'started' | 'verified';
  /** 1 when the server handed out the seed before the play (see routes/attempts.ts). */
  online: number;
  /** 1 for the player's first attempt at this story hash (claimed in first_attempts). */
  is_first: number;
  /** The choice path (ink option indices) as a JSON array; null until submitted. */
  path_json: string | null;
  /** The verified score after red-line ceilings (0–100), as src/core computed it. */
  score: number | null;
  raw_score: number | null;
  grade: string | null;
  ending_id: string | null;
  /** Red lines met (the ceilings applied), as the core's Breach[] JSON. */
  breaches_json: string | null;
  /** The core's PrincipleScore[] JSON (also row by row in attempt_principles). */
  principles_json: string | null;
  started_at: string;
  submitted_at: string | null;
  /** The client's key for this submission: a resubmission with the same key is recorded once. */
  idempotency_key: string | null;
}

export interface AttemptPrincipleTable {
  attempt_id: string;
  player_id: string;
  story_hash: string;
  principle_id: string;
  earned: number;
  possible: number;
  /** 0–100; attempts where the principle did not count have no row. */
  percent: number;
}

/** Which attempt is a player's first at a story hash: the primary key makes the claim atomic. */
export interface FirstAttemptTable {
  player_id: string;
  story_hash: string;
  attempt_id: string;
}

export interface CompetitionTable {
  id: string;
  title: string;
  opens_at: string;
  closes_at: string;
  /** Story hashes as a JSON array. */
  cases_json: string;
  /** Branch codes as a JSON array (empty: every branch). */
  branches_json: string;
  /** The ranking rule's code (see boards.ts: BRANCH_RULE). */
  ranking_rule: string;
  require_online: number;
  created_at: string;
  /** 'draft' → 'open' → 'closed' (src/server/competitions.ts). */
  state: 'draft' | 'open' | 'closed';
  /** Members with a counted attempt a branch needs before it is ranked. */
  min_players: number;
}

/** An organiser's sign-in (the admin credential exchanged for a session), stored hashed. */
export interface AdminSessionTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
}

/**
 * Which published version of each case the case board lists when it is not the build's own:
 * a case published from the Studio takes its case id's place here (src/server/publish.ts).
 */
export interface CaseListingTable {
  case_id: string;
  story_hash: string;
  listed_at: string;
}

export interface RateLimitTable {
  /** Route and client address. */
  key: string;
  hits: number;
  /** When the current window ends (ISO time). */
  window_ends: string;
}

/** Each player's best per story and metric (summaries.ts): what the player boards read. */
export interface BoardBestTable {
  story_hash: string;
  /** '' for the overall score, else the principle whose percent `best` is. */
  principle_id: string;
  player_id: string;
  best: number;
  /** When `best` was first reached (ISO). */
  at: string;
}

/** Each verified first attempt's score with the player's branch (summaries.ts). */
export interface FirstScoreTable {
  player_id: string;
  story_hash: string;
  branch_code: string;
  score: number;
}

/** Per branch and story: the sum and count of first_scores (summaries.ts). */
export interface BranchStoryTotalTable {
  branch_code: string;
  story_hash: string;
  total: number;
  attempts: number;
}

/** How many players have each best value on a board (board_bests grouped): ranks without counting rows. */
export interface BoardCountTable {
  story_hash: string;
  principle_id: string;
  best: number;
  players: number;
}

export interface Database {
  branches: BranchTable;
  players: PlayerTable;
  sessions: SessionTable;
  published_cases: PublishedCaseTable;
  attempts: AttemptTable;
  attempt_principles: AttemptPrincipleTable;
  first_attempts: FirstAttemptTable;
  competitions: CompetitionTable;
  rate_limits: RateLimitTable;
  admin_sessions: AdminSessionTable;
  case_listing: CaseListingTable;
  board_bests: BoardBestTable;
  first_scores: FirstScoreTable;
  branch_story_totals: BranchStoryTotalTable;
  board_counts: BoardCountTable;
}

export type AttemptRow = Selectable<AttemptTable>;
export type NewAttempt = Insertable<AttemptTable>;
export type PlayerRow = Selectable<PlayerTable>;
