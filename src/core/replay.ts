/**
 * Deterministic replay: a case, a seed and a choice path rebuild the same session, line for line.
 * The game uses it to resume, the server to recompute a score, the tools to explore.
 */
import type { Catalogue } from './catalogue';
import type { ChoicesEvent, EndEvent } from './events';
import { bestOption, type CaseResult } from './scoring';
import { CaseSession, ChoiceError, type CompiledCase } from './session';
import type { StoryTemplate } from './story';

export class ReplayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReplayError';
  }
}

/** Reads events until a choice point or the end. */
export function advanceToStop(session: CaseSession): ChoicesEvent | EndEvent {
  for (;;) {
    const e = session.next();
    if (e.kind !== 'line') return e;
  }
}

/**
 * Rebuilds a session by taking `path` from the start, then reading `eventsRead` further events.
 * Throws ReplayError if the path does not fit the story (another version, or tampered data).
 */
export function replay(
  compiled: CompiledCase,
  catalogue: Catalogue,
  seed: number,
  path: readonly number[],
  eventsRead = 0,
  /** The case's parsed story to reuse (a server replaying many paths); see StoryTemplate. */
  template?: StoryTemplate,
): CaseSession {
  const session = new CaseSession(compiled, catalogue, seed, undefined, template);
  for (const [turn, index] of path.entries()) {
    const stop = advanceToStop(session);
    if (stop.kind !== 'choices') throw new ReplayError(`第 ${turn + 1} 步：故事已经结束，路径却还有选择`);
    try {
      session.choose(index);
    } catch (e) {
      if (e instanceof ChoiceError) throw new ReplayError(`第 ${turn + 1} 步：${e.message}`);
      throw e;
    }
  }
  for (let i = 0; i < eventsRead; i++) {
    const e = session.next();
    if (e.kind !== 'line') break;
  }
  return session;
}

/** Plays a whole path and returns the result; throws ReplayError if the path does not end the case. */
export function replayToEnd(compiled: CompiledCase, catalogue: Catalogue, seed: number, path: readonly number[], template?: StoryTemplate): CaseResult {
  const session = replay(compiled, catalogue, seed, path, 0, template);
  const stop = advanceToStop(session);
  if (stop.kind !== 'end') throw new ReplayError('路径走完后故事还没有结束');
  return stop.result;
}

/** The model path: the best option at every decision (first on a tie), played to an ending. */
export function modelPath(compiled: CompiledCase, catalogue: Catalogue, seed: number, maxTurns = 200): number[] {
  const session = new CaseSession(compiled, catalogue, seed);
  for (let turn = 0; turn < maxTurns; turn++) {
    const stop = advanceToStop(session);
    if (stop.kind === 'end') return [...session.path];
    session.choose(bestOption(stop.options)?.index ?? 0);
  }
  throw new ReplayError(`示范路径超过 ${maxTurns} 步仍未结束`);
}
