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
