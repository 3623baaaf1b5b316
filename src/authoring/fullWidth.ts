/**
 * Full-width characters standing where ink expects its own (half-width) syntax: what a Chinese
 * input method types in full-width mode (`＃` `～` `＊` `＋` `－` `＝` `｛` `【` `→` …). ink reads
 * such a line as narration, so without this check the trainee is shown "～ trust += 20" and the
 * author gets only knock-on findings elsewhere, or none.
 *
 * docs/authoring.md §2.9 tells trainers to USE ｛｝［］【】＃｜ inside dialogue (where the
 * half-width ones would be ink syntax), so a character is reported only where it stands in ink
 * syntax's place:
 * - at the start of a line (after indentation): ＊ ＝, ＋ － (not before a number), ～ before an
 *   ASCII name (ink logic), → before a lone target, ｛ when what follows is ink logic (a
 *   half-width `:`, an arrow or a comparison);
 * - `－>` `-＞` `－＞` anywhere, and `→` followed by a divert target (a name, END, DONE);
 * - `＃ name:` anywhere, when `name` is a tag of the project's vocabulary;
 * - `【` or `［` right after a choice's `*` / `+` bullet (and its optional label and conditions);
 * - `＋` `－` or full-width digits in the value of `# score:`;
 * - `~ trust += 1` (half- or full-width) after other text on a line: ink shows it as words.
 * Comments (`//`, `/* … *\/`) are skipped. Pure: text in, findings out.
 */
import type { InkDiagnostic } from './compile';
import { projectDiag } from './inkMessages';
import { TAG_DOCS } from './tagDocs';

/** Full-width characters and the half-width syntax each stands for. */
const HALF: Readonly<Record<string, string>> = {
  '～': '~',
  '＊': '*',
  '＋': '+',
  '－': '-',
  '＝': '=',
  '｛': '{',
  '｝': '}',
  '＃': '#',
  '【': '[',
  '】': ']',
  '［': '[',
  '］': ']',
  '＞': '>',
  '→': '->',
};

