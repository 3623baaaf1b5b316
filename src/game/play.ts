/**
 * Plays one case: feeds the CaseSession's events to the presenters (dialogue, lobby, audio),
 * saves after every event so a reload continues at the same line, and records the best score.
 */
import {
  attemptRecord,
  CaseSession,
  modelPath,
  replayToEnd,
  restoreSave,
  SaveError,
  StoryError,
  makeSave,
  MOODS,
  pathEdges,
  ReplayError,
  type PathEdge,
  type CaseResult,
  type Catalogue,
  type CompiledCase,
  type Cue,
  type MeterReading,
  type Mood,
  type StoryEvent,
  type AttemptRecord,
} from '../core';
import type { AudioPort } from './audio';
import type { LobbyView } from './lobby/view';
import type { GameStore } from './storage';
import { DialogueClosed, type DialogueView } from './ui/dialogue';
import type { Notices } from './ui/notices';

export interface PlayDeps {
  readonly dialogue: DialogueView;
  readonly lobby: LobbyView;
  readonly audio: AudioPort;
  readonly store: GameStore;
  readonly notices: Notices;
  readonly catalogue: Catalogue;
  readonly now: () => Date;
  readonly newSeed: () => number;
}

export interface PlayOutcome {
  readonly result: CaseResult;
  /** How this finish compares with the trainee's earlier ones. */
  readonly record: 'first' | 'better' | 'kept';
  /** The text of each option on the model path, for the debrief. */
  readonly modelChoices: readonly string[];
  /** The trainee's route across the branch map. */
  readonly route: readonly PathEdge[];
  /** When the case was finished. */
  readonly at: Date;
  /** The attempt as recorded (a fresh finish only; a rebuilt debrief has none). */
  readonly attempt?: AttemptRecord;
}

export class PlayController {
  constructor(private readonly deps: PlayDeps) {}

  /** Plays `compiled` to its end. Resolves null if the story broke (the player was told). */
  private active: CaseSession | null = null;

  /** The session being played, if any (the Studio reads its path to replay it after an edit). */
  get session(): CaseSession | null {
    return this.active;
  }

  /** `seed`: the leaderboard server's, for an attempt started online; otherwise the browser makes one. */
  async play(compiled: CompiledCase, resume: boolean, seed?: number): Promise<PlayOutcome | null> {
    const session = resume ? this.restore(compiled) : null;
    return this.playSession(compiled, session ?? new CaseSession(compiled, this.deps.catalogue, seed ?? this.deps.newSeed()), session !== null);
  }

  /**
   * Plays a prepared session to its end. `restored`: the session was rebuilt (after a reload or
   * an edit), so its current line is shown at once instead of typed out again.
   */
  async playSession(compiled: CompiledCase, s: CaseSession, restored: boolean): Promise<PlayOutcome | null> {
    const { dialogue, lobby, store, notices, catalogue } = this.deps;
    this.leave();
    this.active = s;
    const meta = compiled.meta;
    this.mood = s.scene.mood;
    const shown = meta.meters.flatMap((id) => catalogue.meters.filter((m) => m.id === id));
    lobby.startCase(meta.look, s.scene.place ?? meta.setting, meta.channel);
    dialogue.open(meta, shown, s.meters, s.scene.mood ?? 'neutral');
    if (s.scene.mood !== null) lobby.setMood(s.scene.mood);
    this.applyPressure(s.meters, meta.meters);
    try {
      // Restored at an event already shown: show it at once. Restored between events (saved just
      // after a choice): the next event is new, with its cues and meter changes.
      const resumed = restored ? s.current : null;
      let event: StoryEvent = resumed ?? s.next();
      let instant = resumed !== null;
      for (;;) {
        if (!instant) this.applyCues(event.cues, event.meters, meta.meters);
        store.setSave(meta.id, makeSave(s, this.deps.now()));
        if (event.kind === 'line') {
          await dialogue.showLine({ speaker: event.speaker, text: event.text, mine: false }, instant);
        } else if (event.kind === 'choices') {
          const context = s.lastLine;
          if (instant && context !== null) void dialogue.showLine({ speaker: context.speaker, text: context.text, mine: false }, true);
          // Shown in the play's shuffled order; the session takes ink's own index.
          const shownAt = await dialogue.showChoices(event.shown);
          const picked = event.shown[shownAt] ?? event.options[0];
          if (picked === undefined) throw new StoryError('选项为空', null);
          this.deps.audio.play('click');
          s.choose(picked.index);
          store.setSave(meta.id, makeSave(s, this.deps.now()));
          await dialogue.showLine({ speaker: null, text: picked.text, mine: true });
        } else {
          return this.finish(compiled, s, event.result);
        }
        instant = false;
        event = s.next();
      }
    } catch (e) {
      // The player left for the board: the save stays, so the case can be continued later.
      if (e instanceof DialogueClosed) return null;
      // The author needs the file and line; the player needs to know it is not their fault.
      const where = e instanceof StoryError && e.location !== null ? ` (${e.location})` : '';
      console.error(`ink runtime error in ${meta.id}${where}: ${e instanceof Error ? e.message : String(e)}`);
      notices.show('这个案例的内容出了问题，已记录下来。请先练习其他案例，并告诉培训师。', 'error', 12000);
      store.clearSave(meta.id);
      dialogue.close();
      lobby.endCase();
      return null;
    }
  }

