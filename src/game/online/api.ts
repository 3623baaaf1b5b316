/**
 * The game's client for the leaderboard server's JSON API (src/server, routes in the README's
 * Server section). Every call either returns the reply or throws an ApiFailure that says which
 * kind of failure it was, so callers decide without parsing messages: `offline` (no answer, a
 * timeout, or a page that is not this API — a static host without the server), `refused` (a 4xx
 * with the server's reason code and its Chinese message) or `server` (a 5xx).
 *
 * Loaded lazily with the rest of src/game/online: the JS before the lobby is interactive does not
 * carry it. The reply shapes are the core's (src/core/leaderboardApi.ts), which the server's
 * schemas are checked against.
 */
import type { BranchBoard, Competition, PlayerBoard, RecordRow, SignedInReply, StartReply, SubmissionFields } from '../../core';

/** One of the server's reason codes (src/server/README.md), or the client's own for no answer. */
export type FailureKind = 'offline' | 'refused' | 'server';

/** Whether this origin runs the leaderboard server; see ServerApi.probe. */
export type Presence = 'up' | 'down' | 'absent';

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    /** The server's reason code (`not-signed-in`, `path-invalid`, …); `offline` or `internal` otherwise. */
    readonly code: string,
    /** HTTP status; 0 when there was no answer. */
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiFailure';
  }
}

export type { BoardEntry, BranchBoard, BranchStanding, Competition, PlayerBoard, RecordRow } from '../../core';
export type SignedIn = SignedInReply;
export type Started = StartReply;
export type Submission = SubmissionFields;

export interface Verified {
  readonly attemptId: string;
  readonly caseId: string;
  readonly score: number;
  readonly grade: string;
  readonly first: boolean;
  readonly online: boolean;
  readonly duplicate: boolean;
}

export interface CompetitionPlayer {
  readonly rank: number;
  readonly name: string;
  readonly branch: string;
  readonly branchName: string;
  /** Sum of the counted scores over the competition's cases. */
  readonly total: number;
  /** How many of its cases counted. */
  readonly cases: number;
  readonly me: boolean;
}

export interface CompetitionPlayers {
  readonly top: readonly CompetitionPlayer[];
  readonly mine: CompetitionPlayer | null;
  readonly above: readonly CompetitionPlayer[];
}

/** A refusal in the trainee's terms when the server's body has no Chinese message (by HTTP status). */
export function refusalText(status: number): string {
  if (status === 404) return '服务器上没有这项内容';
  if (status === 401 || status === 403) return '需要重新登录排行榜';
  if (status === 413 || status === 414 || status === 431) return '请求太大，服务器没有接受';
  if (status === 429) return '请求太频繁，请稍后再试';
  if (status >= 500) return '服务器出错了，请稍后再试';
  return `服务器没有接受这个请求（代码 ${status}）`;
}

/** How long a call may wait for an answer before it counts as offline (ms; interactive work only). */
export const CALL_TIMEOUT_MS = 10_000;

export class ServerApi {
  constructor(
    /** Where the API is: the page's own origin by default (`npm start` serves both). */
    private readonly base: string = new URL('api/', document.baseURI).href,
    private readonly timeoutMs = CALL_TIMEOUT_MS,
  ) {}

  /**
   * Whether this origin runs the leaderboard server: `up` (it answered), `down` (no answer, a
   * timeout, a 5xx or a rate limit: a server may be there and come back, so ask again later) or
   * `absent` (an answer that is not this API — a static host's page or 404: never ask again).
   * The static build ships `api/health` as a file saying `{"ok":false}` (public/api/health), so a
   * static host answers the probe without a 404 in the console; the server's own route wins over
   * its static files.
   */
  async probe(): Promise<Presence> {
    try {
      const r = await this.call<{ ok?: unknown }>('GET', 'health');
      return r.ok === true ? 'up' : 'absent';
    } catch (e) {
      if (!(e instanceof ApiFailure)) return 'down';
      return e.status === 0 || e.kind === 'server' || e.code === 'rate-limited' ? 'down' : 'absent';
    }
  }

  /** Registers a trainee (name, branch code, 4–8 digit PIN). Throws 'name-taken' when the name exists in that branch. */
  register(name: string, branch: string, pin: string): Promise<SignedIn> {
    return this.call('POST', 'players', { body: { name, branch, pin } });
  }

