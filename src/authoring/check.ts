/**
 * The checker: compiles every case, checks its tags, and plays every path. One implementation
 * behind `npm run ink:check`, the test over ink/ and (later) the Studio. Pure: file access goes
 * through InkFiles, the clock is passed in.
 */
import { contentHash, readCaseMetaFromJson, readCatalogue, type Catalogue, type CaseMeta, type CompiledCase } from '../core';
import { GRADES } from '../core';
import { compileInk, knotLines, type InkDiagnostic, type InkFiles } from './compile';
import { DEFAULT_LIMITS, explore, type Exploration, type ExploreLimits, type ExploreTrace } from './explore';
import { codeLines, diag, lintCaseTags, parseChoiceLine } from './lintTags';

export const CATALOGUE_FILE = 'principles.ink';

export interface CaseReport {
  readonly file: string;
  readonly meta: CaseMeta | null;
  /** The compiled story (compiled with visit counts for every container), when it compiled. */
  readonly json: string | null;
  readonly exploration: Exploration | null;
}

export interface CheckResult {
  readonly diagnostics: readonly InkDiagnostic[];
  readonly cases: readonly CaseReport[];
}

const TOP = GRADES[0].min;
const BOTTOM = GRADES[GRADES.length - 2]?.min ?? 55;

/**
 * Choice lines in a source file with the text they show. Texts with inline logic ({…}) render
 * differently from the source, so they are left out rather than reported falsely.
 */
function sourceChoices(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  codeLines(source).forEach((code, i) => {
    const text = parseChoiceLine(code)?.text;
    if (text !== null && text !== undefined && text !== '' && !/[{}<>]/.test(text)) out.push({ line: i + 1, text });
  });
  return out;
}

function locate(location: string | null, file: string): { file: string; line: number } {
  const m = location === null ? null : /^(.+?) line (\d+)$/.exec(location);
  return m === null ? { file, line: 1 } : { file: m[1] ?? file, line: Number(m[2]) };
}

export function checkCatalogue(files: InkFiles): { catalogue: Catalogue | null; diagnostics: InkDiagnostic[] } {
  const r = compileInk(CATALOGUE_FILE, files);
  if (!r.ok) return { catalogue: null, diagnostics: [...r.diagnostics] };
  const { catalogue, problems } = readCatalogue(r.json);
  return {
    catalogue,
    diagnostics: [...r.diagnostics, ...problems.map((p) => diag('error', CATALOGUE_FILE, 1, `${p.knot}：${p.message}`, 'catalogue'))],
  };
}

