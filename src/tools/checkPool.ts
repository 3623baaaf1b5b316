/**
 * The checker over many cases on worker threads (one per core): each case is checked on its own
 * (compile, tags, every path), so cases spread across cores; the results are put together in the
 * order the files were named, so the output is byte-identical to checking them one by one.
 * Node only. Used by `npm run ink:check` and the bench.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { assembleCheck, checkCatalogue, checkInk, type CaseReport, type CheckResult } from '../authoring/check';
import type { InkDiagnostic } from '../authoring/compile';
import { inkFiles } from '../build/inkFolder';

export interface CaseCheck {
  readonly file: string;
  readonly report: CaseReport;
  readonly diagnostics: readonly InkDiagnostic[];
}

/** Worker threads start from plain JavaScript: this loads tsx, then the TypeScript worker. */
function bootstrap(): string {
  const api = import.meta.resolve('tsx/esm/api');
  return `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(require('node:worker_threads').workerData.entry); });`;
}

/** Checks `files` in `inkDir`; `threads` defaults to one per core (never more than there are cases). */
export async function checkInkParallel(inkDir: string, files: readonly string[], threads = availableParallelism()): Promise<CheckResult> {
  const n = Math.min(threads, files.length);
  if (n <= 1) return checkInk(inkFiles(inkDir), files);
  const { catalogue, diagnostics } = checkCatalogue(inkFiles(inkDir));
  if (catalogue === null) return { diagnostics, cases: [] };
  const results = new Array<CaseCheck | undefined>(files.length);
  let next = 0;
  const entry = new URL('./checkPoolWorker.ts', import.meta.url).href;
  const runOne = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(bootstrap(), { eval: true, workerData: { entry, inkDir } });
      const feed = (): void => {
        if (next >= files.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, file: files[index] });
      };
      worker.on('message', (m: { index: number; result: CaseCheck } | { ready: true }) => {
        if ('index' in m) results[m.index] = m.result;
        feed();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0 && code !== 1) reject(new Error(`checker thread exited with code ${code}`));
      });
    });
  await Promise.all(Array.from({ length: n }, runOne));
  const perCase = results.map((r, i) => {
    if (r === undefined) throw new Error(`no result for ${files[i] ?? i}`);
    return r;
  });
  return assembleCheck(diagnostics, perCase);
}
