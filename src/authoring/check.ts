/**
 * The checker: compiles every case, checks its tags, and plays every path. One implementation
 * behind `npm run ink:check`, the build's publish gate, the tests over ink/ and the Studio. Pure:
 * file access goes through InkFiles; no clock: every bound is a count, so the findings are the
 * same on any machine under any load.
 */
import { contentHash, readCaseMetaFromJson, readCatalogue, type Catalogue, type CaseMeta, type CompiledCase } from '../core';
import { caseLabel, GRADES } from '../core';
import { compileInk, knotLines, type InkDiagnostic, type InkFiles } from './compile';
import { DEFAULT_LIMITS, explore, type Exploration, type ExploreLimits, type ExploreTrace } from './explore';
import { diag, lintCaseTags } from './lintTags';
import { explainRuntimeMessage } from './inkMessages';
import { inkName, inkSources } from './inkSources';
import { testWiseStrategies, type StrategyResult } from './strategies';
import { headerQuoteProblem, originProblems, sourceProblem } from './deckSources';
import { metersRead } from './meterUse';

export const CATALOGUE_FILE = 'principles.ink';

export interface CaseReport {
  readonly file: string;
  readonly meta: CaseMeta | null;
  /** The compiled story (compiled with visit counts for every container), when it compiled. */
  readonly json: string | null;
  readonly exploration: Exploration | null;
  /** Test-wise strategies (always the longest option, …) and what each scores. */
  readonly strategies: readonly StrategyResult[];
  /** Where each knot starts (`file.ink line N`), read from ink's parse; empty when it did not parse. */
  readonly knots?: Readonly<Record<string, string>>;
}

/**
 * What stands in for a case's header when a file has none (foreign ink) or a broken one, so the
 * story can still be explored, mapped and played: the file name as title, no principles.
 */
export function placeholderMeta(file: string): CaseMeta {
  const name = file.replace(/\.ink$/, '');
  return { id: name, title: name, number: 0, origin: 'bank', principles: [], setting: 'counter-1', channel: 'walk-in', customer: '', look: 'man', role: '', meters: [], essence: '', advice: '', summary: '' };
}

export interface CheckResult {
  readonly diagnostics: readonly InkDiagnostic[];
  readonly cases: readonly CaseReport[];
}

const TOP = GRADES[0]?.min ?? 85;
const BOTTOM = GRADES[GRADES.length - 2]?.min ?? 55;

/** The line of the first error in `file` (1 if none): where a note about waiting checks goes. */
function firstError(list: readonly InkDiagnostic[], file: string): number {
  return list.find((d) => d.severity === 'error' && d.file === file)?.line ?? 1;
}

/** The 1-based line of a header tag (`# name:`) in a case's source; 1 when it is not there. */
/** The case id of ink/_template.ink itself, whose placeholders are meant to be there. */
const TEMPLATE_CASE_ID = 'new-case';

/**
 * Header tags still carrying ink/_template.ink's placeholder words (a case made by 新建案例 or
 * `ink:new` whose title, summary, 精髓 or 忠告 was never written): each would be shown to trainees
 * on the case board and in the debrief as it is.
 */
function templateLeftovers(meta: CaseMeta): { tag: string; message: string }[] {
  if (meta.id === TEMPLATE_CASE_ID) return [];
  const left: [string, boolean, string][] = [
    ['title', meta.title.includes('请改成案例标题'), '案例标题'],
    ['summary', meta.summary.startsWith('一句话介绍这个情景'), '案例简介（# summary:）'],
    ['essence', meta.essence.startsWith('这个案例要学员记住的要点'), '要点（# essence:）'],
    ['advice', meta.advice.startsWith('给学员的忠告（'), '忠告（# advice:）'],
  ];
  return left.filter(([, still]) => still).map(([tag, , what]) => ({ tag, message: `${what}还是模板里的示例文字，学员会在案例板和复盘里看到它：请换成这个案例自己的话` }));
}