export function checkCase(
  file: string,
  files: InkFiles,
  catalogue: Catalogue,
  limits: ExploreLimits = DEFAULT_LIMITS,
  now?: () => number,
  trace?: ExploreTrace,
): { report: CaseReport; diagnostics: InkDiagnostic[] } {
  const out: InkDiagnostic[] = [];
  const r = compileInk(file, files, { countAllVisits: true });
  out.push(...r.diagnostics);
  const source = files.read(file) ?? '';
  const isCase = /^\s*#\s*case\s*[:：]/m.test(source);
  // Ink written outside this project (no case header) is still compiled and explored; its
  // missing scoring is reported as warnings rather than errors.
  const soften = (d: InkDiagnostic): InkDiagnostic => (isCase ? d : { ...d, severity: 'warning', text: d.text.replace(/^ERROR/, 'WARNING') });
  if (!isCase) out.push(diag('warning', file, 1, '文件开头没有 # case: 标签，不是本项目格式的案例：只检查语法和路径', 'not-a-case'));
  if (!r.ok) return { report: { file, meta: null, json: null, exploration: null }, diagnostics: out };
  out.push(...lintCaseTags(file, source, catalogue).map(soften));
  const { meta, problems } = readCaseMetaFromJson(r.json, catalogue);
  if (isCase) out.push(...problems.map((m) => diag('error', file, 1, m, 'case-header')));
  const knots = knotLines(file, files);
  const compiled: CompiledCase = {
    meta: meta ?? ({ id: file, title: file, number: 0, principles: [], setting: 'counter-1', customer: '', look: 'man', role: '', meters: [], essence: '', advice: '', summary: '' } satisfies CaseMeta),
    json: r.json,
    hash: contentHash(r.json),
    knots,
  };
  const x = explore(compiled, catalogue, limits, now, trace);
  if (x.stopped !== null) out.push(diag('warning', file, 1, x.stopped, 'explore-bound'));
  // Where ink itself saw a loose end, the dead end is reported at that line.
  const looseEnds = r.diagnostics.filter((d) => /loose end/i.test(d.message));
  for (const p of x.problems) {
    const route = p.choices.length === 0 ? '（开头）' : p.choices.map((c) => `“${c}”`).join(' → ');
    if (p.problem === 'dead-end' || p.problem === 'runtime-error') {
      // ink's loose-end warning inside a knot the flow entered since the last choice gives the line.
      const inEntered = (d: InkDiagnostic): boolean =>
        p.entered.some((k) => {
          const start = locate(knots[k] ?? null, file);
          const next = Object.values(knots).map((l) => locate(l, file)).filter((l) => l.file === start.file && l.line > start.line).sort((a, b) => a.line - b.line)[0];
          return d.file === start.file && d.line > start.line && (next === undefined || d.line < next.line);
        });
      const loose = p.problem === 'dead-end' ? (looseEnds.find(inEntered) ?? looseEnds[0]) : undefined;
      const at = loose !== undefined ? { file: loose.file, line: loose.line } : locate(p.location, file);
      out.push(diag('error', at.file, at.line, `${p.problem === 'dead-end' ? '故事在这里断了（没有 -> END 或跳转）' : `运行出错：${p.message}`}；路径：${route}`, p.problem));
    } else if (p.problem === 'no-debrief') {
      out.push(soften(diag('error', file, 1, `结局没有 # ending: 标签，复盘无法显示结局；路径：${route}`, 'ending-without-debrief')));
    }
  }
  for (const k of x.unvisitedKnots) {
    const at = locate(knots[k] ?? null, file);
    if (x.stopped === null) out.push(diag('warning', at.file, at.line, `场景“${k}”在任何路径上都走不到`, 'unreachable-knot'));
  }
  if (x.stopped === null) {
    for (const c of sourceChoices(source)) {
      if (!x.offered.has(c.text)) out.push(diag('warning', file, c.line, `选项“${c.text}”在任何路径上都不会出现`, 'unreachable-choice'));
    }
  }
  // Grade reach is judged only when every path ends properly (broken paths have no score).
  if (isCase && x.scores !== null && x.problems.length === 0) {
    if (x.scores.max < TOP) out.push(diag('error', file, 1, `最好的路径只得 ${x.scores.max} 分，达不到最高等级（${TOP} 分）`, 'top-grade-unreachable'));
    if (x.scores.min >= BOTTOM) out.push(diag('error', file, 1, `最差的路径也有 ${x.scores.min} 分，达不到最低等级（低于 ${BOTTOM} 分）`, 'bottom-grade-unreachable'));
  }
  if (x.paths > 0 && x.scores === null && x.stopped === null) out.push(soften(diag('error', file, 1, '没有任何路径到达带 # ending: 的结局', 'no-ending')));
  return { report: { file, meta, json: r.json, exploration: x }, diagnostics: out };
}

/** Checks the catalogue and the given case files; every problem is returned, nothing is thrown. */
export function checkInk(files: InkFiles, caseFiles: readonly string[], limits: ExploreLimits = DEFAULT_LIMITS, now?: () => number): CheckResult {
  const { catalogue, diagnostics } = checkCatalogue(files);
  if (catalogue === null) return { diagnostics, cases: [] };
  const cases: CaseReport[] = [];
  const ids = new Map<string, string>();
  for (const file of caseFiles) {
    const { report, diagnostics: d } = checkCase(file, files, catalogue, limits, now);
    cases.push(report);
    diagnostics.push(...d);
    const id = report.meta?.id;
    if (id === undefined) continue;
    const other = ids.get(id);
    if (other !== undefined) diagnostics.push(diag('error', file, 1, `案例编号“${id}”与 ${other} 重复，请改用一个新的 # case: 编号`, 'duplicate-case-id'));
    else ids.set(id, file);
  }
  return { diagnostics, cases };
}
