/**
 * Publish checks run off the request thread, in a one-thread piscina pool started on the first
 * publish (a check plays every path of a case: about a second of work that must not stall
 * submissions). Built, the worker is build/server/checkWorker.js beside the server; from source
 * (tests), checkWorker.ts loaded through tsx.
 */
import { Piscina } from 'piscina';
import type { PublishCheckOutcome, PublishCheckTask } from './check';

export interface CheckPool {
  check(task: PublishCheckTask): Promise<PublishCheckOutcome>;
  close(): Promise<void>;
}

function workerFile(): { filename: string; execArgv: string[] } {
  const here = import.meta.url;
  // Names built at run time, so the bundler leaves them as they are.
  const name = here.endsWith('.ts') ? ['checkWorker', 'ts'] : ['checkWorker', 'js'];
  return { filename: new URL(`./${name.join('.')}`, here).href, execArgv: here.endsWith('.ts') ? ['--import', 'tsx'] : [] };
}

/** A lazily started pool of one worker (publishing is rare; one at a time is enough). */
export function createCheckPool(): CheckPool {
  let pool: Piscina<PublishCheckTask, PublishCheckOutcome> | null = null;
  return {
    check(task) {
      if (pool === null) {
        const { filename, execArgv } = workerFile();
        pool = new Piscina({ filename, execArgv, minThreads: 0, maxThreads: 1, idleTimeout: 30_000, resourceLimits: { maxOldGenerationSizeMb: 512 } });
      }
      return pool.run(task);
    },
    async close() {
      if (pool !== null) await pool.destroy();
    },
  };
}