  /** Leaves the case being played (its progress stays saved). */
  leave(): void {
    if (!this.deps.dialogue.isOpen) return;
    this.deps.dialogue.close();
    this.deps.lobby.endCase();
  }

  private restore(compiled: CompiledCase): CaseSession | null {
    const raw = this.deps.store.save(compiled.meta.id);
    if (raw === null) return null;
    try {
      return restoreSave(raw, compiled, this.deps.catalogue);
    } catch (e) {
      if (!(e instanceof SaveError)) throw e;
      this.deps.store.clearSave(compiled.meta.id);
      this.deps.notices.show(`${e.message}，已从头开始。`, 'warning');
      return null;
    }
  }

  private finish(compiled: CompiledCase, s: CaseSession, result: CaseResult): PlayOutcome {
    const { store, catalogue } = this.deps;
    store.clearSave(compiled.meta.id);
    const at = this.deps.now();
    const record = store.recordScore(compiled.meta.id, result.score, result.grade, at);
    // Seed and path rebuild the whole session: enough for the debrief and for the trainee's
    // standing on each principle (src/core/progress.ts).
    const attempt = attemptRecord(compiled.meta.id, s.seed, s.path, result, at);
    store.addAttempt(attempt);
    this.deps.audio.play(result.score >= 70 ? 'relief' : 'tension');
    const path = modelPath(compiled, catalogue, s.seed);
    const model = replayToEnd(compiled, catalogue, s.seed, path);
    const modelChoices = model.decisions.map((d) => d.options[d.chosen]?.text ?? '');
    this.deps.dialogue.close();
    this.deps.lobby.endCase();
    // A session started at a knot (the Studio's "play from here") has no route from the start.
    let route: PathEdge[] = [];
    try {
      route = pathEdges(compiled, catalogue, s.seed, s.path);
    } catch (e) {
      if (!(e instanceof ReplayError)) throw e;
    }
    return { result, record, modelChoices, route, at, attempt };
  }

  /**
   * The outcome of an earlier attempt, rebuilt from its seed and path (the debrief after a
   * refresh, or reopened from the board). Throws ReplayError if the path no longer fits the story.
   */
  rebuild(compiled: CompiledCase, seed: number, path: readonly number[], at: Date): PlayOutcome {
    const { catalogue } = this.deps;
    const result = replayToEnd(compiled, catalogue, seed, path);
    const model = replayToEnd(compiled, catalogue, seed, modelPath(compiled, catalogue, seed));
    return { result, record: 'kept', modelChoices: model.decisions.map((d) => d.options[d.chosen]?.text ?? ''), route: pathEdges(compiled, catalogue, seed, path), at };
  }

  private mood: Mood | null = null;

  private applyCues(cues: readonly Cue[], meters: readonly MeterReading[], shown: readonly string[]): void {
    const { lobby, dialogue, audio } = this.deps;
    for (const cue of cues) {
      if (cue.kind === 'walk') lobby.walkTo(cue.place);
      else if (cue.kind === 'sfx') audio.play(cue.sound);
      else {
        const before = this.mood === null ? -1 : MOODS.indexOf(this.mood);
        const after = MOODS.indexOf(cue.mood);
        if (before >= 0 && after !== before) audio.play(after > before ? 'mood-up' : 'mood-down');
        this.mood = cue.mood;
        lobby.setMood(cue.mood);
        dialogue.setMood(cue.mood);
      }
    }
    const visible = meters.filter((m) => shown.includes(m.id));
    if (visible.length > 0) {
      dialogue.updateMeters(visible);
      this.applyPressure(Object.fromEntries(visible.map((m) => [m.id, m.value])), shown);
    }
  }

  /** The case's own pressure, drawn in the lobby: the watching crowd, the wall clock. */
  private applyPressure(values: Readonly<Record<string, number>>, shown: readonly string[]): void {
    const crowd = values['crowd'];
    const clock = values['clock'];
    if (shown.includes('crowd') && crowd !== undefined) this.deps.lobby.setCrowd(crowd);
    if (shown.includes('clock') && clock !== undefined) this.deps.lobby.setClock(clock);
  }
}
