/**
 * The publish gate for one case: the checker (check.ts, the same run as `npm run ink:check`, the
 * build and the Studio), then the story compiled as it ships (without the checker's visit
 * counting) and its complete branch map. The build (src/build/buildInk.ts) and the server's
 * publish route (src/server/publish) both go through this function, so a case the build would
 * refuse is refused by the server too. Pure: files through InkFiles, every bound a count.
 */
import { contentHash, type Catalogue, type CaseMeta, type CompiledCase } from '../core';
import { checkCase } from './check';
import { compileInk, knotLines, type InkDiagnostic, type InkFiles } from './compile';
import { diag } from './lintTags';
import { MapBuilder, type StoryMap } from './storyMap';

export interface PreparedCase extends CompiledCase {
  readonly meta: CaseMeta;
  readonly file: string;
  /** The branch map the checker drew while playing every path (always complete). */
  readonly map: StoryMap;
}

/**
 * Checks and compiles `file` against `catalogue`. `prepared` is null when any diagnostic is an
 * error (every diagnostic is returned either way, warnings included).
 */
export function prepareCase(file: string, files: InkFiles, catalogue: Catalogue): { prepared: PreparedCase | null; diagnostics: InkDiagnostic[] } {
  const builder = new MapBuilder();
  const checked = checkCase(file, files, catalogue, undefined, builder);
  const diagnostics = [...checked.diagnostics];
  const meta = checked.report.meta;
  if (diagnostics.some((d) => d.severity === 'error') || meta === null) return { prepared: null, diagnostics };
  // What ships is compiled without the checker's visit counting (smaller saves, same paths).
  const r = compileInk(file, files);
  if (!r.ok) return { prepared: null, diagnostics: [...diagnostics, ...r.diagnostics] };
  const compiled: CompiledCase = { meta, json: r.json, hash: contentHash(r.json), knots: knotLines(r.outline) };
  const map = builder.build(compiled, catalogue, checked.report.exploration?.stopped === null);
  if (!map.complete) return { prepared: null, diagnostics: [...diagnostics, diag('error', file, 1, '分支地图不完整（检查没有走完全部路径），不能发布', 'map-incomplete')] };
  return { prepared: { file, meta, json: r.json, hash: compiled.hash, knots: compiled.knots ?? {}, map }, diagnostics };
}
