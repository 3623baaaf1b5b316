/**
 * npm run ink:compile [-- case.ink …] [--play case-id 0,1,2] [--model case-id]
 * Compiles ink/ and prints every diagnostic in ink's shape; exits 1 on errors.
 * --play prints the transcript and result of a choice path; --model prints the model path.
 */
import { resolve } from 'node:path';
import { checkCatalogue } from '../authoring/check';
import { compileInk, knotLines, type InkDiagnostic } from '../authoring/compile';
import { describeRuntimeProblem, runtimeProblemLine } from '../authoring/inkMessages';
import { advanceToStop, CaseSession, caseLabel, contentHash, StoryError, modelPath, readCaseMetaFromJson, replay, type CaseResult, type Catalogue, type CompiledCase } from '../core';
import { GRADE_LABELS } from '../game/ui/words';
import { buildInk, InkBuildError, type InkBuild } from '../build/buildInk';
import { inkFiles, listCaseFiles } from '../build/inkFolder';

/** ink/, or the folder named by INK_DIR (as vite.config.ts reads it). */
const INK_DIR = resolve(process.env['INK_DIR'] ?? resolve(import.meta.dirname, '../../ink'));

/** Prints a path's transcript; a story that breaks or never stops ends with the core's error. */
function transcript(catalogue: Catalogue, c: CompiledCase, path: readonly number[], diagnostics: readonly InkDiagnostic[]): void {
  try {
    playTranscript(catalogue, c, path);
  } catch (e) {
    if (!(e instanceof StoryError)) throw e;
    printStoryError(e, c, diagnostics);
    process.exitCode = 1;
  }
}

/** A runtime stop in Chinese at the best line known (src/authoring/inkMessages.ts runtimeProblemLine). */
function printStoryError(e: StoryError, c: CompiledCase, diagnostics: readonly InkDiagnostic[]): void {
  const files = inkFiles(INK_DIR);
  const at = runtimeProblemLine(e.message, e.location, c.knots ?? {}, diagnostics, (f) => files.read(f));
  console.log(`\n${describeRuntimeProblem(e.message, at)}`);
}

function playTranscript(catalogue: Catalogue, c: CompiledCase, path: readonly number[]): void {
  const session = new CaseSession(c, catalogue, 1);
  let turn = 0;
  for (;;) {
    const e = session.next();
    for (const cue of e.cues) console.log(`    [${cue.kind} ${'place' in cue ? cue.place : 'sound' in cue ? cue.sound : cue.mood}]`);
    for (const m of e.meters) console.log(`    [${m.id} ${m.delta >= 0 ? '+' : ''}${m.delta} → ${m.value}]`);
    if (e.kind === 'line') console.log(`${e.speaker ?? '旁白'}：${e.text}`);
    else if (e.kind === 'choices') {
      e.options.forEach((o) => console.log(`  ${o.index}) ${o.text}   {${o.value}: ${o.deltas.map((d) => `${d.principle} ${d.delta}`).join(', ')}}`));
      const pick = path[turn++];
      if (pick === undefined) {
        console.log('（路径到此为止）');
        return;
      }
      console.log(`  → 选 ${pick}`);
      session.choose(pick);
    } else {
      printResult(e.result);
      return;
    }
  }
}

function printResult(r: CaseResult): void {
  console.log(`\n结局：${r.endingId} ${r.endingTitle}\n得分：${r.score}（${r.grade} ${GRADE_LABELS[r.grade]}）`);
  if (r.rawScore !== r.score) console.log(`（未封顶时 ${r.rawScore} 分）`);
  for (const b of r.breaches) console.log(`红线：${b.redline}（等级上限 ${b.ceiling}；${b.via === 'meter' ? `仪表 ${b.meter ?? ''}` : b.via === 'choice' ? '所选选项' : '台词'}，第 ${b.turn} 步后）`);
  console.log(`仪表：${JSON.stringify(r.meters)}`);
  for (const p of r.principles) if (p.percent !== null) console.log(`  ${p.id}: ${p.percent}%`);
}

/**
 * A case compiled for playing by hand, without the publish gate: --play and --model are how an
 * author reproduces what the checker found, so findings must not stop them. Null if it does not
 * compile or has no such id.
 */
function compiledForPlay(id: string, named: readonly string[]): { catalogue: Catalogue; compiled: CompiledCase; diagnostics: readonly InkDiagnostic[] } | null {
  const files = inkFiles(INK_DIR);
  const { catalogue } = checkCatalogue(files);
  if (catalogue === null) return null;
  for (const file of named.length > 0 ? named : listCaseFiles(INK_DIR)) {
    const r = compileInk(file, files);
    if (!r.ok) {
      for (const d of r.diagnostics) console.error(d.text);
      continue;
    }
    const { meta } = readCaseMetaFromJson(r.json, catalogue);
    if (meta?.id !== id) continue;
    return { catalogue, compiled: { meta, json: r.json, hash: contentHash(r.json), knots: knotLines(r.outline) }, diagnostics: r.diagnostics };
  }
  return null;
}

function main(argv: string[]): number {
  const play = argv.indexOf('--play');
  const model = argv.indexOf('--model');
  // File names anywhere on the line; the words after --play / --model are its arguments.
  const args = new Set([play + 1, play + 2, model + 1].filter((i) => i > 0));
  const files = argv.filter((a, i) => a.endsWith('.ink') && !args.has(i));
  if (play >= 0 || model >= 0) {
    const id = argv[(play >= 0 ? play : model) + 1] ?? '';
    const found = compiledForPlay(id, files);
    if (found === null) {
      console.error(`没有能编译的案例 ${id}`);
      return 1;
    }
    if (play >= 0) {
      const path = (argv[play + 2] ?? '').split(',').filter((s) => s.length > 0).map(Number);
      transcript(found.catalogue, found.compiled, path, found.diagnostics);
      return typeof process.exitCode === 'number' ? process.exitCode : 0;
    }
    const c = found.compiled;
    const catalogue = found.catalogue;
    try {
      const path = modelPath(c, catalogue, 1);
      console.log(`示范路径：${path.join(',')}`);
      const s = replay(c, catalogue, 1, path);
      const end = advanceToStop(s);
      if (end.kind === 'end') printResult(end.result);
    } catch (e) {
      if (!(e instanceof StoryError)) throw e;
      printStoryError(e, c, found.diagnostics);
      return 1;
    }
    return 0;
  }
  let build: InkBuild;
  try {
    build = buildInk(INK_DIR, files.length > 0 ? files : undefined);
  } catch (e) {
    if (e instanceof InkBuildError) {
      for (const d of e.diagnostics) console.error(d.text);
      return 1;
    }
    throw e;
  }
  for (const d of build.diagnostics) console.error(d.text);
  for (const c of build.cases) console.log(`ok  ${c.file}  ${c.meta.id}  ${caseLabel(c.meta)} ${c.meta.title}  hash ${c.hash}`);
  console.log(`${build.catalogue.principles.length} 条原则，${build.catalogue.meters.length} 个仪表，${build.cases.length} 个案例`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
