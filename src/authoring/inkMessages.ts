/**
 * Every message of the ink compiler in Chinese, with a stable code and a fix hint, in the same
 * shape as the checker's own findings: `ERROR: 'file.ink' line N: 中文说明（code）`. The compiler's
 * English stays in `inkMessage` for tools and for anyone comparing with Inky. Messages this table
 * does not know still arrive in the same shape (code `ink-message`), framed in Chinese.
 */
import type { InkDiagnostic } from './compile';
import { HINTS } from './hints';
import { didYouMean, nearest } from './nearest';

/** A project diagnostic: the code is kept as a field and shown at the end of the message. */
export function projectDiag(severity: 'error' | 'warning', file: string, line: number, message: string, code: string): InkDiagnostic {
  const full = `${message}（${code}）`;
  const hint = HINTS[code];
  return { severity, code, ...(hint === undefined ? {} : { hint }), file, line, message: full, text: `${severity === 'error' ? 'ERROR' : 'WARNING'}: '${file}' line ${line}: ${full}` };
}

/** What a message may name: the story's knots (`knot`, `knot.stitch`) and global variables. */
export interface MessageContext {
  readonly flows: readonly string[];
  readonly variables: readonly string[];
  /** Labelled choices and gathers as `knot.label` / `knot.stitch.label` (read counts may name them). */
  readonly labels?: readonly string[];
}

interface Rule {
  readonly re: RegExp;
  readonly code: string;
  readonly say: (m: RegExpExecArray, ctx: MessageContext) => string;
}

/** What `-> name` may point at: knots, stitches, and ink's own END and DONE. */
function divertTargets(ctx: MessageContext): string[] {
  return [...ctx.flows, 'END', 'DONE'];
}

function knotList(ctx: MessageContext): string {
  const knots = ctx.flows.filter((f) => !f.includes('.'));
  if (knots.length === 0) return '这个文件里还没有任何场景（=== 场景名 ===）。';
  const shown = knots.slice(0, 12).join('、');
  return `现有的场景：${shown}${knots.length > 12 ? ` 等 ${knots.length} 个` : ''}。`;
}

function missingTarget(name: string, ctx: MessageContext): string {
  const hint = didYouMean(name, divertTargets(ctx));
  return hint !== '' ? hint : knotList(ctx);
}

/** What ink expected, in words: the phrases its parser uses most. */
const EXPECTED: Readonly<Record<string, string>> = {
  'end of line': '行尾（这一行到这里就该结束了；场景名、跳转目标里不能有空格或连字符“-”）',
  'a divert target': '跳转的目标（-> 后面写场景名）',
  'closing bracket': '右括号',
  "closing ']' for weave-style option": '选项的“]”',
};

