/**
 * A trainee's leaderboard PIN: 4 to 8 digits. One rule for the game's sign-in, the admin page's
 * reset form and the server. What a Chinese input method types in full-width mode (`１２３４`,
 * U+FF10–FF19) and spaces around or between the digits (half- or full-width, as a phone keypad
 * or a paste leaves them) are the same PIN: NFKC folds the full-width digits to ASCII ones.
 */

/** What the trainee (or the organiser) is told when a PIN does not fit the rule. */
export const PIN_RULE = 'PIN 须为 4 到 8 位数字';

/**
 * The PIN as it is sent and hashed: NFKC-normalised (full-width digits become `0`–`9`) with every
 * space removed; null when what is left is not 4 to 8 ASCII digits. Pure.
 */
export function cleanPin(raw: string): string | null {
  const pin = raw.normalize('NFKC').replace(/\s+/gu, '');
  return /^[0-9]{4,8}$/.test(pin) ? pin : null;
}
