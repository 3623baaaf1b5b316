/**
 * Checks a case's tags as the ink compiler parsed them (src/authoring/inkOutline.ts), so any
 * layout ink accepts is read the way ink reads it: every tag must be one the vocabulary knows,
 * well formed, and in the right place; every score must name a principle in the catalogue;
 * every choice must carry a score and an explanation, and show its words once. Findings come
 * back in ink's own shape so the build, the CLI and editors show them alike.
 */
import { parseTag, type Catalogue, type Tag, type TagName } from '../core';
import type { InkDiagnostic } from './compile';
import type { InkOutline, OutlineTag, TagPlace } from './inkOutline';
import { projectDiag, unknownIdMessage } from './inkMessages';
import { didYouMean } from './nearest';
import { scopesOf, TAG_DOCS, type TagScope } from './tagDocs';

/** A project diagnostic: the code is kept as a field and shown at the end of the message. */
export const diag = projectDiag;

const SCOPE_NAMES: Readonly<Record<TagScope, string>> = {
  header: '文件开头（INCLUDE 之前）',
  line: '台词行',
  choice: '选项的方括号里',
  catalogue: '原则目录（principles.ink）',
};

/** Chinese words trainers write for a tag, and the tag's real name. */
const CHINESE_NAMES: Readonly<Record<string, TagName>> = {
  说话人: 'speaker', 说话者: 'speaker', 角色: 'speaker', 情绪: 'mood', 心情: 'mood', 走到: 'walk', 位置: 'walk', 音效: 'sfx',
  结局: 'ending', 等级: 'band', 等级段: 'band', 评分: 'score', 分数: 'score', 得分: 'score', 分值: 'score', 解释: 'why', 原因: 'why',
  说明: 'why', 红线: 'redline', 案例: 'case', 标题: 'title', 序号: 'number', 原则: 'principles', 客户: 'customer', 仪表: 'meters',
  精髓: 'essence', 忠告: 'advice', 简介: 'summary', 岗位: 'role', 场景: 'setting', 渠道: 'channel', 外形: 'look',
};