const RULES: readonly Rule[] = [
  {
    re: /^Divert target not found: '-> ?([^']*)'/,
    code: 'divert-target-missing',
    say: (m, ctx) => `跳转的目标“${m[1] ?? ''}”不存在。${missingTarget(m[1] ?? '', ctx)}`,
  },
  {
    re: /^Function call target not found: '-> ?([^']*)'/,
    code: 'function-missing',
    say: (m, ctx) => `调用的函数“${m[1] ?? ''}”不存在。${didYouMean(m[1] ?? '', ctx.flows)}`,
  },
  {
    // `他说{好}。`: half-width braces in a line make ink read the words as a variable.
    re: /^Unresolved variable: (\S*[\u3400-\u9fff\uff00-\uffef]\S*)/,
    code: 'half-width-symbol',
    say: (m) => `台词里的“{${m[1] ?? ''}}”被 ink 当成了变量：台词里的花括号要用全角“｛｝”`,
  },
  {
    re: /^(?:Unresolved variable: |Variable could not be found to assign to: |variable for \w+ could not be found: )'?([^'\s]+)'?/,
    code: 'variable-missing',
    say: (m, ctx) => {
      const name = m[1] ?? '';
      const near = didYouMean(name, ctx.variables);
      if (near !== '') return `变量“${name}”没有声明。${near}`;
      return `变量“${name}”没有声明。${ctx.variables.length > 0 ? `已声明的变量：${ctx.variables.slice(0, 8).join('、')}。` : ''}`;
    },
  },
  {
    re: /^found declaration variable '([^']*)' that was already declared/,
    code: 'variable-declared-twice',
    say: (m) => `变量“${m[1] ?? ''}”已经声明过了（仪表变量在 common.ink 里声明）：改起始值请写 ~ ${m[1] ?? ''} = 数值，不要再写 VAR`,
  },
  {
    re: /^Logic following a '~' can't be that type of expression/,
    code: 'logic-line',
    say: () => '“~”后面的写法 ink 不认识：改变量写成 ~ trust += 10 或 ~ trust = 50',
  },
  {
    re: /^Expected right side of '-' expression but saw '>/,
    code: 'condition-colon',
    say: () => '条件和跳转之间少了冒号：写成 { trust >= 60: -> 场景名 }',
  },
  {
    re: /^Expected end of line but saw '\|/,
    code: 'half-width-symbol',
    say: () => '台词里的半角竖线“|”被 ink 当成了分隔符：台词里请用全角“｜”',
  },
  {
    re: /^Expected some kind of logic, conditional or sequence within braces/,
    code: 'half-width-symbol',
    say: () => '花括号里是空的或 ink 看不懂：台词里的花括号要用全角“｛｝”；条件写成 { trust >= 60: 内容 }',
  },
  {
    re: /^Expected closing '\]' for weave-style option/,
    code: 'choice-bracket-unclosed',
    say: () => '选项的方括号没有闭合：这一行有“[”，却没有对应的“]”',
  },
  {
    re: /^Expected closing brace '\}'/,
    code: 'brace-unclosed',
    say: () => '花括号没有闭合：“{”开始的条件或变化，到行尾（或文件末尾）还没有“}”',
  },
  {
    re: /^Failed to load: '([^']*)'/,
    code: 'include-missing',
    say: (m) => `INCLUDE 的文件“${m[1] ?? ''}”找不到（路径从 ink 文件夹算起，如 INCLUDE parts/opening.ink）`,
  },
  {
    re: /^Recursive INCLUDE detected: '([^']*)'/,
    code: 'include-loop',
    say: (m) => `文件“${m[1] ?? ''}”被循环 INCLUDE 了（A 包含 B，B 又包含 A）`,
  },
  {
    re: /^Story already contains flow named '([^']*)'/,
    code: 'duplicate-name',
    say: (m) => `场景名“${m[1] ?? ''}”用了两次：每个场景（=== 名字 ===）的名字要不同`,
  },
  {
    re: /^A (\w+) with the same label name '([^']*)' already exists/,
    code: 'duplicate-name',
    say: (m) => `标签名“(${m[2] ?? ''})”在同一场景里用了两次：给其中一个换个名字`,
  },
  {
    re: /^Expected end of line after knot name definition but saw '([^']*)'/,
    code: 'knot-name',
    say: (m) => `场景名后面多了“${(m[1] ?? '').trim()}”：场景名只能有字母、数字和下划线（不能有空格或连字符“-”），如 === sit_down ===`,
  },
  {
    re: /^Expected at least one line within the knot/,
    code: 'knot-empty',
    say: () => '这个场景是空的：=== 场景名 === 下面至少要有一行内容',
  },
  {
    re: /^Apparent loose end exists where the flow runs out/,
    code: 'loose-end',
    say: () => '故事在这里走到了头，却没有 -> END 或跳转：学员会卡在这里',
  },
  {
    re: /^(?:Choice is completely empty|Blank choice)/,
    code: 'empty-choice',
    say: () => '选项是空的：ink 把它当作不显示的“兜底选项”。若是有意的，写成 * -> 目标',
  },
  {
    re: /^Divert target \(([^)]*)\) doesn't take parameters/,
    code: 'divert-arguments',
    say: (m) => `跳到“${m[1] ?? ''}”时带了括号参数，而这个场景不接收参数：去掉 -> 后的 (…)`,
  },
  {
    re: /^Empty diverts \(->\) are only valid on choices/,
    code: 'divert-empty',
    say: () => '“->”后面没有写跳到哪里：写上场景名，或 -> END',
  },
  {
    // `{ waiting.scold: … }`: a condition reads how often a knot, stitch or labelled choice was seen.
    re: /^Could not find target for read count: (?:-> ?)?([^\s,]+)/,
    code: 'read-count-target-missing',
    say: (m, ctx) => {
      const name = m[1] ?? '';
      const near = didYouMean(name, [...ctx.flows, ...(ctx.labels ?? [])]);
      return `条件里的“${name}”找不到：{ ${name}: … } 读的是这个场景、小节或带（标签）的选项走过几次，可现在没有叫这个名字的。${near !== '' ? near : knotList(ctx)}`;
    },
  },
  {
    re: /^(?:Return statements can only be used in knots that are declared as functions|should not have return statement outside of a knot)/,
    code: 'return-outside-function',
    say: () => '“~ return”只能写在函数（=== function 名字 ===）里：场景里要结束请写 -> END，要接着演写 -> 场景名',
  },
  {
    re: /^You shouldn't use a '~' here/,
    code: 'logic-line',
    say: () => '“~”要单独起一行写在行首：台词后面不能接 ~ trust += 10，请把它挪到下一行',
  },
  {
    re: /^Can't use increment\/decrement here/,
    code: 'logic-line',
    say: () => '“++”“--”只能写在以“~”开头的一行里，如 ~ trust++；台词里显示变量写 {trust}',
  },
  {
    re: /^'([^']*)' cannot be used for the name of a (\w+) because it's a (reserved keyword|built in function)/,
    code: 'knot-name',
    say: (m) => `“${m[1] ?? ''}”是 ink 自己${m[3] === 'reserved keyword' ? '的关键字' : '的函数名'}，不能用作名字：换一个名字，如 ${(m[1] ?? '').toLowerCase()}_scene`,
  },
  {
    re: /^(\S+) hasn't been marked as a function, but it's being called as one/,
    code: 'function-missing',
    say: (m) => `“${m[1] ?? ''}”是场景，不是函数，却被当作函数调用（名字后面加了括号）：跳过去写 -> ${m[1] ?? ''}；若真要函数，写成 === function ${m[1] ?? ''} ===`,
  },
  {
    re: /^Expected one or two alternatives separated by '\|' in inline conditional/,
    code: 'half-width-symbol',
    say: () => '条件 { 条件: 甲 | 乙 } 里只能有一个“|”分开两种说法：台词里的竖线请用全角“｜”',
  },
  {
    re: /^Unexpected number of arrows in divert/,
    code: 'divert-empty',
    say: () => '跳转的箭头写多了：跳到场景只写一个 ->（隧道返回才写 ->->）',
  },
  {
    re: /^You can't use a gather \(the dashes\) within the \{ curly braces \} context/,
    code: 'ink-syntax',
    say: () => '多行的条件 { … } 里，每个分支只用一个“-”开头（如 - trust >= 60:），不能写收拢行（- -）',
  },
  {
    re: /^expected content for the conditional branch following '-'/,
    code: 'ink-syntax',
    say: () => '多行条件里“-”开头的这个分支是空的：在冒号后面或下一行写上内容',
  },
  {
    re: /^Expected (.+?) but saw (.+)$/s,
    code: 'ink-syntax',
    say: (m) => `ink 读不懂这一行：这里应是${EXPECTED[m[1] ?? ''] ?? ` ${m[1] ?? ''}`}，实际却是 ${(m[2] ?? '').trim()}`,
  },
];

