/**
 * Compiles the edited file for the preview alone, when the checker sent nothing to play: a draft
 * whose tags or scoring have findings (trainers write the conversation first and score it later),
 * or ink written outside this project, with no case header. Only a compile error stops the
 * preview; the checker's findings are shown beside it. For ink without a header, the map is
 * drawn here too, with the same counted bounds as the checker.
 */
import { checkCatalogue, placeholderMeta } from '../authoring/check';
import { compileInk, knotLines, type InkFiles } from '../authoring/compile';
import { DEFAULT_LIMITS, explore } from '../authoring/explore';
import { mapToSvg } from '../authoring/mapSvg';
import { MapBuilder } from '../authoring/storyMap';
import { contentHash, knotNames, openStory, readCaseMetaFromJson, type CaseMeta, type CompiledCase } from '../core';
import type { PreviewAnswer, PreviewRequest } from './previewProtocol';

/** Stands in for the header of ink that has none, so the runtime can play it (as the checker does). */
function standIn(file: string): CaseMeta {
  return { ...placeholderMeta(file), id: file, title: file, customer: '客户', role: '—' };
}

function handle(req: PreviewRequest): PreviewAnswer {
  const files: InkFiles = { read: (name) => req.files[name] ?? null };
  const none = { id: req.id, compiled: null, foreign: false, mapSvg: null, knotNames: [], failure: null };
  const r = compileInk(req.file, files, { countAllVisits: true });
  if (!r.ok) return none;
  const cat = checkCatalogue(files);
  if (cat.catalogue === null) return none;
  const read = readCaseMetaFromJson(r.json, cat.catalogue);
  const foreign = read.meta === null;
  const knots = knotLines(r.outline);
  const compiled: CompiledCase & { knots: typeof knots } = { meta: read.meta ?? standIn(req.file), json: r.json, hash: contentHash(r.json), knots };
  let mapSvg: string | null = null;
  if (req.map) {
    const map = new MapBuilder();
    const x = explore(compiled, cat.catalogue, DEFAULT_LIMITS, map);
    mapSvg = mapToSvg(map.build(compiled, cat.catalogue, x.stopped === null), { title: `${compiled.meta.title} · 分支地图` });
  }
  return { ...none, compiled, foreign, mapSvg, knotNames: knotNames(openStory(r.json, 1)) };
}

self.onmessage = (e: MessageEvent<PreviewRequest>): void => {
  let answer: PreviewAnswer;
  try {
    answer = handle(e.data);
  } catch (err) {
    answer = { id: e.data.id, compiled: null, foreign: false, mapSvg: null, knotNames: [], failure: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(answer);
};
