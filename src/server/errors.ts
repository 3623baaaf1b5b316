/**
 * Errors clients may see. Every refusal carries a stable reason code (for the game and for
 * tests) and a message in Chinese (for people). Anything else becomes a bare 500 with no detail.
 */
export class ApiError extends Error {
  constructor(
    /** HTTP status, 400–499. */
    readonly statusCode: number,
    /** Stable, kebab-case: what a client can switch on. */
    readonly reason: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The body of every error response. */
export interface ErrorBody {
  readonly error: string;
  readonly message: string;
}

/** True for a unique-constraint violation in either dialect (SQLite or PostgreSQL). */
export function isUniqueViolation(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** 429 'rate-limited' saying how long to wait: `ms` until the window ends, in whole seconds (at least 1). */
export function tooManyRequests(ms: number, what = '请求太频繁'): ApiError {
  return new ApiError(429, 'rate-limited', `${what}，请 ${Math.max(1, Math.ceil(ms / 1000))} 秒后再试`);
}
