/**
 * Replays run off the request thread, in a piscina pool of worker threads. Built, the worker is
 * build/server/replayWorker.js beside the server; from source (tests), src/server/replay/worker.ts
 * loaded through tsx in the worker (tests only: the built server never loads tsx).
 */
import { availableParallelism } from 'node:os';
import { LRUCache } from 'lru-cache';
import { Piscina } from 'piscina';
import { seedMatters, type VerifyMessage, type VerifyOutcome, type VerifyTask, type WorkerOutcome } from './verify';

/**
 * Replay outcomes kept (each about a kilobyte): the paths trainees take through a case are few
 * compared with their submissions, and an outcome is a function of what its key holds.
 */
export const MEMO_ENTRIES = 4096;

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
 *
 * A replay is deterministic: its outcome depends only on the story, the catalogue, the path and —
 * when the story uses ink's randomness (verify.ts seedMatters) — the seed, never on time or load.
 * So outcomes are memoised under exactly those (MEMO_ENTRIES, least recently used dropped): a
 * path already replayed for that story is not replayed again. Nothing a second server process
 * needs is kept here; it replays for itself.
 */
export function createReplayPool(threads = Math.min(4, availableParallelism())): ReplayPool {
  const { filename, execArgv } = workerFile();
  const pool = new Piscina<VerifyMessage, WorkerOutcome>({
    filename,
    execArgv,
    minThreads: 1,
    maxThreads: Math.max(1, threads),
    idleTimeout: 60_000,
    // 64 MB of old space holds every case's parsed story (a few MB each) with room to spare; a
    // smaller young space makes the per-replay garbage collect sooner (peak RSS, bench:server).
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 8 },
  });
  const memo = new LRUCache<string, VerifyOutcome>({ max: MEMO_ENTRIES });
  const seeded = new LRUCache<string, boolean>({ max: 256 });
  const keyOf = (task: VerifyTask): string => {
    let bySeed = seeded.get(task.storyHash);
    if (bySeed === undefined) {
      try {
        bySeed = seedMatters(task.storyJson);
      } catch {
        bySeed = true; // not JSON: the worker will say so; never share its outcome across seeds
      }
      seeded.set(task.storyHash, bySeed);
    }
    return `${task.storyHash}|${task.catalogueHash}|${bySeed ? task.seed : '*'}|${task.path.join(',')}`;
  };
  return {
    async verify(task) {
      const key = keyOf(task);
      const kept = memo.get(key);
      if (kept !== undefined) return kept;
      let out = await pool.run({ storyHash: task.storyHash, catalogueHash: task.catalogueHash, seed: task.seed, path: task.path });
      if (!out.ok && out.reason === 'story-needed') out = await pool.run(task);
      if (!out.ok && out.reason === 'story-needed') throw new Error(`replay worker refused the story ${task.storyHash} it was sent`);
      memo.set(key, out);
      return out;
    },
    close: () => pool.destroy(),
  };
}
