/**
 * npm run ink:compile [-- case.ink …] [--play case-id 0,1,2] [--model case-id]
 * Compiles ink/ and prints every diagnostic in ink's shape; exits 1 on errors.
 * --play prints the transcript and result of a choice path; --model prints the model path.
 */
import { resolve } from 'node:path';
import { advanceToStop, CaseSession, modelPath, replay, type CaseResult } from '../core';
import { GRADE_LABELS } from '../game/ui/words';
import { buildInk, InkBuildError, type InkBuild } from '../build/buildInk';

const INK_DIR = resolve(import.meta.dirname, '../../ink');

function transcript(build: InkBuild, caseId: string, path: readonly number[]): void {
  const c = build.cases.find((x) => x.meta.id === caseId);
  if (c === undefined) throw new Error(`没有案例 ${caseId}`);
  const session = new CaseSession(c, build.catalogue, 1);
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
  console.log(`仪表：${JSON.stringify(r.meters)}`);
  for (const p of r.principles) if (p.percent !== null) console.log(`  ${p.id}: ${p.percent}%`);
}

function main(argv: string[]): number {
  const play = argv.indexOf('--play');
  const model = argv.indexOf('--model');
  const files = argv.filter((a, i) => a.endsWith('.ink') && i !== play + 1);
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
  if (play >= 0) {
    const id = argv[play + 1] ?? '';
    const path = (argv[play + 2] ?? '').split(',').filter((s) => s.length > 0).map(Number);
    transcript(build, id, path);
    return 0;
  }
  if (model >= 0) {
    const id = argv[model + 1] ?? '';
    const c = build.cases.find((x) => x.meta.id === id);
    if (c === undefined) throw new Error(`没有案例 ${id}`);
    const path = modelPath(c, build.catalogue, 1);
    console.log(`示范路径：${path.join(',')}`);
    const s = replay(c, build.catalogue, 1, path);
    const end = advanceToStop(s);
    if (end.kind === 'end') printResult(end.result);
    return 0;
  }
  for (const c of build.cases) console.log(`ok  ${c.file}  ${c.meta.id}  案例${c.meta.number} ${c.meta.title}  hash ${c.hash}`);
  console.log(`${build.catalogue.principles.length} 条原则，${build.catalogue.meters.length} 个仪表，${build.cases.length} 个案例`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