/**
 * The Chinese finding for one message of the ink compiler (already parsed into file, line and
 * the English text). Project findings (with a code) are returned as they are.
 */
export function explainInkMessage(d: InkDiagnostic, ctx: MessageContext): InkDiagnostic {
  if (d.code !== undefined) return d;
  // inkjs appends the loader's own error to a failed INCLUDE ("…\nError:Error: missing"): that
  // part is ours, not the author's, and is dropped from what is shown.
  const english = d.message.replace(/\s*(?:Error:\s*)+missing\s*$/, '').trim();
  const severity = d.severity === 'error' ? 'error' : 'warning';
  for (const rule of RULES) {
    const m = rule.re.exec(english);
    if (m !== null) return { ...projectDiag(severity, d.file, d.line, rule.say(m, ctx), rule.code), inkMessage: english };
  }
  const what = d.severity === 'todo' ? `待办（TODO）：${english}` : `ink 编译器报告：${english}`;
  return { ...projectDiag(severity, d.file, d.line, what, d.severity === 'todo' ? 'ink-todo' : 'ink-message'), inkMessage: english };
}

/** Closest ids for an unknown one, and the list of valid ids, as one Chinese sentence. */
export function unknownIdMessage(kind: string, id: string, valid: readonly string[]): string {
  const near = nearest(id, valid);
  const guess = near.length === 0 ? '' : `你是不是想写 ${near.join(' 或 ')}？`;
  return `未知${kind}“${id}”。${guess}可用的${kind}：${valid.join('、')}`;
}

