/**
 * Runs the checker off the main thread: compile, lint, explore and draw the map for the file
 * being edited, and post the results back. Each request is independent; the page ignores
 * answers to requests it has since replaced.
 */
import { checkCase, checkCatalogue } from '../authoring/check';
import type { InkFiles } from '../authoring/compile';
import { knotLines } from '../authoring/compile';
import { contentHash, knotNames, openStory } from '../core';
import type { CheckRequest, CheckResponse } from './protocol';
import { mapToSvg } from '../authoring/mapSvg';
import { MapBuilder } from '../authoring/storyMap';
import { DEFAULT_LIMITS } from '../authoring/explore';

/** The same counted bounds as the CLI: the Studio and ink:check give the same findings. */
const LIMITS = DEFAULT_LIMITS;

function handle(req: CheckRequest): CheckResponse {
  const files: InkFiles = { read: (name) => req.files[name] ?? null };
  const empty = { id: req.id, compiled: null, summary: null, mapSvg: null, knotNames: [], failure: null };
  const cat = checkCatalogue(files);
  if (cat.catalogue === null) return { ...empty, diagnostics: cat.diagnostics, catalogue: null };
  const map = new MapBuilder();
  const { report, diagnostics } = checkCase(req.file, files, cat.catalogue, LIMITS, map);
  const errors = diagnostics.some((d) => d.severity === 'error' && d.file === req.file);
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
  if (json === null || report.meta === null) return { ...empty, diagnostics, catalogue: cat.catalogue, summary };
  const compiled = { json, hash: contentHash(json), meta: report.meta, knots: knotLines(null) };
  return {
    ...empty,
    diagnostics,
    catalogue: cat.catalogue,
    summary,
    compiled: errors ? null : compiled,
    mapSvg: mapToSvg(map.build(compiled, cat.catalogue, x?.stopped === null), { title: `${report.meta.title} · 分支地图` }),
    knotNames: knotNames(openStory(json, 1)),
  };
}

self.onmessage = (e: MessageEvent<CheckRequest>): void => {
  let res: CheckResponse;
  try {
    res = handle(e.data);
  } catch (err) {
    res = {
      id: e.data.id,
      diagnostics: [],
      compiled: null,
      catalogue: null,
      summary: null,
      mapSvg: null,
      knotNames: [],
      failure: err instanceof Error ? err.message : String(err),
    };
  }
  self.postMessage(res);
};
