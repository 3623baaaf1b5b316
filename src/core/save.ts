/**
 * The save format. A save is the case, the content hash of the story it was made with, the seed
 * and the choice path (plus how far into the current passage the player had read), stamped with
 * the scoring contract it was played under (scoring version and catalogue hash). Restoring
 * replays the path, so a save never depends on inkjs's internal state format.
 *
 * Format 1 (before the scoring contract was stamped) is migrated on read: its path still replays,
 * and the result is scored under the current rules.
 */
import type { Catalogue } from './catalogue';
import { replay, ReplayError } from './replay';
import { SCORING_VERSION } from './scoring';
import type { CaseSession, CompiledCase } from './session';
import { StoryError } from './story';

export const SAVE_FORMAT = 2;

export interface SaveData {
  readonly format: typeof SAVE_FORMAT;
  readonly caseId: string;
  readonly storyHash: string;
  /** The scoring rules and catalogue the play was scored under (null: migrated from format 1). */
  readonly scoringVersion: number | null;
  readonly catalogueHash: string | null;
  readonly seed: number;
  readonly path: readonly number[];
  readonly eventsRead: number;
  readonly savedAt: string;
}

export type SaveProblem = 'corrupt' | 'other-version' | 'other-case' | 'does-not-replay';

export class SaveError extends Error {
  constructor(
    readonly problem: SaveProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SaveError';
  }
}

export function makeSave(session: CaseSession, now: Date): SaveData {
  return {
    format: SAVE_FORMAT,
    caseId: session.compiled.meta.id,
    storyHash: session.compiled.hash,
    scoringVersion: SCORING_VERSION,
    catalogueHash: session.catalogueHash,
    seed: session.seed,
    path: [...session.path],
    eventsRead: session.eventsRead,
    savedAt: now.toISOString(),
  };
}

const isNat = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** Checks the shape of untrusted data (from storage or the network). Throws SaveError('corrupt'). */
export function parseSave(data: unknown): SaveData {
  const fail = (why: string): never => {
    throw new SaveError('corrupt', `存档已损坏（${why}）`);
  };
  if (typeof data !== 'object' || data === null) return fail('不是对象');
  const r = data as Record<string, unknown>;
  if (r['format'] !== SAVE_FORMAT && r['format'] !== 1) return fail('格式版本不对');
  const { caseId, storyHash, seed, path, eventsRead, savedAt } = r;
  const scoringVersion = r['format'] === 1 ? null : r['scoringVersion'];
  const catalogueHash = r['format'] === 1 ? null : r['catalogueHash'];
  if (scoringVersion !== null && !isNat(scoringVersion)) return fail('评分版本不对');
  if (catalogueHash !== null && (typeof catalogueHash !== 'string' || !/^[0-9a-f]{16}$/.test(catalogueHash))) return fail('目录哈希不对');
  if (typeof caseId !== 'string' || caseId.length === 0) return fail('缺少案例编号');
  if (typeof storyHash !== 'string' || !/^[0-9a-f]{16}$/.test(storyHash)) return fail('缺少内容哈希');
  if (!isNat(seed)) return fail('种子不对');
  if (!Array.isArray(path) || !path.every(isNat) || path.length > 1000) return fail('路径不对');
  if (!isNat(eventsRead)) return fail('行号不对');
  if (typeof savedAt !== 'string') return fail('缺少时间');
  return { format: SAVE_FORMAT, caseId, storyHash, scoringVersion, catalogueHash, seed, path, eventsRead, savedAt };
}

/** Parses, checks against the case, and replays. Throws SaveError with the reason on any mismatch. */
export function restoreSave(data: unknown, compiled: CompiledCase, catalogue: Catalogue): CaseSession {
  const save = parseSave(data);
  if (save.caseId !== compiled.meta.id) throw new SaveError('other-case', '存档属于另一个案例');
  if (save.storyHash !== compiled.hash) {
    throw new SaveError('other-version', '案例内容已经更新，旧的进度无法继续');
  }
  try {
    return replay(compiled, catalogue, save.seed, save.path, save.eventsRead);
  } catch (e) {
    if (e instanceof ReplayError || e instanceof StoryError) {
      throw new SaveError('does-not-replay', `存档无法重放：${e.message}`);
    }
    throw e;
  }
}
