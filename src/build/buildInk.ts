/**
 * Compiles the whole ink/ folder: the principle catalogue first, then every case against it,
 * behind the same publish gate as `npm run ink:check` (compile, tags, every path played: runtime
 * errors, dead ends, endings, grade reach, ending bands, red lines, meter consequences, the answer
 * key in the wording). Used by the Vite plugin, the CLI and the tests. Node only (reads files).
 */
import { checkCatalogue } from '../authoring/check';
import type { InkDiagnostic } from '../authoring/compile';
import { diag } from '../authoring/lintTags';
import { prepareCase } from '../authoring/prepareCase';
import type { StoryMap } from '../authoring/storyMap';
import { caseLabel, compareCases, type Catalogue, type CompiledCase } from '../core';
import { inkFiles, listCaseFiles } from './inkFolder';

export interface BuiltCase extends CompiledCase {
  readonly file: string;
  /** The branch map the checker drew while playing every path (complete, or the build fails). */
  readonly map: StoryMap;
}

export interface InkBuild {
  readonly catalogue: Catalogue;
  readonly cases: readonly BuiltCase[];
  readonly diagnostics: readonly InkDiagnostic[];
}

export class InkBuildError extends Error {
  constructor(readonly diagnostics: readonly InkDiagnostic[]) {
    super(`ink 编译失败：\n${diagnostics.filter((d) => d.severity === 'error').map((d) => d.text).join('\n')}`);
    this.name = 'InkBuildError';
  }
}


/**
 * Compiles and checks everything; returns all diagnostics. Throws InkBuildError if any is an
 * error, unless `keepGoing` (the dev server): then the cases that passed are returned beside
 * the errors, so one broken file does not take the whole game down while an author edits it.
 */
export function buildInk(dir: string, only?: readonly string[], options: { keepGoing?: boolean } = {}): InkBuild {
  const files = inkFiles(dir);
  const diagnostics: InkDiagnostic[] = [];
  const cat = checkCatalogue(files);
  diagnostics.push(...cat.diagnostics);
  const catalogue = cat.catalogue;
  if (catalogue === null) throw new InkBuildError(diagnostics);

  const cases: BuiltCase[] = [];
  const ids = new Map<string, string>();
  const numbers = new Map<string, string>();
  for (const file of only ?? listCaseFiles(dir)) {
    // The same gate as the server's publish route (src/authoring/prepareCase.ts).
    const { prepared, diagnostics: found } = prepareCase(file, files, catalogue);
    diagnostics.push(...found);
    if (prepared === null) continue;
    const meta = prepared.meta;
    const clash = ids.get(meta.id);
    if (clash !== undefined) {
      diagnostics.push(diag('error', file, 1, `案例编号“${meta.id}”与 ${clash} 重复，请改用一个新的 # case: 编号`, 'duplicate-case-id'));
      continue;
    }
    const numbered = numbers.get(caseLabel(meta));
    if (numbered !== undefined) {
      diagnostics.push(diag('error', file, 1, `${caseLabel(meta)}已经是 ${numbered}：每个案例的序号不能重复`, 'case-number'));
      continue;
    }
    ids.set(meta.id, file);
    numbers.set(caseLabel(meta), file);
    cases.push(prepared);
  }
  if (diagnostics.some((d) => d.severity === 'error') && options.keepGoing !== true) throw new InkBuildError(diagnostics);
  cases.sort((a, b) => compareCases(a.meta, b.meta));
  return { catalogue, cases, diagnostics };
}

