/**
 * Checks a case's tags in its source text, where line numbers are known: every tag must be one
 * the vocabulary knows, well formed, and in the right place; every score must name a principle
 * in the catalogue; every choice must carry a score and an explanation. Findings come back in
 * ink's own shape so the build, the CLI and editors show them alike.
 */
import { parseTag, type Catalogue, type Tag } from '../core';
import type { InkDiagnostic } from './compile';
import { HINTS } from './hints';
import { TAG_DOCS, type TagScope } from './tagDocs';

const CHOICE = /^\s*(?:[*+]\s*)+(?:\([A-Za-z_]\w*\)\s*)?(?:\{[^}]*\}\s*)*\[/;

/** A project diagnostic: the code is kept as a field and shown at the end of the message. */
export function diag(severity: 'error' | 'warning', file: string, line: number, message: string, code: string): InkDiagnostic {
  const full = `${message}（${code}）`;
  const hint = HINTS[code];
  return { severity, code, ...(hint === undefined ? {} : { hint }), file, line, message: full, text: `${severity === 'error' ? 'ERROR' : 'WARNING'}: '${file}' line ${line}: ${full}` };
}

/** Removes a `//` comment, and block comments opened and closed on the line. */
function stripComments(line: string): string {
  return line.replace(/\/\*.*?\*\//g, '').replace(/(^|[^:])\/\/.*$/, '$1');
}

/** The raw tags on one line; for a choice, only those inside its [ ] (those after it belong to the output line). */
function tagsOn(line: string, isChoice: boolean): { raws: string[]; afterBracket: string[] } {
  const code = stripComments(line);
  if (isChoice) {
    const open = code.indexOf('[');
    const close = code.indexOf(']', open);
    const inside = close < 0 ? code.slice(open) : code.slice(open, close);
    const after = close < 0 ? '' : code.slice(close + 1);
    return { raws: splitTags(inside), afterBracket: splitTags(after) };
  }
  return { raws: splitTags(code), afterBracket: [] };
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
  let inHeader = true;
  source.split(/\r?\n/).forEach((text, i) => {
    const line = i + 1;
    const trimmed = stripComments(text).trim();
    if (trimmed === '') return;
    const headerLine = inHeader && trimmed.startsWith('#');
    if (!headerLine) inHeader = false;
    const isChoice = CHOICE.test(text);
    const { raws, afterBracket } = tagsOn(text, isChoice);
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
      const scope = TAG_DOCS[r.tag.name].scope;
      const here: TagScope = headerLine ? 'header' : onChoice ? 'choice' : 'line';
      const movedOut = !onChoice && isChoice && (r.tag.name === 'score' || r.tag.name === 'why');
      if (scope !== here && !movedOut) {
        out.push(diag('error', file, line, `标签“${r.tag.name}”应写在${SCOPE_NAMES[scope]}，不能写在${SCOPE_NAMES[here]}`, 'misplaced-tag'));
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
