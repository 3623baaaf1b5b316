/**
 * A trainee's display name: one rule for the welcome screen and the leaderboard server, which
 * shows names to other trainees on the boards. Letters of any script, digits, spaces and the
 * separators names use (· ・ . -), 1–20 characters, starting with a letter or a digit: no markup,
 * quotes, brackets, control or format characters (line breaks, NUL, bidi overrides).
 */

/** What the trainee is told when a name does not fit the rule (the welcome screen, the server's 400). */
export const TRAINEE_NAME_RULE = '姓名须以文字或数字开头，只能包含文字、数字、空格和 · . -，最多 20 个字';

/** The most characters a name may have (the welcome screen's input limit too). */
export const TRAINEE_NAME_MAX = 20;

const NAME = new RegExp(`^[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} ·・.-]{0,${TRAINEE_NAME_MAX - 1}}$`, 'u');

/**
 * The name as it is kept: NFC-normalised, trimmed, runs of spaces collapsed to one; null when it
 * breaks the rule (control and format characters are refused, not repaired). Pure.
 */
export function cleanTraineeName(raw: string): string | null {
  const name = raw.normalize('NFC').trim().replace(/ {2,}/g, ' ');
  if (/[\p{Cc}\p{Cf}]/u.test(name) || !NAME.test(name)) return null;
  return name;
}

/**
 * What two names must differ in to be two trainees of one branch: the kept name compatibility-
 * normalised (NFKC: full-width ＷＡＮＧ is WANG), lower-cased, without spaces or separators — so
 * “王 晓明”, “王晓明” and “王晓明.” are one name, and a trainee who types it another way on another PC
 * reaches their own account instead of a second one. Pure.
 */
export function traineeNameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s·・.-]/gu, '');
}
