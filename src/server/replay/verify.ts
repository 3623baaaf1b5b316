/**
 * Recomputes a result from a choice path with the game's own core: the same CaseSession,
 * scorer and red lines the trainee's browser ran. Pure apart from a small cache of parsed
 * cases (keyed by content hash, so a cached entry can never be stale): each worker keeps every
 * case's parsed story and resets it for the next replay (core StoryTemplate) instead of building
 * a Story from JSON each time, which was about half of a replay's cost.
 *
 * The work is bounded by counts, never by time: at most MAX_PATH_CHOICES choices, and between
 * two choices the core's own MAX_LINES_PER_TURN lines and MAX_STEPS_PER_TURN ink steps. So a
 * path gets the same verdict on any machine under any load.
 */
import { readCaseMetaFromJson, ReplayError, replayToEnd, StoryError, StoryTemplate, type Breach, type Catalogue, type CompiledCase, type PrincipleScore } from '../../core';

/** The most choices a submitted path may hold (the checker's own bound on a path's length). */
export const MAX_PATH_CHOICES = 150;

export interface VerifyTask {
  readonly storyHash: string;
  /** The catalogue the case was published with (part of what a result depends on). */
  readonly catalogueHash: string;
  readonly storyJson: string;
  readonly catalogueJson: string;
  readonly seed: number;
  readonly path: readonly number[];
}

/**
 * What the pool posts to a worker: the case's JSON only when that worker has not parsed the case
 * yet (it answers 'story-needed' and the pool sends it again with them), so a submission does not
 * copy tens of kilobytes of story to another thread each time.
 */
export type VerifyMessage = Omit<VerifyTask, 'storyJson' | 'catalogueJson'> & Partial<Pick<VerifyTask, 'storyJson' | 'catalogueJson'>>;

/** A worker's answer: the outcome, or a request for the case's JSON (never reaches a client). */
export type WorkerOutcome = VerifyOutcome | { readonly ok: false; readonly reason: 'story-needed'; readonly message: string };

/** What the server stores and returns; never anything the client sent about its own score. */
export interface VerifiedResult {
  readonly scoringVersion: number;
  readonly storyHash: string;
  readonly catalogueHash: string;
  readonly score: number;
  readonly rawScore: number;
  readonly grade: string;
  readonly endingId: string;
  readonly breaches: Breach[];
  readonly principles: PrincipleScore[];
}

export type VerifyOutcome =
  | { readonly ok: true; readonly result: VerifiedResult }
  | { readonly ok: false; readonly reason: 'path-invalid' | 'story-error'; readonly message: string };

interface Loaded {
  readonly compiled: CompiledCase;
  readonly catalogue: Catalogue;
  readonly template: StoryTemplate;
}

const cache = new Map<string, Loaded>();
const CACHE_SIZE = 64;

function load(task: VerifyTask): Loaded {
  const hit = cache.get(task.storyHash);
  if (hit !== undefined) return hit;
  const catalogue = JSON.parse(task.catalogueJson) as Catalogue;
  const { meta } = readCaseMetaFromJson(task.storyJson, catalogue);
  if (meta === null) throw new StoryError('案例文件不完整', null);
  const entry = { compiled: { meta, hash: task.storyHash, json: task.storyJson }, catalogue, template: new StoryTemplate(task.storyJson) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  cache.set(task.storyHash, entry);
  return entry;
}

/** The worker's entry: replays when the case is parsed here or its JSON came with the message. */
export function verifyMessage(m: VerifyMessage): WorkerOutcome {
  if (m.storyJson === undefined || m.catalogueJson === undefined) {
    if (!cache.has(m.storyHash)) return { ok: false, reason: 'story-needed', message: m.storyHash };
    return verifyPath({ ...m, storyJson: '', catalogueJson: '' });
  }
  return verifyPath({ ...m, storyJson: m.storyJson, catalogueJson: m.catalogueJson });
}

/**
 * Whether a compiled story's results can depend on the seed: only through ink's own randomness —
 * RANDOM and SEED_RANDOM (control commands "rnd", "srnd"), LIST_RANDOM ("lrnd") and shuffle
 * sequences ("seq", the shuffle index). The game's shuffled display order never changes a result
 * (paths keep ink's indices). Conservative: any such string anywhere counts.
 * Throws when `storyJson` is not JSON.
 */
export function seedMatters(storyJson: string): boolean {
  const random = new Set(['rnd', 'srnd', 'lrnd', 'seq']);
  const stack: unknown[] = [JSON.parse(storyJson) as unknown];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (random.has(v)) return true;
    } else if (Array.isArray(v)) {
      for (const x of v as unknown[]) stack.push(x);
    } else if (v !== null && typeof v === 'object') {
      for (const x of Object.values(v as Record<string, unknown>)) stack.push(x);
    }
  }
  return false;
}

/** Replays `path` from `seed` to an ending and scores it; a path that does not fit is refused. */
export function verifyPath(task: VerifyTask): VerifyOutcome {
  if (task.path.length > MAX_PATH_CHOICES) return { ok: false, reason: 'path-invalid', message: `选择超过 ${MAX_PATH_CHOICES} 步` };
  let loaded: Loaded | null = null;
  try {
    loaded = load(task);
    const r = replayToEnd(loaded.compiled, loaded.catalogue, task.seed, task.path, loaded.template);
    return {
      ok: true,
      result: {
        scoringVersion: r.scoringVersion,
        storyHash: r.storyHash,
        catalogueHash: r.catalogueHash,
        score: r.score,
        rawScore: r.rawScore,
        grade: r.grade,
        endingId: r.endingId,
        breaches: [...r.breaches],
        principles: [...r.principles],
      },
    };
  } catch (e) {
    // The story may have stopped in the middle of a Continue(): the next replay parses afresh.
    loaded?.template.discard();
    if (e instanceof ReplayError) return { ok: false, reason: 'path-invalid', message: e.message };
    if (e instanceof StoryError) return { ok: false, reason: 'story-error', message: e.message };
    throw e;
  }
}
