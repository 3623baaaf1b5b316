/**
 * Replays run off the request thread, in a piscina pool of worker threads. Built, the worker is
 * build/server/replayWorker.js beside the server; from source (tests), src/server/replay/worker.ts
 * loaded through tsx in the worker (tests only: the built server never loads tsx).
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { VerifyOutcome, VerifyTask } from './verify';

export interface ReplayPool {
  verify(task: VerifyTask): Promise<VerifyOutcome>;
  close(): Promise<void>;
}

/** The worker beside this module: `.js` when built, `.ts` when run from source. */
function workerFile(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  // Names built at run time, so the bundler leaves them as they are.
  const name = here.endsWith('.ts') ? ['worker', 'ts'] : ['replayWorker', 'js'];
  const filename = new URL(`./${name.join('.')}`, here).href;
  return { filename, execArgv: here.endsWith('.ts') ? ['--import', 'tsx'] : [] };
}

/**
 * A pool of `threads` workers (default: the cores, at most 4). Each worker's heap is capped, so a
 * hostile story could not take the server's memory with it.
 */
export function createReplayPool(threads = Math.min(4, availableParallelism())): ReplayPool {
  const { filename, execArgv } = workerFile();
  const pool = new Piscina<VerifyTask, VerifyOutcome>({
    filename,
    execArgv,
    minThreads: 1,
    maxThreads: Math.max(1, threads),
    idleTimeout: 60_000,
    // 64 MB of old space holds every case's parsed story (a few MB each) with room to spare; a
    // smaller young space makes the per-replay garbage collect sooner (peak RSS, bench:server).
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  });
  return {
    verify: (task) => pool.run(task),
    close: () => pool.destroy(),
  };
}
