/** Test helpers: play a session along a path and write down everything it emitted. */
import { CaseSession, mulberry32, type StoryEvent } from '../../src/core';

export function describeEvent(e: StoryEvent): string {
  const cues = e.cues.map((c) => (c.kind === 'walk' ? `walk ${c.place}` : c.kind === 'sfx' ? `sfx ${c.sound}` : `mood ${c.mood}`));
  const meters = e.meters.map((m) => `${m.id}=${m.value}(${m.delta})`);
  const head = [...cues, ...meters].join(' ');
  if (e.kind === 'line') return `${head}|${e.speaker ?? '-'}: ${e.text}`;
  if (e.kind === 'choices') return `${head}|? ${e.options.map((o) => `${o.text} [${o.value}]`).join(' / ')}`;
  return `${head}|END ${e.result.endingId} ${e.result.score} ${e.result.grade}`;
}

/** A small deterministic PRNG (the core's mulberry32) so "random" paths are the same on every run. */
export const prng = (seed: number): (() => number) => mulberry32(seed);

/**
 * Plays to the end, choosing with `pick`. `onEvent` sees the session after every event (for
 * save/restore checks). Returns the transcript.
 */
export function playOut(
  session: CaseSession,
  pick: (optionCount: number, turn: number) => number,
  onEvent?: (s: CaseSession, transcript: readonly string[]) => CaseSession,
): string[] {
  const transcript: string[] = [];
  let s = session;
  for (let steps = 0; steps < 5000; steps++) {
    const e = s.next();
    transcript.push(describeEvent(e));
    if (onEvent) s = onEvent(s, transcript);
    if (e.kind === 'end') return transcript;
    if (e.kind === 'choices') s.choose(pick(e.options.length, s.path.length));
  }
  throw new Error('story did not end');
}
