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
  option: number;
  to: string;
}

/** The id of a choice point: the container its choices live in (`knot.stitch.0` without `.c-N`). */
export function choicePointId(options: readonly ChoiceOption[]): string {
  const src = options[0]?.source ?? '';
  const cut = src.lastIndexOf('.c-');
  return cut < 0 ? src : src.slice(0, cut);
}

/** Where a session goes next from where it is: a choice point, an ending or a problem. */
export function nextStop(s: CaseSession): { id: string; title?: string } {
  try {
    const stop = advanceToStop(s);
    if (stop.kind === 'choices') return { id: choicePointId(stop.options) };
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
  let here = nextStop(s).id;
  const out: PathEdge[] = [{ from: START, option: -1, to: here }];
  for (const [turn, index] of path.entries()) {
    if (here.startsWith('end:') || here.startsWith('problem:')) throw new ReplayError(`第 ${turn + 1} 步：故事已经结束，路径却还有选择`);
    try {
      s.choose(index);
    } catch (e) {
      if (e instanceof ChoiceError) throw new ReplayError(`第 ${turn + 1} 步：${e.message}`);
      throw e;
    }
    const to = nextStop(s).id;
    out.push({ from: here, option: index, to });
    here = to;
  }
  return out;
}