const TAG_NAMES = Object.keys(TAG_DOCS).join('|');
/** `＃ mood:` (or `＃mood：`): a tag of the vocabulary typed with a full-width hash. */
const HASH_TAG = new RegExp(`＃\\s*(${TAG_NAMES})\\s*[:：]`, 'i');
/** A choice's bullets, its optional label `(name)` and conditions `{…}`, then a full-width bracket. */
const CHOICE_BRACKET = /^\s*(?:[*+]\s*)+(?:\([^)]*\)\s*)?(?:\{[^}]*\}\s*)*([【［])/;
/** A full-width arrow anywhere: `－>`, `-＞`, `－＞`. */
const ARROW = /－>|－＞|-＞/;
/** `→ target`: followed by a divert target and then the end, a tag, a bracket or a brace. */
const ARROW_TARGET = /→\s*(?:[A-Za-z_][\w.]*)\s*(?:$|[#＃\]}｝]|->)/;
const MID_LINE = '这一行中间的';
/** `~ name = …`, `~ name += …`, `~ name++` after other text on the line (a tag or words before it). */
const MID_LINE_LOGIC = /\S[^~～]*?\s((?:~|～)\s*[A-Za-z_]\w*\s*(?:[+-]?=|\+\+|--)[^#＃\]]*?)\s*(?:$|[#＃\]])/;
/** After a full-width brace at the start of a line: what makes it ink logic rather than words. */
const LOGIC = /:|->|－>|→|[<>!=]=|[<>]|&&|\|\||\b(?:and|or|not)\b/;

/** One finding: the character, what to type instead, the 1-based line (ink logic mid-line has its own code). */
function finding(file: string, line: number, what: string): InkDiagnostic {
  return projectDiag('error', file, line, what, what.startsWith(MID_LINE) ? 'logic-mid-line' : 'full-width-symbol');
}

function say(where: string, ch: string): string {
  const half = HALF[ch] ?? '';
  return `${where}“${ch}”是全角字符，ink 只认半角“${half}”：请改成 ${half}`;
}

/** The findings of one line (without comments), in the order the characters appear. */
function lineFindings(text: string): string[] {
  const out: string[] = [];
  const head = /^\s*(－>|－＞|[～＊＋－＝→｛])/.exec(text);
  const first = head?.[1];
  // Where a line of words may also begin with the character, only a start that reads as ink
  // counts: `～ trust…` (logic is ASCII names), `→ name` alone on its line, `＋`/`－` not before a
  // number (`＋86 …` is a phone number).
  const rest = head === null ? '' : text.slice(head[0].length);
  const words =
    (first === '～' && !/^\s*[A-Za-z_]/.test(rest)) ||
    (first === '→' && !/^\s*[\w.\u4e00-\u9fff]+\s*(?:$|[#＃])/.test(rest)) ||
    ((first === '＋' || first === '－') && /^\s*[0-9０-９]/.test(rest));
  if (first !== undefined && !words) {
    if (first.length === 2) out.push(`这一行开头的“${first}”是全角字符，ink 的跳转只认半角“->”：请改成 ->`);
    else if (first === '→') out.push('这一行开头的“→”不是 ink 的跳转：ink 只认半角“->”，请改成 ->');
    else if (first === '＝') out.push(say('这一行开头的', first) + (/＝\s*＝/.test(text) ? '（场景标题写成 === 场景名 ===）' : ''));
    else if (first !== '｛' || LOGIC.test(text)) out.push(say('这一行开头的', first));
  }
  const arrow = ARROW.exec(text);
  if (arrow !== null && !(first !== undefined && first.length === 2)) out.push(`“${arrow[0]}”里有全角字符，ink 的跳转只认半角“->”：请改成 ->`);
  if (first !== '→' && ARROW_TARGET.test(text)) out.push('“→”不是 ink 的跳转：ink 只认半角“->”，请改成 ->');
  const hash = HASH_TAG.exec(text);
  if (hash !== null) out.push(`“＃ ${hash[1] ?? ''}:”里的“＃”是全角字符，ink 只认半角“#”：请改成 #（只有台词里要显示的井号才用全角“＃”）`);
  // Half-width ink logic in the middle of a line is words to ink: shown to the trainee as they are.
  const logic = MID_LINE_LOGIC.exec(text);
  if (logic !== null) out.push(`${MID_LINE}“${logic[1] ?? ''}”不会改变数值，会原样显示给学员：ink 只把一行开头的 ~ 当作计算，请把它单独写成下一行`);
  const bracket = CHOICE_BRACKET.exec(text)?.[1];
  if (bracket !== undefined) {
    const close = bracket === '【' ? '】' : '］';
    out.push(`选项的“${bracket}${close}”是全角括号，ink 只认半角“[ ]”：请改成 [ ]（只有台词里要显示的括号才用全角）`);
  }
  // ＋/－ and full-width digits in a score's value (up to the next tag or the choice's `]`).
  for (const m of text.matchAll(/[#＃]\s*score\s*[:：]([^#＃\]】］]*)/gi)) {
    const value = m[1] ?? '';
    for (const ch of ['＋', '－']) if (value.includes(ch)) out.push(say('# score: 的分值里的', ch));
    if (/[０-９]/.test(value)) out.push('# score: 的分值里有全角数字（如“２”）：ink 只认半角数字，请改成 0-9');
  }
  return out;
}

/**
 * Full-width characters in ink syntax's place in one file's source (already normalised to LF),
 * each an error at its own line, code `full-width-symbol`.
 */
export function fullWidthFindings(file: string, source: string): InkDiagnostic[] {
  const out: InkDiagnostic[] = [];
  let inBlock = false;
  source.split('\n').forEach((raw, i) => {
    let text = raw;
    if (inBlock) {
      const end = text.indexOf('*/');
      if (end < 0) return;
      text = text.slice(end + 2);
      inBlock = false;
    }
    text = text.replace(/\/\*.*?\*\//g, '');
    const open = text.indexOf('/*');
    if (open >= 0) {
      text = text.slice(0, open);
      inBlock = true;
    }
    const slashes = text.indexOf('//');
    if (slashes >= 0) text = text.slice(0, slashes);
    for (const what of lineFindings(text)) out.push(finding(file, i + 1, what));
  });
  return out;
}
