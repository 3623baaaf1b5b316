/**
 * Compiles the whole ink/ folder: the principle catalogue first, then every case against it.
 * Used by the Vite plugin, the CLI and the tests. Node only (reads files).
 */
import { compileInk, knotLines, type InkDiagnostic } from '../authoring/compile';
import { lintCaseTags } from '../authoring/lintTags';
import { contentHash, readCaseMetaFromJson, readCatalogue, type Catalogue, type CompiledCase } from '../core';
import { CATALOGUE_FILE, inkFiles, listCaseFiles } from './inkFolder';

export interface InkBuild {
  readonly catalogue: Catalogue;
  readonly cases: readonly (CompiledCase & { readonly file: string })[];
  readonly diagnostics: readonly InkDiagnostic[];
}

export class InkBuildError extends Error {
  constructor(readonly diagnostics: readonly InkDiagnostic[]) {
    super(`ink 编译失败：\n${diagnostics.filter((d) => d.severity === 'error').map((d) => d.text).join('\n')}`);
    this.name = 'InkBuildError';
  }
}

const error = (file: string, message: string): InkDiagnostic => ({
  severity: 'error',
  file,
  line: 1,
  message,
  text: `ERROR: '${file}' line 1: ${message}`,
});

/**
 * Compiles everything; returns all diagnostics. Throws InkBuildError if any is an error, unless
 * `keepGoing` (the dev server): then the cases that compiled are returned beside the errors, so
 * one broken file does not take the whole game down while an author edits it.
 */
export function buildInk(dir: string, only?: readonly string[], options: { keepGoing?: boolean } = {}): InkBuild {
  const files = inkFiles(dir);
  const diagnostics: InkDiagnostic[] = [];
  const cat = compileInk(CATALOGUE_FILE, files);
  diagnostics.push(...cat.diagnostics);
  if (!cat.ok) throw new InkBuildError(diagnostics);
  const { catalogue, problems } = readCatalogue(cat.json);
  diagnostics.push(...problems.map((p) => error(CATALOGUE_FILE, `${p.knot}：${p.message}`)));

  const cases: (CompiledCase & { file: string })[] = [];
  const ids = new Map<string, string>();
  for (const file of only ?? listCaseFiles(dir)) {
    const r = compileInk(file, files);
    diagnostics.push(...r.diagnostics);
    if (!r.ok) continue;
    const tagProblems = lintCaseTags(file, files.read(file) ?? '', catalogue);
    diagnostics.push(...tagProblems);
    if (tagProblems.some((d) => d.severity === 'error')) continue;
    const { meta, problems: metaProblems } = readCaseMetaFromJson(r.json, catalogue);
    diagnostics.push(...metaProblems.map((m) => error(file, m)));
    if (meta === null) continue;
    const clash = ids.get(meta.id);
    if (clash !== undefined) {
      diagnostics.push(error(file, `案例编号“${meta.id}”与 ${clash} 重复`));
      continue;
    }
    ids.set(meta.id, file);
    cases.push({ file, meta, json: r.json, hash: contentHash(r.json), knots: knotLines(file, files) });
  }
  if (diagnostics.some((d) => d.severity === 'error') && options.keepGoing !== true) throw new InkBuildError(diagnostics);
  cases.sort((a, b) => a.meta.number - b.meta.number);
  return { catalogue, cases, diagnostics };
}
