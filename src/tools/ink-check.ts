/**
 * npm run ink:check [-- file.ink …] [--json]
 * Compiles, lints and explores every case (or the files named), prints every problem in ink's
 * shape (`ERROR: 'file.ink' line N: message（code）`) and a summary per case; exits 1 on errors.
 */
import { resolve } from 'node:path';
import { checkInk, type CaseReport } from '../authoring/check';
import { inkFiles, listCaseFiles } from '../build/inkFolder';
import { caseLabel } from '../core/caseMeta';

/** ink/, or the folder named by INK_DIR (as vite.config.ts reads it). */
const INK_DIR = resolve(process.env['INK_DIR'] ?? resolve(import.meta.dirname, '../../ink'));

function summary(r: CaseReport): string[] {
  const x = r.exploration;
  const name = r.meta === null ? r.file : `${r.file}（${caseLabel(r.meta)} ${r.meta.title}）`;
  if (x === null) return [`${name}：未能编译，未探索`];
  const endings = Object.entries(x.endings).map(([id, n]) => `${id}×${n}`).join('、') || '无';
  const lines = [
    name,
    `  路径 ${x.paths} 条、不同的故事状态 ${x.states} 个${x.stopped === null ? '' : '（未探索完）'}；结局：${endings}`,
  ];
  if (x.scores !== null) lines.push(`  得分：最低 ${x.scores.min} / 中位 ${x.scores.median} / 最高 ${x.scores.max}`);
  if (x.best !== null) lines.push(`  最佳路径（${x.best.score} 分 ${x.best.grade}）：${x.best.choices.join(' → ')}`);
  if (x.worst !== null) lines.push(`  最差路径（${x.worst.score} 分 ${x.worst.grade}）：${x.worst.choices.join(' → ')}`);
  if (r.strategies.length > 0) lines.push(`  不读内容的选法：${r.strategies.map((st) => `${st.label} ${st.score} 分 ${st.grade}`).join('；')}`);
  return lines;
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const named = argv.filter((a) => a.endsWith('.ink'));
  const files = named.length > 0 ? named : listCaseFiles(INK_DIR);
  const result = checkInk(inkFiles(INK_DIR), files);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  if (json) {
    const cases = result.cases.map((r) => ({
      file: r.file,
      id: r.meta?.id ?? null,
      paths: r.exploration?.paths ?? 0,
      complete: r.exploration?.stopped === null,
      endings: r.exploration?.endings ?? {},
      scores: r.exploration?.scores ?? null,
      best: r.exploration?.best ?? null,
      worst: r.exploration?.worst ?? null,
      states: r.exploration?.states ?? 0,
      // The issue's three checks, per case: every test-wise strategy below B, every red-line path
      // at or below its ceiling, and no principle bar at 100 % that no chosen option earned.
      strategies: r.strategies.map((st) => ({ id: st.id, score: st.score, grade: st.grade, ending: st.endingId, path: st.path, problem: st.problem })),
      redlinePaths: r.exploration?.redlinePaths ?? 0,
      aboveCeiling: r.exploration?.aboveCeiling ?? 0,
      unearnedFullBars: r.exploration?.unearnedFullBars ?? 0,
      bandMisses: r.exploration?.bandMisses.map((m) => ({ ending: m.endingId, band: m.band, count: m.count, grades: m.grades })) ?? [],
      answerKey: r.exploration?.answerKey ?? null,
      principleUse: r.exploration?.principleUse ?? {},
      distinctOptions: r.exploration?.distinctOptions ?? 0,
    }));
    console.log(JSON.stringify({ ok: errors === 0, diagnostics: result.diagnostics, cases }, null, 2));
  } else {
    for (const d of result.diagnostics) console.log([d.text, ...(d.hint === undefined ? [] : [`    提示：${d.hint}`]), ...(d.inkMessage === undefined ? [] : [`    ink 原文：${d.inkMessage}`])].join('\n'));
    if (result.diagnostics.length > 0) console.log('');
    for (const r of result.cases) console.log(summary(r).join('\n'));
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
    console.log(`\n${files.length} 个文件：${errors} 个错误，${warnings} 个警告`);
  }
  return errors === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
