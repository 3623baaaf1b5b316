/**
 * Breaking Chinese text into short lines for places that cannot reflow it themselves (SVG text in
 * the branch map). Follows the Chinese line-breaking rule (避头尾, as in W3C “Requirements for
 * Chinese Text Layout” §3.1.7 and GB/T 15834 practice): no line starts with closing or pausing
 * punctuation, no line ends with opening punctuation. When the natural break would break the rule,
 * characters are pushed to the next line (推出); only when that is impossible within the line does
 * punctuation hang past the limit by one character. Latin words and numbers are kept whole when the
 * line holds them.
 */

/** Characters that never start a line: closing brackets and quotes, pausing and ending punctuation. */
export const NO_LINE_START = '，。、；：？！）》」』”’…‥·〕】〉〗〙〛,.;:?!)]}%';
/** Characters that never end a line: opening brackets and quotes. */
export const NO_LINE_END = '（《「『“‘〔【〈〖〘〚([{';
/** Punctuation dropped before an ellipsis: “说：…” and “（…” read worse than “说…”. */
const BEFORE_ELLIPSIS_DROP = `，、；：${NO_LINE_END},;:`;

const startBanned = (ch: string | undefined): boolean => ch !== undefined && NO_LINE_START.includes(ch);
const endBanned = (ch: string | undefined): boolean => ch !== undefined && NO_LINE_END.includes(ch);
const wordChar = (ch: string | undefined): boolean => ch !== undefined && /^[A-Za-z0-9]$/.test(ch);

/** May a line end after `chars[at - 1]` and the next start at `chars[at]`? */
function canBreak(chars: readonly string[], at: number): boolean {
  const before = chars[at - 1];
  const after = chars[at];
  return !startBanned(after) && !endBanned(before) && !(wordChar(before) && wordChar(after));
}

/**
 * `text` (white space runs collapsed to one space, ends trimmed) in at most `maxLines` lines of at
 * most `maxChars` characters (code points) each, broken by the Chinese line-breaking rule. When the
 * text does not fit, the last line is cut and ends with “…” (its length, with the “…”, at most
 * `maxChars`). A line runs one character past `maxChars` only to hang one closing mark: at the end of
 * the last line (rather than cutting), or where no rule-abiding break exists inside the line. Returns `[]` for empty text. Throws RangeError when `maxChars < 2` or
 * `maxLines < 1`.
 */
export function breakCjkLines(text: string, maxChars: number, maxLines: number): string[] {
  if (maxChars < 2 || maxLines < 1) throw new RangeError(`breakCjkLines: maxChars ${maxChars} < 2 or maxLines ${maxLines} < 1`);
  const chars = Array.from(text.replace(/\s+/g, ' ').trim());
  const lines: string[] = [];
  let pos = 0;
  while (pos < chars.length) {
    const last = lines.length === maxLines - 1;
    const rest = chars.length - pos;
    // All that is left fits, or (on the last line, rather than cut) overflows only by one closing mark that hangs.
    if (rest <= maxChars || (last && rest === maxChars + 1 && startBanned(chars[chars.length - 1]))) {
      lines.push(chars.slice(pos).join('').trim());
      break;
    }
    if (last) {
      let cut = pos + maxChars - 1;
      while (cut > pos + 1 && BEFORE_ELLIPSIS_DROP.includes(chars[cut - 1] ?? '')) cut--;
      lines.push(`${chars.slice(pos, cut).join('').trim()}…`);
      break;
    }
    let at = pos + maxChars;
    while (at > pos + 1 && !canBreak(chars, at)) at--;
    if (at === pos + 1 && !canBreak(chars, at)) {
      // No rule-abiding break inside the line (e.g. a long Latin word): hang one closing mark, else cut.
      at = pos + maxChars;
      if (startBanned(chars[at])) at++;
    }
    lines.push(chars.slice(pos, at).join('').trim());
    pos = at;
    while (chars[pos] === ' ') pos++;
  }
  return lines.filter((l) => l !== '');
}

/** `text` cut to at most `maxChars` characters on one line, ending with “…” when cut (see breakCjkLines). */
export function cutCjk(text: string, maxChars: number): string {
  return breakCjkLines(text, maxChars, 1)[0] ?? '';
}
