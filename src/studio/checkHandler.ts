/**
 * The Studio checker's work for one request, apart from the worker's messaging so tests run it
 * in Node: compile, lint, explore and draw the map for the file being edited, with the same
 * checker, bounds and ink reader as `npm run ink:check` and the build.
 */
import { checkCase, checkCatalogue, placeholderMeta } from '../authoring/check';
import { DEFAULT_LIMITS } from '../authoring/explore';
import { inkFilesFromRecord, inkName } from '../authoring/inkSources';
import { mapToSvg } from '../authoring/mapSvg';
import { MapBuilder } from '../authoring/storyMap';
import type { InkDiagnostic } from '../authoring/compile';
import { contentHash, knotNames, openStory } from '../core';
import type { CheckRequest, CheckResponse } from './protocol';

/** The same counted bounds as the CLI: the Studio and ink:check give the same findings. */
const LIMITS = DEFAULT_LIMITS;

/**
 * What a file without this project's header lacks, in a trainer's words, or null for a case.
 * Built from the checker's own findings, so it says only what was found.
 */
export function foreignNotice(diagnostics: readonly InkDiagnostic[], file: string): string | null {
  const mine = diagnostics.filter((d) => d.file === file);
  if (!mine.some((d) => d.code === 'not-a-case')) return null;
  const count = (code: string): number => mine.filter((d) => d.code === code).length;
  const missing = ['文件开头没有 # case:、# title: 等案例信息'];
  const unscored = count('choice-unscored');
  if (unscored > 0) missing.push(`${unscored} 个选项没有 # score: 和 # why:`);
  if (count('no-ending') + count('ending-without-debrief') > 0) missing.push('结局没有 # ending: 标签');
  return `这不是本项目格式的案例：${missing.join('，')}。可以照常试玩、看分支地图和场景列表，但不评分，也没有复盘。要把它做成案例，请从模板 ink/_template.ink 复制开头的标签，并给每个选项加上评分和解释。`;
}

/** Checks `req.file` against `req.files`; every problem is returned in the response, nothing is thrown for the author's ink. */
export function handleCheckRequest(req: CheckRequest): CheckResponse {
  const files = inkFilesFromRecord(req.files);
  const file = inkName(req.file) ?? req.file;
  const empty = { id: req.id, compiled: null, summary: null, mapSvg: null, knotNames: [], failure: null, draft: null, notice: null };
  const cat = checkCatalogue(files);
  if (cat.catalogue === null) return { ...empty, diagnostics: cat.diagnostics, catalogue: null };
  const map = new MapBuilder();
  const { report, diagnostics } = checkCase(file, files, cat.catalogue, LIMITS, map);
  const errors = diagnostics.some((d) => d.severity === 'error');
  const notice = foreignNotice(diagnostics, file);
  const x = report.exploration;
  const summary =
    x === null
      ? null
      : {
          paths: x.paths,
          states: x.states,
          strategies: report.strategies.map((st) => ({ label: st.label, score: st.score, grade: st.grade })),
          complete: x.stopped === null,
          endings: x.endings,
          scores: x.scores,
          best: x.best?.choices ?? [],
          worst: x.worst?.choices ?? [],
        };
  const json = report.json;
  if (json === null) return { ...empty, diagnostics, catalogue: cat.catalogue, summary, notice };
  // Foreign ink (no header) plays under a stand-in header: the file name as its title, a
  // customer called 客户.
  const meta = report.meta ?? { ...placeholderMeta(file), customer: '客户', role: '—' };
  const compiled = { json, hash: contentHash(json), meta, knots: report.knots ?? {} };
  return {
    ...empty,
    diagnostics,
    catalogue: cat.catalogue,
    summary,
    compiled: errors ? null : compiled,
    draft: errors ? compiled : null,
    notice,
    mapSvg: mapToSvg(map.build(compiled, cat.catalogue, x?.stopped === null), { title: `${meta.title} · 分支地图` }),
    knotNames: knotNames(openStory(json, 1)),
  };
}
