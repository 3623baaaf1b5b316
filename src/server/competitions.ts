/**
 * Competitions between branches (厅堂服务技能竞赛), run by organisers with the admin credential.
 *
 * A competition has a title, a window (opensAt ≤ t < closesAt, ISO times), a set of cases (story
 * hashes: boards key on the story hash, so a case edited after the competition was set up is not
 * silently swapped in), the branches registered to it, a minimum participation and whether only
 * online attempts count. States: draft → open → closed. Drafts are seen only by organisers;
 * trainees see open and closed competitions. Closing early moves the window's end to the moment
 * of closing, so the results are frozen.
 *
 * What counts (COMPETITION_RULE): for each member of a registered branch and each case, the FIRST
 * attempt they started at that case inside the window (online only, when required). It counts if
 * it was verified before the window closed; a retry never counts, and abandoning a poor first
 * try inside the window leaves that case uncounted. Branches are then ranked by the branch
 * board's rule (boards.ts, rankBranches): the mean of counted scores, ranked once
 * `minPlayers` members have one; ties by the exact mean, then participants, then the code.
 * Players are ranked by the sum of their counted scores over the cases (a case not played adds
 * nothing), ties to whoever reached the total first, then the player id.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Competition } from '../core';
import { aroundViewer, branchView, rankBranches, type BranchBoard, type BranchStanding } from './boards';
import type { Database } from './db/schema';
import { ApiError } from './errors';

export const COMPETITION_RULE = 'mean-first-attempts-in-window';
export type CompetitionState = Competition['state'];
export type { Competition } from '../core';

export interface CompetitionInput {
  readonly title: string;
  readonly opensAt: string;
  readonly closesAt: string;
  /** Story hashes, each published on this server. */
  readonly cases: readonly string[];
  /** Branch codes registered now (more can be registered later). */
  readonly branches: readonly string[];
  readonly minPlayers: number;
  readonly requireOnline: boolean;
}

export interface CompetitionPlayer {
  readonly rank: number;
  readonly playerId: string;
  readonly name: string;
  readonly branch: string;
  readonly branchName: string;
  /** Sum of counted scores over the competition's cases. */
  readonly total: number;
  /** How many of the cases counted. */
  readonly cases: number;
  /** When the total was reached (the last counted submission). */
  readonly at: string;
}

export interface CompetitionPlayerEntry extends Omit<CompetitionPlayer, 'playerId'> {
  readonly me: boolean;
}

export interface CompetitionPlayerBoard {
  readonly competitionId: string;
  readonly metric: 'total';
  readonly top: CompetitionPlayerEntry[];
  readonly mine: CompetitionPlayerEntry | null;
  readonly above: CompetitionPlayerEntry[];
}

/** Everything, for organisers and the CSV export (the bottom of the list included). */
export interface CompetitionResults {
  readonly competition: Competition;
  readonly branches: BranchStanding[];
  readonly players: CompetitionPlayer[];
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A title shown to trainees: 1–60 characters, no control or format characters, no markup brackets. */
export function cleanTitle(raw: string): string {
  const t = raw.normalize('NFC').trim().replace(/\s{2,}/g, ' ');
  if (t.length === 0 || t.length > 60 || /[\p{Cc}\p{Cf}<>]/u.test(t)) throw new ApiError(400, 'invalid-title', '竞赛名称须为 1 到 60 个字，不能含 < > 或控制字符');
  return t;
}

/** Normalises an ISO time to `…T…:…:….mmmZ`; throws 'invalid-window'. */
function isoTime(raw: string, what: string): string {
  const d = new Date(raw);
  // The date must exist as written (2026-02-30 is not 2026-03-02).
  if (!ISO.test(raw) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 19) !== raw.slice(0, 19)) throw new ApiError(400, 'invalid-window', `${what}不是有效的时间（例如 2026-12-01T00:00:00Z）`);
  return d.toISOString();
}

