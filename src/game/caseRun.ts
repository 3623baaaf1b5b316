/**
 * Everything needed to play a case and show its debrief: the ink runtime (inkjs), the session,
 * the dialogue, the debrief and the route map. Loaded on demand (a dynamic import from main.ts),
 * so the page's JavaScript before the lobby is interactive stays small; main.ts starts fetching
 * it as soon as the board is shown.
 */
import { readCaseMetaFromJson, type AttemptRecord, type Catalogue, type CompiledCase, type ContentCase } from '../core';
import { PlayController, type PlayDeps, type PlayOutcome } from './play';
import { debriefScreen, type DebriefActions, type PrintHeader } from './ui/debrief';
import { DialogueView } from './ui/dialogue';
import { routeMapFigure } from './ui/routeMap';

export interface CaseRunner {
  /** Fetches a case's compiled story. Throws an Error with a message for the trainee. */
  load(entry: ContentCase, url: (path: string) => string): Promise<CompiledCase>;
  /** Plays it to the end (with the server's seed when started online); null if the trainee left or the story broke (they were told). */
  play(compiled: CompiledCase, resume: boolean, seed?: number): Promise<PlayOutcome | null>;
  /** An earlier attempt's outcome, rebuilt from its seed and path (throws ReplayError if it no longer fits). */
  rebuild(compiled: CompiledCase, attempt: AttemptRecord): PlayOutcome;
  /** The debrief of a finish, with the route drawn on the case's branch map; `who` heads the printout. */
  debrief(compiled: CompiledCase, outcome: PlayOutcome, mapUrl: string, actions: DebriefActions, extra: HTMLElement | null, who: PrintHeader): HTMLElement;
  /** Leaves the case being played (its progress stays saved). */
  leave(): void;
}

export function createCaseRunner(deps: Omit<PlayDeps, 'dialogue'> & { readonly stage: HTMLElement }): CaseRunner {
  const controller = new PlayController({ ...deps, dialogue: new DialogueView(deps.stage) });
  const catalogue: Catalogue = deps.catalogue;
  return {
    async load(entry, url) {
      const res = await fetch(url(entry.story));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const json = await res.text();
      // The full header (with the 精髓 and 忠告 for the debrief) travels with the story itself.
      const { meta } = readCaseMetaFromJson(json, catalogue);
      if (meta === null) throw new Error('案例文件不完整');
      return { meta, hash: entry.hash, knots: entry.knots, json };
    },
    play: (compiled, resume, seed) => controller.play(compiled, resume, seed),
    rebuild: (compiled, attempt) => controller.rebuild(compiled, attempt.seed, attempt.path, new Date(attempt.at)),
    debrief(compiled, outcome, mapUrl, actions, extra, who) {
      const el = debriefScreen(compiled.meta, outcome.result, outcome.modelChoices, catalogue, outcome.record, actions, who);
      el.querySelector('.paths')?.after(routeMapFigure(mapUrl, outcome.route));
      if (extra !== null) el.querySelector('.actions')?.before(extra);
      return el;
    },
    leave: () => controller.leave(),
  };
}