/** A tag with a name and a colon whose name the vocabulary does not know: null if the name is known or there is none. */
function unknownNamed(raw: string): InkDiagnostic['message'] | null {
  const m = /^([^\s:：#]+)\s*[:：]/.exec(raw.trim());
  const name = m?.[1];
  if (name === undefined || Object.hasOwn(TAG_DOCS, name.toLowerCase())) return null;
  const mapped = CHINESE_NAMES[name];
  const guess = mapped !== undefined ? `标签名要用英文：你是不是想写 ${mapped}？` : didYouMean(name, Object.keys(TAG_DOCS));
  return `未知标签“${name}”${guess === '' ? '：本项目没有这个标签' : `。${guess}`}`;
}

const HERE: Readonly<Record<TagPlace, TagScope>> = { header: 'header', line: 'line', choice: 'choice', 'after-choice': 'line' };

/**
 * Checks the tags and choices of one case from its outline: the case file and the parts it
 * INCLUDEs (`INCLUDE parts/opening.ink`), each finding at its own file and line.
 */
export function lintCaseTags(outline: InkOutline, catalogue: Catalogue): InkDiagnostic[] {
  const out: InkDiagnostic[] = [];
  const principles = catalogue.principles.map((p) => p.id);
  const redlines = catalogue.redlines.map((r) => r.id);
  const own = outline.tags;
  const runs = new Map<number, OutlineTag[]>();
  for (const t of own) runs.set(t.run, [...(runs.get(t.run) ?? []), t]);
  /** Parsed tags on each choice, by choice index. */
  const onChoice = new Map<number, Tag[]>();
  const outside = new Map<number, OutlineTag[]>();
  /** Tag names written in each choice's brackets, well formed or not (a malformed score is not a missing one). */
  const namedOnChoice = new Map<number, Set<string>>();
  const meters = catalogue.meters.map((m) => m.id);

  for (const t of own) {
    const { file, line } = t;
    if (t.dynamic) {
      // Inline logic in a tag: only its name can be checked before the story runs.
      const named = unknownNamed(t.raw);
      if (named !== null) out.push(diag('error', file, line, named, 'unknown-tag'));
      continue;
    }
    const written = /^([A-Za-z]+)\s*[:：]/.exec(t.raw.trim())?.[1]?.toLowerCase();
    if (t.place === 'choice' && t.choice !== null && written !== undefined) namedOnChoice.set(t.choice, new Set([...(namedOnChoice.get(t.choice) ?? []), written]));
    const named = unknownNamed(t.raw);
    if (named !== null) {
      out.push(diag('error', file, line, named, 'unknown-tag'));
      continue;
    }
    const r = parseTag(t.raw);
    if (!r.ok) {
      out.push(diag('error', file, line, r.problem.message, r.problem.code));
      continue;
    }
    const tag = r.tag;
    if (t.place === 'choice' && t.choice !== null) onChoice.set(t.choice, [...(onChoice.get(t.choice) ?? []), tag]);
    const movedOut = t.place === 'after-choice' && (tag.name === 'score' || tag.name === 'why');
    if (movedOut && t.choice !== null) outside.set(t.choice, [...(outside.get(t.choice) ?? []), t]);
    const here = HERE[t.place];
    const scopes = scopesOf(tag.name);
    if (!scopes.includes(here) && !movedOut) {
      const where = scopes.map((x) => SCOPE_NAMES[x]).join('或');
      out.push(diag('error', file, line, `标签“${tag.name}”应写在${where}，不能写在${SCOPE_NAMES[here]}`, 'misplaced-tag'));
    }
    if (tag.name === 'redline' && !redlines.includes(tag.value)) {
      out.push(diag('error', file, line, unknownIdMessage('红线编号', tag.value, redlines), 'unknown-redline'));
    }
    if (tag.name === 'band' && !(runs.get(t.run) ?? []).some((x) => /^ending\s*[:：]/i.test(x.raw))) {
      out.push(diag('error', file, line, '# band: 要和 # ending: 写在同一行，说明这个结局代表哪一段等级', 'band-without-ending'));
    }
    // The header's ids, at the header tag's own line (readCaseMeta only knows the file).
    if (tag.name === 'principles') {
      for (const id of tag.value) if (!principles.includes(id)) out.push(diag('error', file, line, unknownIdMessage('原则编号', id, principles), 'unknown-principle'));
    }
    if (tag.name === 'meters') {
      for (const id of tag.value) if (!meters.includes(id)) out.push(diag('error', file, line, unknownIdMessage('仪表编号', id, meters), 'unknown-meter'));
    }
    if (tag.name === 'score') {
      for (const d of tag.value) {
        if (!principles.includes(d.principle)) out.push(diag('error', file, line, unknownIdMessage('原则编号', d.principle, principles), 'unknown-principle'));
      }
    }
  }

  outline.choices.forEach((c, i) => {
    const { file } = c;
    if (c.fallback) return;
    const tags = onChoice.get(i) ?? [];
    const moved = outside.get(i) ?? [];
    const written = namedOnChoice.get(i) ?? new Set<string>();
    if (!tags.some((t) => t.name === 'score') && !written.has('score')) out.push(diag('error', file, c.line, '选项缺少 # score: 标签（写在方括号里），每个选项都要按原则评分', 'choice-unscored'));
    if (!tags.some((t) => t.name === 'why') && !written.has('why')) out.push(diag('error', file, c.line, '选项缺少 # why: 解释（写在方括号里），复盘时要向学员说明', 'choice-unexplained'));
    const first = moved[0];
    if (first !== undefined) out.push(diag('error', first.file, first.line, 'score/why 标签写在了方括号外面，请移到 ] 之前', 'tag-outside-choice'));
    if (c.text === '') {
      out.push(diag('error', file, c.line, '选项没有文字：学员会看到一个空白选项。选项的 [文字] 要紧跟在 * 或条件 {…} 后面，条件后面不能换行', 'choice-empty'));
    }
    if (c.bracketless) {
      out.push(
        diag(
          'warning',
          file,
          c.line,
          `选项“${c.echoed}”没有用方括号 [ ]：学员选了它以后，这句话会再作为旁白显示一遍`,
          'choice-shown-twice',
        ),
      );
    }
  });
  return out;
}
