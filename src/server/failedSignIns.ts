/**
 * A limit on failed sign-ins: each attempt is counted before the credential is checked (so
 * concurrent guesses are all counted), and given back when it proves right — an organiser running
 * the admin CLI in a loop, or a page and a CLI signing in together, is never locked out, while
 * guessing still stops after `max` wrong tries per window. Once over the limit every attempt is
 * refused without being checked, right or wrong (a right one must not reveal itself by a
 * different answer). Counters live in rate_limits with the other limits, across processes.
 */
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { ApiError, tooManyRequests } from './errors';
import { countHit } from './rateLimitStore';

export class FailedSignIns {
  constructor(
    private readonly db: Kysely<Database>,
    /** Names the counter in rate_limits, e.g. 'admin sign-in failures'. */
    private readonly name: string,
    private readonly max: number,
    /** Window length in ms. */
    private readonly windowMs: number,
    private readonly now: () => Date,
  ) {}

  /**
   * Runs `signIn` for the client `who` (its address) unless `who` has used up its failures.
   * Throws 429 'rate-limited' when over the limit; rethrows what `signIn` throws — a 401 keeps the
   * attempt counted, anything else (e.g. 403 admin-disabled) gives it back like a success.
   */
  async attempt<T>(who: string, signIn: () => Promise<T>): Promise<T> {
    const key = `${this.name}|${who}`;
    const { hits, window_ends } = await countHit(this.db, key, this.now(), this.windowMs);
    if (hits > this.max) throw tooManyRequests(Date.parse(window_ends) - this.now().getTime(), '错误次数太多');
    try {
      const result = await signIn();
      await this.giveBack(key);
      return result;
    } catch (e) {
      if (!(e instanceof ApiError && e.statusCode === 401)) await this.giveBack(key);
      throw e;
    }
  }

  private async giveBack(key: string): Promise<void> {
    await this.db
      .updateTable('rate_limits')
      .set((eb) => ({ hits: eb('hits', '-', 1) }))
      .where('key', '=', key)
      .where('hits', '>', 0)
      .where('window_ends', '>', this.now().toISOString())
      .execute();
  }
}
