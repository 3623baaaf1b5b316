/**
 * The play pane: the case in the real lobby presentation. After every successful compile the
 * session is rebuilt and the trainer's earlier choices are replayed as far as they still fit,
 * so the preview carries on where it was; "play from here" starts at a knot instead.
 */
import { explainRuntimeMessage } from '../authoring/inkMessages';
import { advanceToStop, CaseSession, StoryError, type Catalogue, type CompiledCase } from '../core';
import type { PlayController, PlayOutcome } from '../game/play';

export interface PreviewEvents {
  /** A case ended in the preview. */
  ended(compiled: CompiledCase, outcome: PlayOutcome, path: readonly number[]): void;
  /** The story broke while replaying (a runtime error in the edited ink). */
  broke(message: string): void;
  /** Shows what the preview is doing. */
  status(text: string): void;
}

/** Replays `path` from the start (or from `knot`) as far as it still fits the edited story. */
export function rebuild(compiled: CompiledCase, catalogue: Catalogue, seed: number, knot: string | null, path: readonly number[]): { session: CaseSession; replayed: number } {
  const s = new CaseSession(compiled, catalogue, seed);
  if (knot !== null) s.jumpTo(knot);
  let replayed = 0;
  for (const i of path) {
    const stop = advanceToStop(s);
    if (stop.kind !== 'choices' || i >= stop.options.length) break;
    s.choose(i);
    replayed++;
  }
  // After replayed choices, carry on at the next choice point; from the start, let the lines play.
  if (replayed > 0) advanceToStop(s);
  return { session: s, replayed };
}

export class Preview {
  private compiled: CompiledCase | null = null;
  private path: number[] = [];
  private knot: string | null = null;
  private generation = 0;
  private readonly seed = 1;

  constructor(
    private readonly controller: PlayController,
    private readonly catalogue: Catalogue,
    private readonly events: PreviewEvents,
  ) {}

  get startKnot(): string | null {
    return this.knot;
  }

  /** A new compile of the case: rebuild and carry on where the preview was. */
  update(compiled: CompiledCase): void {
    const playing = this.controller.session;
    if (playing !== null && this.compiled?.meta.id === compiled.meta.id) this.path = [...playing.path];
    if (this.compiled?.meta.id !== compiled.meta.id) {
      this.path = [];
      this.knot = null;
    }
    this.compiled = compiled;
    this.run();
  }

  /** The case being previewed (its id), if any. */
  get caseId(): string | null {
    return this.compiled?.meta.id ?? null;
  }

  /**
   * Stops playing and forgets the case (another file was opened, or the open one does not
   * compile): the preview never goes on playing a case the trainer is no longer looking at.
   */
  stop(why: string): void {
    this.generation++;
    this.compiled = null;
    this.path = [];
    this.knot = null;
    this.controller.leave();
    this.events.status(why);
  }

  /** Starts again from the top, or from a knot. */
  restart(knot: string | null): void {
    if (this.compiled === null) return;
    this.knot = knot;
    this.path = [];
    this.run();
  }

  private run(): void {
    const compiled = this.compiled;
    if (compiled === null) return;
    const generation = ++this.generation;
    this.controller.leave();
    let built;
    try {
      built = rebuild(compiled, this.catalogue, this.seed, this.knot, this.path);
    } catch (e) {
      // ink's engine speaks English; the trainer reads Chinese (ink's words are kept after it).
      this.events.broke(explainRuntimeMessage(e instanceof StoryError || e instanceof Error ? e.message : String(e)));
      return;
    }
    const from = this.knot === null ? '从开头' : `从场景“${this.knot}”`;
    this.events.status(this.path.length === 0 ? `${from}试玩` : `${from}试玩，已重放之前的 ${built.replayed} 次选择`);
    void this.controller.playSession(compiled, built.session, built.replayed > 0).then((outcome) => {
      if (outcome !== null && generation === this.generation) this.events.ended(compiled, outcome, built.session.path);
    });
  }
}