function lineOfTag(source: string, name: string): number {
  const at = source.split(/\r?\n/).findIndex((l) => new RegExp(`^\\s*#\\s*${name}\\s*:`).test(l));
  return at < 0 ? 1 : at + 1;
}

function locate(location: string | null, file: string): { file: string; line: number } {
  const m = location === null ? null : /^(.+?) line (\d+)$/.exec(location);
  return m === null ? { file, line: 1 } : { file: m[1] ?? file, line: Number(m[2]) };
}

export function checkCatalogue(given: InkFiles): { catalogue: Catalogue | null; diagnostics: InkDiagnostic[] } {
  const files = inkSources(given);
  const r = compileInk(CATALOGUE_FILE, files);
  if (!r.ok) return { catalogue: null, diagnostics: [...r.diagnostics] };
  const { catalogue, problems } = readCatalogue(r.json);
  const out = [...r.diagnostics, ...problems.map((p) => diag('error', CATALOGUE_FILE, 1, `${p.knot}：${p.message}`, 'catalogue'))];
  // Every source must be the deck's own words (or marked as the bank's own material).
  const source = files.read(CATALOGUE_FILE) ?? '';
  const lines = source.split('\n');
  for (const entry of [...catalogue.principles, ...catalogue.redlines]) {
    for (const quote of entry.sources) {
      const problem = sourceProblem(quote);
      if (problem === null) continue;
      // The line in this entry's own knot (two entries may quote the same words).
      const head = lines.findIndex((l) => new RegExp(`^\\s*#\\s*(principle|redline)\\s*:\\s*${entry.id}\\s*$`).test(l));
      const rel = lines.slice(Math.max(0, head)).findIndex((l) => l.includes(quote));
      const at = rel < 0 ? -1 : Math.max(0, head) + rel;
      out.push(diag('error', CATALOGUE_FILE, at < 0 ? 1 : at + 1, `${entry.id}：${problem}`, 'source-not-verbatim'));
    }
  }
  return { catalogue, diagnostics: out };
}

/** Says which exploration bound stopped a check, and that verdicts were not given because of it. */
function boundNote(stopped: string): string {
  return `${stopped}。这是检查器的计数上限，不是案例本身的错误；需要走完全部路径的判断（等级、结局等级段、可达性）这次没有做`;
}

