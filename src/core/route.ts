/**
 * A played path as a route across the story's branch map: from `start` through choice points
 * (identified by where their choices live in the compiled story) to an ending or a problem. The
 * checker's map (src/authoring/storyMap.ts) uses the same ids, so the game's debrief can mark the
 * trainee's route on the map the build drew.
 */
import type { Catalogue } from './catalogue';
import type { ChoiceOption } from './events';
import { advanceToStop, ReplayError } from './replay';
import { CaseSession, ChoiceError, type CompiledCase } from './session';
import { StoryError } from './story';

export const START = 'start';

export interface PathEdge {
  from: string;
  /** The option's index among those offered (-1 for the way in from `start`). */
  option: number;
  /** Which option it was, whatever else was offered: its place in the choice point (`36`). */
  choice: string;
  to: string;
}

/**
 * The id of a choice point: the container its choices live in (`opening.0` for options at
 * `opening.0.36`, `opening.0.48`…), the same whichever options are on offer this time.
 */
export function choicePointId(options: readonly ChoiceOption[]): string {
  const src = options[0]?.source ?? '';
  const cut = src.lastIndexOf('.');
  return cut < 0 ? src : src.slice(0, cut);
}

/** An option's own key within its choice point (stable when other options are hidden). */
export function choiceKey(option: ChoiceOption): string {
  const cut = option.source.lastIndexOf('.');
  return cut < 0 ? option.source : option.source.slice(cut + 1);
}

/** Where a session goes next from where it is: a choice point, an ending or a problem. */
export function nextStop(s: CaseSession): { id: string; title?: string; options?: readonly ChoiceOption[] } {
  try {
    const stop = advanceToStop(s);
    if (stop.kind === 'choices') return { id: choicePointId(stop.options), options: stop.options };
    const r = stop.result;
    return r.endingId === 'unknown' ? { id: 'problem:no-debrief' } : { id: `end:${r.endingId}`, title: r.endingTitle };
  } catch (e) {
    if (!(e instanceof StoryError)) throw e;
    return { id: /ran out of content/i.test(e.message) ? 'problem:dead-end' : 'problem:runtime-error' };
  }
}

/**
 * The edges a played path took, from `start` on, in order (an edge appears again if a loop takes
 * it again). Throws ReplayError if the path does not fit the story.
 */
export function pathEdges(compiled: CompiledCase, catalogue: Catalogue, seed: number, path: readonly number[]): PathEdge[] {
  const s = new CaseSession(compiled, catalogue, seed);
  let here = nextStop(s);
  const out: PathEdge[] = [{ from: START, option: -1, choice: START, to: here.id }];
  for (const [turn, index] of path.entries()) {
    const chosen = here.options?.[index];
    if (here.options === undefined) throw new ReplayError(`第 ${turn + 1} 步：故事已经结束，路径却还有选择`);
    try {
      s.choose(index);
    } catch (e) {
      if (e instanceof ChoiceError) throw new ReplayError(`第 ${turn + 1} 步：${e.message}`);
      throw e;
    }
    const next = nextStop(s);
    out.push({ from: here.id, option: index, choice: chosen === undefined ? String(index) : choiceKey(chosen), to: next.id });
    here = next;
  }
  return out;
}
