/**
 * Checks a case's tags in its source text, where line numbers are known: every tag must be one
 * the vocabulary knows, well formed, and in the right place; every score must name a principle
 * in the catalogue; every choice must carry a score and an explanation. Findings come back in
 * ink's own shape so the build, the CLI and editors show them alike.
 */
import { parseTag, type Catalogue, type Tag } from '../core';
import type { InkDiagnostic } from './compile';
import { HINTS } from './hints';
import { scopesOf, type TagScope } from './tagDocs';

/** The start of a choice line: its bullets, then an optional label and conditions. */
const CHOICE_START = /^\s*(?:[*+]\s*)+(?:\(\s*[A-Za-z_]\w*\s*\)\s*)?(?:\{[^}]*\}\s*)*/;

export interface ChoiceLine {
  /** The text shown as the option (before and inside [ ]), or null for a fallback choice. */
  readonly text: string | null;
  /** Tags that belong to the choice (inside [ ], or the whole line if it has no brackets). */
  readonly choiceTags: readonly string[];
  /** Tags after ], which belong to the line the choice prints. */
  readonly lineTags: readonly string[];
}

/** Reads a choice line (comments already removed); null if the line is not a choice. */
export function parseChoiceLine(code: string): ChoiceLine | null {
  const start = CHOICE_START.exec(code);
  if (start === null || !/^\s*[*+]/.test(code)) return null;
  const rest = code.slice(start[0].length);
  if (/^->/.test(rest.trim()) || rest.trim() === '') return { text: null, choiceTags: [], lineTags: [] };
  const open = rest.indexOf('[');
  if (open < 0) return { text: textBeforeTags(rest), choiceTags: splitTags(rest), lineTags: [] };
  const close = rest.indexOf(']', open);
  const inside = close < 0 ? rest.slice(open + 1) : rest.slice(open + 1, close);
  const after = close < 0 ? '' : rest.slice(close + 1);
  return { text: `${rest.slice(0, open)}${textBeforeTags(inside)}`.trim(), choiceTags: splitTags(inside), lineTags: splitTags(after) };
}

function textBeforeTags(s: string): string {
  const i = s.indexOf('#');
  return (i < 0 ? s : s.slice(0, i)).trim();
}

/** Strips comments from every line, following block comments across lines; line numbers are kept. */
export function codeLines(source: string): string[] {
  let inBlock = false;
  return source.split(/\r?\n/).map((raw) => {
    let line = raw;
    let out = '';
    for (;;) {
      if (inBlock) {
        const end = line.indexOf('*/');
        if (end < 0) return out;
        line = line.slice(end + 2);
        inBlock = false;
      }
      const open = line.indexOf('/*');
      const lineComment = line.search(/(^|[^:])\/\//);
      if (lineComment >= 0 && (open < 0 || lineComment < open)) return out + line.slice(0, lineComment + (line[lineComment] === '/' ? 0 : 1));
      if (open < 0) return out + line;
      out += line.slice(0, open);
      line = line.slice(open + 2);
      inBlock = true;
    }
  });
}

/** A project diagnostic: the code is kept as a field and shown at the end of the message. */
export function diag(severity: 'error' | 'warning', file: string, line: number, message: string, code: string): InkDiagnostic {
  const full = `${message}（${code}）`;
  const hint = HINTS[code];
  return { severity, code, ...(hint === undefined ? {} : { hint }), file, line, message: full, text: `${severity === 'error' ? 'ERROR' : 'WARNING'}: '${file}' line ${line}: ${full}` };
}

function splitTags(s: string): string[] {
  const i = s.indexOf('#');
  return i < 0 ? [] : s.slice(i + 1).split('#').map((t) => t.trim());
}

const SCOPE_NAMES: Readonly<Record<TagScope, string>> = {
  header: '文件开头（INCLUDE 之前）',
  line: '台词行',
  choice: '选项的方括号里',
  catalogue: '原则目录（principles.ink）',
};

export function lintCaseTags(file: string, source: string, catalogue: Catalogue): InkDiagnostic[] {
  const out: InkDiagnostic[] = [];
  const principles = new Set(catalogue.principles.map((p) => p.id));
  const redlines = new Set(catalogue.redlines.map((r) => r.id));
  let inHeader = true;
  codeLines(source).forEach((code, i) => {
    const line = i + 1;
    const trimmed = code.trim();
    if (trimmed === '') return;
    const headerLine = inHeader && trimmed.startsWith('#');
    if (!headerLine) inHeader = false;
    const choice = headerLine ? null : parseChoiceLine(code);
    const isChoice = choice !== null && choice.text !== null;
    const raws = choice === null ? splitTags(code) : choice.choiceTags;
    const afterBracket = choice === null ? [] : choice.lineTags;
    const tags: Tag[] = [];
    // Tags after a choice's ] belong to the line the choice prints, so they are line tags.
    const placed = [...raws.map((raw) => ({ raw, onChoice: isChoice })), ...afterBracket.map((raw) => ({ raw, onChoice: false }))];
    for (const { raw, onChoice } of placed) {
      const r = parseTag(raw);
      if (!r.ok) {
        out.push(diag('error', file, line, r.problem.message, r.problem.code));
        continue;
      }
      if (onChoice) tags.push(r.tag);
      const scopes = scopesOf(r.tag.name);
      const here: TagScope = headerLine ? 'header' : onChoice ? 'choice' : 'line';
      const movedOut = !onChoice && isChoice && (r.tag.name === 'score' || r.tag.name === 'why');
      if (!scopes.includes(here) && !movedOut) {
        const where = scopes.map((x) => SCOPE_NAMES[x]).join('或');
        out.push(diag('error', file, line, `标签“${r.tag.name}”应写在${where}，不能写在${SCOPE_NAMES[here]}`, 'misplaced-tag'));
      }
      if (r.tag.name === 'redline' && !redlines.has(r.tag.value)) {
        out.push(diag('error', file, line, `未知红线编号“${r.tag.value}”，可用：${[...redlines].join('、')}`, 'unknown-redline'));
      }
      if (r.tag.name === 'band' && !placed.some((x) => /^ending\s*[:：]/i.test(x.raw.trim()))) {
        out.push(diag('error', file, line, '# band: 要和 # ending: 写在同一行，说明这个结局代表哪一段等级', 'band-without-ending'));
      }
      if (r.tag.name === 'score') {
        for (const d of r.tag.value) {
          if (!principles.has(d.principle)) out.push(diag('error', file, line, `未知原则编号“${d.principle}”，请使用 principles.ink 中的编号`, 'unknown-principle'));
        }
      }
    }
    if (isChoice) {
      if (!tags.some((t) => t.name === 'score')) out.push(diag('error', file, line, '选项缺少 # score: 标签（写在方括号里），每个选项都要按原则评分', 'choice-unscored'));
      if (!tags.some((t) => t.name === 'why')) out.push(diag('error', file, line, '选项缺少 # why: 解释（写在方括号里），复盘时要向学员说明', 'choice-unexplained'));
      if (afterBracket.some((raw) => /^(score|why)\s*[:：]/i.test(raw))) {
        out.push(diag('error', file, line, 'score/why 标签写在了方括号外面，请移到 ] 之前', 'tag-outside-choice'));
      }
    }
  });
  return out;
}