export function checkCase(
  given: string,
  raw: InkFiles,
  catalogue: Catalogue,
  limits: ExploreLimits = DEFAULT_LIMITS,
  trace?: ExploreTrace,
): { report: CaseReport; diagnostics: InkDiagnostic[] } {
  const out: InkDiagnostic[] = [];
  // Every read goes through the one reader (names, BOM, line endings), whoever the host is.
  const files = inkSources(raw);
  const file = inkName(given) ?? given;
  const r = compileInk(file, files, { countAllVisits: true });
  out.push(...r.diagnostics);
  const source = files.read(file) ?? '';
  const outline = r.outline;
  // A case is a file with a # case: tag, as ink parsed it (one written after INCLUDE is still a
  // case, and is told where its header belongs: misplaced-tag).
  const isCase = outline !== null ? outline.tags.some((t) => t.file === file && /^case\s*[:：]/i.test(t.raw)) : /^\s*#\s*case\s*[:：]/m.test(source);
  // Ink written outside this project (no case header) is still compiled and explored; its
  // missing scoring is reported as warnings rather than errors.
  const soften = (d: InkDiagnostic): InkDiagnostic => (isCase ? d : { ...d, severity: 'warning', text: d.text.replace(/^ERROR/, 'WARNING') });
  if (!isCase && outline !== null) out.push(diag('warning', file, 1, '文件开头没有 # case: 标签，不是本项目格式的案例：只检查语法和路径', 'not-a-case'));
  // Tags and scoring are read from ink's parse, so they are checked even when a divert or a
  // variable is wrong: an author sees every problem of that kind in one run. After a syntax
  // error ink's parse is a guess, so they wait, and the author is told what waits.
  if (outline !== null && !r.syntaxErrors) out.push(...lintCaseTags(outline, catalogue).map(soften));
  if (!r.ok) {
    if (outline !== null) {
      const waiting = r.syntaxErrors
        ? '上面的错误是 ink 读文件时发现的：改正之前，ink 还没有检查跳转和变量，本项目的标签、评分和路径检查也都还没有做，改正后可能还会报出新的问题'
        : '编译错误改正之前，故事没法试玩，路径检查（断头路、结局、等级、可达性）还没有做：改正后可能还会报出新的问题';
      out.push(diag('warning', file, firstError(r.diagnostics, file), waiting, 'checks-waiting'));
    }
    return { report: { file, meta: null, json: null, exploration: null, strategies: [], knots: knotLines(outline) }, diagnostics: out };
  }
  const { meta, problems } = readCaseMetaFromJson(r.json, catalogue);
  // Unknown principle and meter ids are reported by lintCaseTags at the header tag's own line,
  // with the nearest id and the list; the rest of the header's problems (missing tags) here.
  const told = /^未知(原则编号|仪表)“/;
  if (isCase) out.push(...problems.filter((m) => !told.test(m)).map((m) => diag('error', file, 1, m, 'case-header')));
  if (meta !== null && isCase) out.push(...originProblems(meta).map((m) => diag('error', file, lineOfTag(source, 'number'), m, 'case-number')));
  if (meta !== null && isCase) out.push(...templateLeftovers(meta).map(({ tag, message }) => diag('warning', file, lineOfTag(source, tag), message, 'template-text')));
  // Only a case from the deck quotes the deck; the bank's own cases are shown as the bank's.
  if (meta !== null && meta.origin === 'deck') {
    for (const [kind, text] of [['精髓', meta.essence], ['忠告', meta.advice]] as const) {
      const problem = headerQuoteProblem(meta.number, kind, text);
      const at = source.split('\n').findIndex((l) => l.includes(text));
      if (problem !== null) out.push(diag('error', file, at < 0 ? 1 : at + 1, problem, 'essence-not-verbatim'));
    }
  }
  const knots = knotLines(r.outline);
  const compiled: CompiledCase = {
    meta: meta ?? { ...placeholderMeta(file), id: file, title: file },
    json: r.json,
    hash: contentHash(r.json),
    knots,
  };
  const x = explore(compiled, catalogue, limits, trace);
  const complete = x.stopped === null;
  if (x.stopped !== null) out.push(diag('warning', file, 1, boundNote(x.stopped), 'explore-bound'));
  // Where ink itself saw a loose end, the dead end is reported at that line.
  const looseEnds = r.diagnostics.filter((d) => d.code === 'loose-end');
  // Each knot's span of lines (to the next knot in the same file), worked out once.
  const starts = Object.values(knots).map((l) => locate(l, file)).sort((a, b) => a.line - b.line);
  const span = new Map<string, { file: string; from: number; to: number }>();
  for (const [k, l] of Object.entries(knots)) {
    const start = locate(l, file);
    const next = starts.find((x) => x.file === start.file && x.line > start.line);
    span.set(k, { file: start.file, from: start.line, to: next?.line ?? Number.POSITIVE_INFINITY });
  }
  for (const p of x.problems) {
    const route = p.choices.length === 0 ? '（开头）' : p.choices.map((c) => `“${c}”`).join(' → ');
    if (p.problem === 'dead-end' || p.problem === 'runtime-error') {
      // ink's loose-end warning inside a knot the flow entered since the last choice gives the line.
      const inEntered = (d: InkDiagnostic): boolean =>
        p.entered.some((k) => {
          const sp = span.get(k);
          return sp !== undefined && d.file === sp.file && d.line > sp.from && d.line < sp.to;
        });
      const loose = p.problem === 'dead-end' ? (looseEnds.find(inEntered) ?? looseEnds[0]) : undefined;
      const at = loose !== undefined ? { file: loose.file, line: loose.line } : locate(p.location, file);
      out.push(diag('error', at.file, at.line, `${p.problem === 'dead-end' ? '故事在这里断了（没有 -> END 或跳转）' : `运行出错：${explainRuntimeMessage(p.message)}`}；路径：${route}`, p.problem));
    } else if (p.problem === 'no-debrief') {
      out.push(soften(diag('error', file, 1, `结局没有 # ending: 标签，复盘无法显示结局；路径：${route}`, 'ending-without-debrief')));
    }
  }
  if (complete) {
    for (const k of x.unvisitedKnots) {
      const at = locate(knots[k] ?? null, file);
      out.push(diag('warning', at.file, at.line, `场景“${k}”在任何路径上都走不到`, 'unreachable-knot'));
    }
    for (const c of r.outline.choices) {
      // Texts with inline logic render differently from the source: left out rather than reported falsely.
      if (c.text === null || c.text === '') continue;
      if (!x.offered.has(c.text)) out.push(diag('warning', c.file, c.line, `选项“${c.text}”在任何路径上都不会出现`, 'unreachable-choice'));
    }
    // An ending written but never reached is a case that cannot end the way its author meant.
    for (const t of r.outline.tags) {
      const id = /^ending\s*[:：]\s*([a-z][a-z0-9]*(?:-[a-z0-9]+)*)/.exec(t.raw)?.[1];
      if (id !== undefined && isCase && x.endings[id] === undefined) out.push(diag('error', t.file, t.line, `结局“${id}”在任何路径上都到不了`, 'ending-unreachable'));
    }
  }
  const lines = source.split('\n');
  const lineOf = (needle: RegExp): number => {
    const i = lines.findIndex((l) => needle.test(l));
    return i < 0 ? 1 : i + 1;
  };
  // Grade verdicts only from complete exploration, and only when every path ends properly.
  if (isCase && complete && x.scores !== null && x.problems.length === 0) {
    if (x.scores.max < TOP) out.push(diag('error', file, 1, `最好的路径只得 ${x.scores.max} 分，达不到最高等级（${TOP} 分）`, 'top-grade-unreachable'));
    if (x.scores.min >= BOTTOM) out.push(diag('error', file, 1, `最差的路径也有 ${x.scores.min} 分，达不到最低等级（低于 ${BOTTOM} 分）`, 'bottom-grade-unreachable'));
    for (const m of x.bandMisses) {
      const band = m.band.best === m.band.worst ? m.band.best : `${m.band.best}-${m.band.worst}`;
      const route = m.example.choices.map((c) => `“${c}”`).join(' → ');
      out.push(
        diag(
          'error',
          file,
          lineOf(new RegExp(`#\\s*ending\\s*[:：]\\s*${m.endingId}(\\s|$)`)),
          `结局“${m.endingTitle}”标注的等级段是 ${band}，却有 ${m.count} 条路径以 ${m.grades.join('、')} 到达（例如 ${m.example.score} 分 ${m.example.grade}：${route}）：结局要回应学员最后说的话`,
          'ending-band',
        ),
      );
    }
  }
  if (complete && x.paths > 0 && x.scores === null) out.push(soften(diag('error', file, 1, '没有任何路径到达带 # ending: 的结局', 'no-ending')));
  if (isCase && meta !== null) {
    // Every meter shown has a consequence: the story reads it, or its threshold is crossed.
    const read = metersRead(r.json, meta.meters);
    for (const id of meta.meters) {
      if (read.has(id) || x.metersCapped.includes(id)) continue;
      const m = catalogue.meters.find((c) => c.id === id);
      if (m === undefined) continue;
      const capped = m.caps.length > 0 ? `，它在目录里的阈值（${m.caps.map((c) => `${c.when === 'below' ? '低于' : '高于'} ${c.value}`).join('、')}）也没有任何路径越过` : '';
      out.push(diag('error', file, lineOf(/^\s*#\s*meters\s*[:：]/), `仪表“${m.name}”（${id}）只被加减，故事从不读它${capped}：显示出来的仪表要有后果`, 'meter-no-consequence'));
    }
    // A principle on most options says nothing on its bar.
    if (x.distinctOptions >= 6) {
      for (const [id, n] of Object.entries(x.principleUse)) {
        if (n * 2 > x.distinctOptions) {
          out.push(diag('warning', file, 1, `原则“${id}”出现在 ${x.distinctOptions} 个选项中的 ${n} 个上：几乎每个选项都评它，它的得分条就说明不了什么`, 'principle-everywhere'));
        }
      }
    }
    const k = x.answerKey;
    if (k.decisions >= 4 && k.bestIsLongest * 2 > k.decisions) {
      out.push(diag('warning', file, 1, `${k.decisions} 个选择点中有 ${k.bestIsLongest} 个的最佳选项同时是最长的：学员会学会“挑最长的”`, 'best-is-longest'));
    }
  }
  // Measured on cases long enough to have an answer key: with one or two decisions, some position
  // always holds every best option.
  const modelTurns = x.best?.path.length ?? 0;
  const strategies = !isCase || modelTurns < 3 ? [] : (x.strategies ?? testWiseStrategies(compiled, catalogue, Math.max(2, x.maxOptions), limits.maxTurns));
  for (const st of strategies) {
    if (st.problem === null && (st.grade === 'A' || st.grade === 'B')) {
      out.push(diag('error', file, 1, `不读内容、${st.label}也能得 ${st.score} 分（${st.grade}）：答案从选项的长短或位置就能看出来，请让各选项长短相近、最佳选项的位置有变化`, 'answer-key-visible'));
    }
  }
  return { report: { file, meta, json: r.json, exploration: x, strategies, knots }, diagnostics: out };
}

/** Checks the catalogue and the given case files; every problem is returned, nothing is thrown. */
export function checkInk(files: InkFiles, caseFiles: readonly string[], limits: ExploreLimits = DEFAULT_LIMITS): CheckResult {
  const { catalogue, diagnostics } = checkCatalogue(files);
  if (catalogue === null) return { diagnostics, cases: [] };
  return assembleCheck(diagnostics, caseFiles.map((file) => ({ file, ...checkCase(file, files, catalogue, limits) })));
}

/**
 * Puts a whole check together from the catalogue's findings and each case's, in the order the
 * files were named, adding the findings that span cases (a case id used twice).
 */
export function assembleCheck(
  catalogueDiagnostics: readonly InkDiagnostic[],
  perCase: readonly { readonly file: string; readonly report: CaseReport; readonly diagnostics: readonly InkDiagnostic[] }[],
): CheckResult {
  const diagnostics = [...catalogueDiagnostics];
  const cases: CaseReport[] = [];
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();
  for (const { file, report, diagnostics: d } of perCase) {
    cases.push(report);
    diagnostics.push(...d);
    const meta = report.meta;
    if (meta === null) continue;
    const other = ids.get(meta.id);
    if (other !== undefined) diagnostics.push(diag('error', file, 1, `案例编号“${meta.id}”与 ${other} 重复，请改用一个新的 # case: 编号`, 'duplicate-case-id'));
    else ids.set(meta.id, file);
    // The same rule as the build: one case per label (案例 N / 本行案例 N).
    const label = caseLabel(meta);
    const numbered = numbers.get(label);
    if (numbered !== undefined) diagnostics.push(diag('error', file, 1, `${label}已经是 ${numbered}：每个案例的序号不能重复`, 'case-number'));
    else numbers.set(label, file);
  }
  return { diagnostics, cases };
}