export class Competitions {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date,
  ) {}

  /** Creates a draft. Throws 'invalid-title', 'invalid-window', 'unknown-story', 'unknown-branch'. */
  async create(input: CompetitionInput): Promise<Competition> {
    const title = cleanTitle(input.title);
    const opensAt = isoTime(input.opensAt, '开始时间');
    const closesAt = isoTime(input.closesAt, '结束时间');
    if (closesAt <= opensAt) throw new ApiError(400, 'invalid-window', '结束时间须晚于开始时间');
    const cases = [...new Set(input.cases)];
    if (cases.length === 0) throw new ApiError(400, 'invalid-body', '请至少选一个案例');
    await this.requireStories(cases);
    const branches = [...new Set(input.branches)].sort();
    await this.requireBranches(branches);
    const row = {
      id: randomUUID(),
      title,
      opens_at: opensAt,
      closes_at: closesAt,
      cases_json: JSON.stringify(cases),
      branches_json: JSON.stringify(branches),
      ranking_rule: COMPETITION_RULE,
      require_online: input.requireOnline ? 1 : 0,
      created_at: this.now().toISOString(),
      state: 'draft' as const,
      min_players: input.minPlayers,
    };
    await this.db.insertInto('competitions').values(row).execute();
    return (await this.get(row.id, true)) as Competition;
  }

  /** Every competition (organisers) or the open and closed ones (everyone), newest window first. */
  async list(includeDrafts: boolean): Promise<Competition[]> {
    let q = this.db.selectFrom('competitions').selectAll();
    if (!includeDrafts) q = q.where('state', '<>', 'draft');
    const rows = await q.orderBy('opens_at', 'desc').orderBy('id').execute();
    return rows.map(toCompetition);
  }

  /** One competition; null when unknown, or a draft and `includeDrafts` is false. */
  async get(id: string, includeDrafts: boolean): Promise<Competition | null> {
    const row = await this.db.selectFrom('competitions').selectAll().where('id', '=', id).executeTakeFirst();
    if (row === undefined || (!includeDrafts && row.state === 'draft')) return null;
    return toCompetition(row);
  }

  /** Like get, but throws 404 'unknown-competition'. */
  async require(id: string, includeDrafts: boolean): Promise<Competition> {
    const c = await this.get(id, includeDrafts);
    if (c === null) throw new ApiError(404, 'unknown-competition', '没有这个竞赛');
    return c;
  }

  /** draft → open. Throws 'wrong-state' from any other state. */
  async open(id: string): Promise<Competition> {
    const c = await this.require(id, true);
    if (c.state !== 'draft') throw new ApiError(409, 'wrong-state', `竞赛已经是“${STATE_NAMES[c.state]}”状态，只有草稿可以开始`);
    await this.db.updateTable('competitions').set({ state: 'open' }).where('id', '=', id).where('state', '=', 'draft').execute();
    return this.require(id, true);
  }

  /** open → closed; an early close moves the window's end to now (results are frozen). */
  async close(id: string): Promise<Competition> {
    const c = await this.require(id, true);
    if (c.state !== 'open') throw new ApiError(409, 'wrong-state', `竞赛是“${STATE_NAMES[c.state]}”状态，只有进行中的竞赛可以结束`);
    const now = this.now().toISOString();
    const closesAt = now < c.closesAt ? (now > c.opensAt ? now : c.opensAt) : c.closesAt;
    await this.db.updateTable('competitions').set({ state: 'closed', closes_at: closesAt }).where('id', '=', id).where('state', '=', 'open').execute();
    return this.require(id, true);
  }

  /** Adds branches to a draft or open competition. Throws 'unknown-branch', 'wrong-state'. */
  async registerBranches(id: string, codes: readonly string[]): Promise<Competition> {
    const c = await this.require(id, true);
    if (c.state === 'closed') throw new ApiError(409, 'wrong-state', '竞赛已经结束，不能再报名');
    await this.requireBranches(codes);
    const branches = [...new Set([...c.branches, ...codes])].sort();
    await this.db.updateTable('competitions').set({ branches_json: JSON.stringify(branches) }).where('id', '=', id).execute();
    return this.require(id, true);
  }

  /**
   * Each player's counted attempts (see the module comment), summed: one row per player with a
   * counted attempt. The first attempt per player and case is picked in the database with a
   * window function (row_number over the player's and case's attempts by start time, then id:
   * the same query on SQLite and PostgreSQL), so only one row per player comes back.
   */
  async counted(c: Competition): Promise<{ playerId: string; name: string; branch: string; total: number; cases: number; at: string }[]> {
    if (c.branches.length === 0 || c.cases.length === 0) return [];
    let inWindow = this.db
      .selectFrom('attempts as a')
      .innerJoin('players as p', 'p.id', 'a.player_id')
      .select((eb) => [
        'a.player_id as player_id',
        'p.name as name',
        'p.branch_code as branch_code',
        'a.status as status',
        'a.score as score',
        'a.submitted_at as submitted_at',
        eb.fn
          .agg<number>('row_number')
          .over((ob) => ob.partitionBy(['a.player_id', 'a.story_hash']).orderBy('a.started_at', 'asc').orderBy('a.id', 'asc'))
          .as('nth'),
      ])
      .where('a.story_hash', 'in', c.cases)
      .where('p.branch_code', 'in', c.branches)
      .where('a.started_at', '>=', c.opensAt)
      .where('a.started_at', '<', c.closesAt);
    if (c.requireOnline) inWindow = inWindow.where('a.online', '=', 1);
    const rows = await this.db
      .with('in_window', () => inWindow)
      .selectFrom('in_window')
      .select((eb) => ['player_id', 'name', 'branch_code', eb.fn.sum<number | string>('score').as('total'), eb.fn.countAll<number | string>().as('cases'), eb.fn.max('submitted_at').as('at')])
      .where('nth', '=', 1)
      .where('status', '=', 'verified')
      .where('submitted_at', '<', c.closesAt)
      .groupBy(['player_id', 'name', 'branch_code'])
      .execute();
    return rows.map((r) => ({ playerId: r.player_id, name: r.name, branch: r.branch_code, total: Number(r.total), cases: Number(r.cases), at: String(r.at) }));
  }

  /** Full results: every registered branch's standing and every player with a counted attempt. */
  async results(c: Competition): Promise<CompetitionResults> {
    const players = await this.counted(c);
    const tallies = new Map<string, { total: number; attempts: number; participants: number }>();
    for (const p of players) {
      const t = tallies.get(p.branch) ?? { total: 0, attempts: 0, participants: 0 };
      tallies.set(p.branch, { total: t.total + p.total, attempts: t.attempts + p.cases, participants: t.participants + 1 });
    }
    const branchRows = c.branches.length === 0 ? [] : await this.db.selectFrom('branches').select(['code', 'name', 'region']).where('code', 'in', c.branches).orderBy('code').execute();
    const names = new Map(branchRows.map((b) => [b.code, b.name]));
    const ranked = players.sort((x, y) => y.total - x.total || (x.at < y.at ? -1 : x.at > y.at ? 1 : 0) || (x.playerId < y.playerId ? -1 : 1));
    return {
      competition: c,
      branches: rankBranches(branchRows, tallies, c.minPlayers),
      players: ranked.map((p, i) => ({ rank: i + 1, ...p, branchName: names.get(p.branch) ?? p.branch })),
    };
  }

  /** What one branch sees (boards.ts branchView): the top branches, its own rank and the gap to the next. */
  async branchBoard(c: Competition, viewerBranch: string | null): Promise<BranchBoard> {
    const r = await this.results(c);
    return branchView(r.branches, viewerBranch, { id: COMPETITION_RULE, minPlayers: c.minPlayers }, c.cases);
  }

  /** What one trainee sees: the top, their own rank and the people just above (boards.ts aroundViewer). */
  async playerBoard(c: Competition, viewer: string | null): Promise<CompetitionPlayerBoard> {
    const r = await this.results(c);
    const rows = r.players.map((p) => ({ ...p, player_id: p.playerId }));
    const entry = (p: (typeof rows)[number]): CompetitionPlayerEntry => ({ rank: p.rank, name: p.name, branch: p.branch, branchName: p.branchName, total: p.total, cases: p.cases, at: p.at, me: p.playerId === viewer });
    return { competitionId: c.id, metric: 'total', ...aroundViewer(rows, viewer, entry) };
  }

  private async requireStories(hashes: readonly string[]): Promise<void> {
    const found = await this.db.selectFrom('published_cases').select('story_hash').where('story_hash', 'in', hashes).execute();
    const have = new Set(found.map((r) => r.story_hash));
    const missing = hashes.filter((h) => !have.has(h));
    if (missing.length > 0) throw new ApiError(404, 'unknown-story', `服务器上没有这些案例版本：${missing.join('、')}`);
  }

  private async requireBranches(codes: readonly string[]): Promise<void> {
    if (codes.length === 0) return;
    const found = await this.db.selectFrom('branches').select('code').where('code', 'in', codes).execute();
    const have = new Set(found.map((r) => r.code));
    const missing = codes.filter((c) => !have.has(c));
    if (missing.length > 0) throw new ApiError(400, 'unknown-branch', `没有这些支行：${missing.join('、')}`);
  }
}

export const STATE_NAMES: Readonly<Record<CompetitionState, string>> = { draft: '草稿', open: '进行中', closed: '已结束' };

function toCompetition(r: { id: string; title: string; opens_at: string; closes_at: string; cases_json: string; branches_json: string; ranking_rule: string; min_players: number; require_online: number; state: CompetitionState; created_at: string }): Competition {
  return {
    id: r.id,
    title: r.title,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
    cases: JSON.parse(r.cases_json) as string[],
    branches: JSON.parse(r.branches_json) as string[],
    rule: r.ranking_rule,
    minPlayers: r.min_players,
    requireOnline: r.require_online === 1,
    state: r.state,
    createdAt: r.created_at,
  };
}