  login(name: string, branch: string, pin: string): Promise<SignedIn> {
    return this.call('POST', 'login', { body: { name, branch, pin } });
  }

  /** Starts a verified attempt: the server's attempt id and seed. */
  start(token: string, caseId: string, storyHash: string): Promise<Started> {
    return this.call('POST', 'attempts', { token, body: { caseId, storyHash } });
  }

  /** Submits an online attempt's path; the server replays it and returns what it recorded. */
  submit(token: string, attemptId: string, s: Submission): Promise<Verified> {
    return this.call('POST', 'submissions', { token, body: { attemptId, ...s } });
  }

  /** Submits an attempt played without the server (the client's seed; marked offline). */
  submitOffline(token: string, seed: number, s: Submission): Promise<Verified> {
    return this.call('POST', 'submissions/offline', { token, body: { seed, ...s } });
  }

  caseBoard(token: string | null, storyHash: string): Promise<PlayerBoard> {
    return this.call('GET', `boards/cases/${encodeURIComponent(storyHash)}`, { token });
  }

  /** A case's board on one principle (each trainee's percent on it). */
  principleBoard(token: string | null, storyHash: string, principle: string): Promise<PlayerBoard> {
    return this.call('GET', `boards/cases/${encodeURIComponent(storyHash)}/principles/${encodeURIComponent(principle)}`, { token });
  }

  branchBoard(token: string | null): Promise<BranchBoard> {
    return this.call('GET', 'boards/branches', { token });
  }

  record(token: string): Promise<{ readonly playerId: string; readonly cases: readonly RecordRow[] }> {
    return this.call('GET', 'me/record', { token });
  }

  /** Competitions open or closed (drafts are the organisers' only). */
  competitions(): Promise<{ readonly competitions: readonly Competition[] }> {
    return this.call('GET', 'competitions');
  }

  competitionBranches(token: string | null, id: string): Promise<BranchBoard> {
    return this.call('GET', `competitions/${encodeURIComponent(id)}/branches`, { token });
  }

  competitionPlayers(token: string | null, id: string): Promise<CompetitionPlayers> {
    return this.call('GET', `competitions/${encodeURIComponent(id)}/players`, { token });
  }

  private async call<T>(method: 'GET' | 'POST', path: string, opts: { token?: string | null; body?: unknown } = {}): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    if (opts.token !== undefined && opts.token !== null) headers['authorization'] = `Bearer ${opts.token}`;
    // The time limit covers the whole answer, body included: a server that sends headers and
    // then stalls must not hold the delivery queue (one entry at a time) forever.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    let res: Response;
    let data: unknown;
    try {
      try {
        res = await fetch(new URL(path, this.base), {
          method,
          headers,
          body: opts.body === undefined ? null : JSON.stringify(opts.body),
          signal: abort.signal,
          cache: 'no-store',
          credentials: 'same-origin',
        });
      } catch {
        throw new ApiFailure('offline', 'offline', 0, '连不上服务器');
      }
      let text: string;
      try {
        text = await res.text();
      } catch {
        throw new ApiFailure('offline', 'offline', 0, '服务器的回答没有收全');
      }
      try {
        data = JSON.parse(text);
      } catch {
        // Not this API's JSON (a static host's page, a proxy's error page).
        throw new ApiFailure(res.status >= 500 ? 'server' : 'offline', res.status >= 500 ? 'internal' : 'offline', res.status, res.status >= 500 ? '服务器出错了' : '这里没有排行榜服务器');
      }
    } finally {
      clearTimeout(timer);
    }
    if (res.ok) return data as T;
    const err = data as { error?: unknown; message?: unknown } | null;
    const code = typeof err?.error === 'string' ? err.error : 'internal';
    // Only a Chinese message reaches the trainee: a body without one (a proxy's, an older
    // server's English) is said in the game's own words.
    const message = typeof err?.message === 'string' && /[\u4e00-\u9fff]/.test(err.message) ? err.message : refusalText(res.status);
    throw new ApiFailure(res.status >= 500 ? 'server' : 'refused', code, res.status, message);
  }
}