/** ink's runtime messages (English, from the engine) in a trainer's words; Chinese messages pass through. */
const RUNTIME: readonly { readonly re: RegExp; readonly say: (m: RegExpExecArray) => string }[] = [
  { re: /ran out of content/, say: () => '故事在这里断了：这一段走到了头，缺少 -> END 或跳转' },
  { re: /Do you need a '->->' to return from a tunnel/, say: () => '隧道（-> 场景 ->）走到了头却没有用 ->-> 返回' },
  { re: /Do you need a '~ return'/, say: () => '函数走到了头却没有 ~ return' },
  { re: /Missing function binding for external: '([^']*)'/, say: (m) => `外部函数 ${m[1] ?? ''} 没有实现：本项目的游戏不提供 EXTERNAL 函数，请写一个同名的 ink 函数（=== function ${m[1] ?? ''}() ===）作为替代` },
  { re: /External function ([^\s']+|'[^']*') .*not (?:bound|found)/i, say: (m) => `外部函数 ${m[1] ?? ''} 没有实现：本项目的游戏不提供 EXTERNAL 函数，请用 ink 自己的函数（=== function 名字 ===）代替` },
  { re: /RANDOM was called with minimum as (-?\d+) and maximum as (-?\d+)/, say: (m) => `RANDOM 的最小值 ${m[1] ?? ''} 大于最大值 ${m[2] ?? ''}` },
  { re: /Divert target doesn't exist: (.*)/, say: (m) => `跳转的目标不存在：${(m[1] ?? '').trim()}` },
  { re: /Tried to divert using a target from a variable that could not be found \(([^)]*)\)/, say: (m) => `用变量跳转时找不到变量“${m[1] ?? ''}”` },
];

/**
 * A runtime problem's message for a trainer: ink's engine speaks English, the core speaks Chinese.
 * English that this table does not know is kept, framed in Chinese.
 */
export function explainRuntimeMessage(message: string): string {
  if (/[\u4e00-\u9fff]/.test(message)) return message;
  for (const r of RUNTIME) {
    const m = r.re.exec(message);
    if (m !== null) return `${r.say(m)}（ink 原文：${message}）`;
  }
  return `ink 运行时报告：${message}`;
}

/** Where a flow starts, as the core's knots record it: `file.ink line N`. */
function parseAt(location: string | null): { file: string; line: number } | null {
  const m = location === null ? null : /^(.+?) line (\d+)$/.exec(location);
  return m === null ? null : { file: m[1] ?? '', line: Number(m[2]) };
}

/**
 * The best line for a runtime stop the core reports (a StoryError's `location`, which for ink's
 * "ran out of content" is only the knot's header, from src/core/session.ts runtimeError): for a
 * dead end, ink's own loose-end warning inside that knot (`diagnostics`, code `loose-end`), else
 * the knot's last line of content (read from `read`); otherwise the location itself. Used by
 * `npm run ink:compile -- --play`; the core's hot path is not involved. Null when nothing is known.
 */
export function runtimeProblemLine(
  message: string,
  location: string | null,
  knots: Readonly<Record<string, string>>,
  diagnostics: readonly InkDiagnostic[],
  read: (file: string) => string | null,
): { file: string; line: number } | null {
  const at = parseAt(location);
  const dead = /ran out of content/.test(message);
  // ink can stop before the core knows the knot (nothing read since the choice): ink's own
  // loose-end warning is then the best place there is.
  if (at === null && dead) {
    const loose = diagnostics.find((d) => d.code === 'loose-end');
    return loose === undefined ? null : { file: loose.file, line: loose.line };
  }
  if (at === null || !dead) return at;
  const next = Object.values(knots)
    .map(parseAt)
    .filter((k): k is { file: string; line: number } => k !== null && k.file === at.file && k.line > at.line)
    .reduce((min, k) => Math.min(min, k.line), Number.POSITIVE_INFINITY);
  const loose = diagnostics.find((d) => d.code === 'loose-end' && d.file === at.file && d.line > at.line && d.line < next);
  if (loose !== undefined) return { file: loose.file, line: loose.line };
  const lines = (read(at.file) ?? '').split('\n');
  for (let i = Math.min(lines.length, next - 1) - 1; i >= at.line; i--) {
    const text = (lines[i] ?? '').trim();
    if (text !== '' && !text.startsWith('//')) return { file: at.file, line: i + 1 };
  }
  return at;
}

/** A runtime stop as a trainer reads it: `故事在这里断了（x.ink line 23）：…` or `运行出错（…）：…`, in Chinese. */
export function describeRuntimeProblem(message: string, at: { file: string; line: number } | null): string {
  const where = at === null ? '' : `（${at.file} line ${at.line}）`;
  const said = explainRuntimeMessage(message);
  const dead = /^故事在这里断了：/.exec(said);
  return dead !== null ? `故事在这里断了${where}：${said.slice(dead[0].length)}` : `运行出错${where}：${said}`;
}
