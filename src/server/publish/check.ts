/**
 * What a publish runs, off the request thread (checkWorker.ts): the principle catalogue and the
 * case are checked by the same gate as the build and `npm run ink:check`
 * (src/authoring/prepareCase.ts), and the branch map is drawn for the debrief. Pure apart from
 * the compiler's memory: no clock, no files, every bound a count.
 */
import { checkCatalogue } from '../../authoring/check';
import type { InkDiagnostic } from '../../authoring/compile';
import { inkFilesFromRecord, inkName } from '../../authoring/inkSources';
import { mapToSvg } from '../../authoring/mapSvg';
import { prepareCase } from '../../authoring/prepareCase';
import { caseLabel, type CaseMeta } from '../../core';

export interface PublishCheckTask {
  /** Ink sources by name relative to the ink folder: the case, common.ink, principles.ink, includes. */
  readonly files: Readonly<Record<string, string>>;
  /** The case's file name among them. */
  readonly caseFile: string;
  /** The catalogue hash the server scores against: the case must be checked against the same one. */
  readonly catalogueHash: string;
}

/** A checker finding as clients see it (the Studio shows them at their lines). */
export interface Finding {
  readonly severity: 'error' | 'warning' | 'todo';
  readonly code: string | null;
  readonly file: string;
  readonly line: number;
  /** In Chinese, as the Studio and `ink:check` show it. */
  readonly message: string;
  readonly hint: string | null;
}

export type PublishCheckOutcome =
  | {
      readonly ok: true;
      readonly meta: CaseMeta;
      readonly json: string;
      readonly hash: string;
      readonly knots: Readonly<Record<string, string>>;
      readonly mapSvg: string;
      readonly warnings: Finding[];
    }
  | { readonly ok: false; readonly reason: 'check-failed' | 'catalogue-mismatch' | 'no-case-file'; readonly message: string; readonly findings: Finding[] };

const finding = (d: InkDiagnostic): Finding => ({ severity: d.severity, code: d.code ?? null, file: d.file, line: d.line, message: d.message, hint: d.hint ?? null });

/** Runs the gate; never throws for a problem in the sources (they come back as findings). */
export function checkForPublish(task: PublishCheckTask): PublishCheckOutcome {
  const caseFile = inkName(task.caseFile);
  if (caseFile === null || task.files[caseFile] === undefined) return { ok: false, reason: 'no-case-file', message: `请求里没有案例文件 ${task.caseFile}`, findings: [] };
  const files = inkFilesFromRecord(task.files);
  const cat = checkCatalogue(files);
  if (cat.catalogue === null || cat.diagnostics.some((d) => d.severity === 'error')) {
    return { ok: false, reason: 'check-failed', message: '原则目录（principles.ink）有错误，案例没有发布', findings: cat.diagnostics.map(finding) };
  }
  if (cat.catalogue.hash !== task.catalogueHash) {
    return { ok: false, reason: 'catalogue-mismatch', message: '随案例发送的原则目录与服务器上的不同：请先用服务器的版本更新 principles.ink', findings: [] };
  }
  const { prepared, diagnostics } = prepareCase(caseFile, files, cat.catalogue);
  const findings = diagnostics.map(finding);
  if (prepared === null) {
    const n = findings.filter((f) => f.severity === 'error').length;
    return { ok: false, reason: 'check-failed', message: `检查发现 ${n} 个错误，案例没有发布`, findings };
  }
  return {
    ok: true,
    meta: prepared.meta,
    json: prepared.json,
    hash: prepared.hash,
    knots: prepared.knots ?? {},
    mapSvg: mapToSvg(prepared.map, { title: `${caseLabel(prepared.meta)} ${prepared.meta.title} · 分支地图` }),
    warnings: findings,
  };
}
