/**
 * CaseSession wraps one ink story for one play of one case. Scenes never touch inkjs: they call
 * next() for the next event and choose(i) at a choice point, and read plain data back.
 * The session records the seed and the choice path, which is all that is needed to rebuild it.
 */
import type { Story } from 'inkjs';
import type { Catalogue, Meter } from './catalogue';
import type { CaseMeta } from './caseMeta';
import type { ChoiceOption, Cue, Decision, LineEvent, MeterReading, StoryEvent } from './events';
import type { Mood, Place } from './vocabulary';
import { applyCeilings, scoreDecisions, SCORING_VERSION, type Breach, type CaseResult } from './scoring';
import { shuffledOrder } from './shuffle';
import { openStory, StoryError, type StoryTemplate } from './story';
import { findTag, findTags, parseTags, type GradeBand, type Tag, type TagProblem } from './tags';

export interface CompiledCase {
  readonly meta: CaseMeta;
  /** The compiled story JSON. */
  readonly json: string;
  /** contentHash(json), stamped on every save and recorded path. */
  readonly hash: string;
  /** Where each knot starts in the source (`file.ink line N`), for runtime error reports. */
  readonly knots?: Readonly<Record<string, string>>;
}

/** A point in a session, kept by snapshot() and returned to by restore(). Opaque to callers. */
export interface SessionSnapshot {
  readonly state: string;
  readonly meterValues: ReadonlyMap<string, number>;
  readonly decisions: readonly Decision[];
  readonly path: readonly number[];
  readonly pendingCues: readonly Cue[];
  readonly pendingMeters: ReadonlyMap<string, MeterReading>;
  readonly ending: { id: string; title: string } | null;
  readonly band: GradeBand | null;
  readonly breaches: readonly Breach[];
  readonly options: ChoiceOption[] | null;
  readonly linesSinceChoice: number;
  readonly last: StoryEvent | null;
  readonly lastLine: LineEvent | null;
  readonly mood: Mood | null;
  readonly place: Place | null;
}

/**
 * Lets the checker watch the story run (which variables a step reads, for instance) without
 * the session exposing its story. Installed once, right after the story is opened.
 */
export interface StoryProbe {
  install(story: Story): void;
}

export class ChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChoiceError';
  }
}

/**
 * Upper bound on lines between two choices (counted across next() calls), so a story that loops
 * while printing stops with an error instead of printing for ever. The longest turn in the
 * deck's cases is under 30 lines.
 */
export const MAX_LINES_PER_TURN = 2000;
/**
 * Upper bound on ink steps (inkjs's Story.Step: one runtime object each) between two choices.
 * inkjs keeps running until it has text to show, so a loop that prints nothing would never
 * return; counted in steps, not milliseconds, so the same story stops at the same place on any
 * machine under any load. The busiest turn in the deck's twenty cases takes 245 steps; a loop
 * that grows ink's output without ending a line costs more per step as it runs, so the bound is
 * kept low enough that even such a loop stops within seconds.
 */
export const MAX_STEPS_PER_TURN = 20_000;

export class CaseSession {
  private readonly story: Story;
  private readonly meterDefs: readonly Meter[];
  private readonly meterValues = new Map<string, number>();
  private readonly decisions: Decision[] = [];
  private readonly pathTaken: number[] = [];
  private pendingCues: Cue[] = [];
  private pendingMeters = new Map<string, MeterReading>();
  private ending: { id: string; title: string } | null = null;
  private band: GradeBand | null = null;
  private breaches: Breach[] = [];
  private options: ChoiceOption[] | null = null;
  private linesSinceChoice = 0;
  /** Ink steps since the last choice (see MAX_STEPS_PER_TURN). */
  private steps = 0;
  /** Where the flow was when the step budget ran out. */
  private loopAt: string | null = null;
  private last: StoryEvent | null = null;
  private lastLineEvent: LineEvent | null = null;
  /** The knot the last line came from (for locating runtime errors). */
  private lastKnot: string | null = null;
  private mood: Mood | null = null;
  private place: Place | null = null;
  /** Tag problems met while playing, for authors (the checker reports them up front). */
  readonly problems: TagProblem[] = [];

  constructor(
    readonly compiled: CompiledCase,
    private readonly catalogue: Catalogue,
    readonly seed: number,
    /** Instruments the story for the checker (src/authoring); the game passes none. */
    probe?: StoryProbe,
    /** Reuse this case's parsed story instead of parsing the JSON (see StoryTemplate). */
    template?: StoryTemplate,
  ) {
    if (template !== undefined && template.json !== compiled.json) throw new Error('StoryTemplate belongs to another story');
    this.story = template?.take(seed) ?? openStory(compiled.json, seed);
    this.countSteps();
    probe?.install(this.story);
    this.meterDefs = catalogue.meters.filter((m) => this.story.variablesState.GetVariableWithName(m.id) !== null);
    for (const m of this.meterDefs) this.meterValues.set(m.id, this.readMeter(m));
  }

  /**
   * Starts a fresh record of red lines from here. The checker records the red lines of each step
   * of the story graph on its own; the game never calls this.
   */
  forgetBreaches(): void {
    this.breaches = [];
  }

  /** The ending the story has declared so far (`# ending:` and its `# band:`), if any. */
  get endingReached(): { readonly id: string; readonly title: string; readonly band: GradeBand | null } | null {
    return this.ending === null ? null : { ...this.ending, band: this.band };
  }

  /** Red lines met so far, in order (without computing a whole result). */
  get breachesSoFar(): readonly Breach[] {
    return this.breaches;
  }

  /** The hash of the catalogue this session scores against. */
  get catalogueHash(): string {
    return this.catalogue.hash;
  }

  /** The choice indices taken so far. */
  get path(): readonly number[] {
    return this.pathTaken;
  }

  /** How many events (lines, then the choice point or ending) have been read since the last choice. */
  get eventsRead(): number {
    return this.linesSinceChoice;
  }

  /** The event most recently returned by next(), for redrawing after a restore. */
  get current(): StoryEvent | null {
    return this.last;
  }

  /** The most recent line, so a restored session can show it again beside its choices. */
  get lastLine(): LineEvent | null {
    return this.lastLineEvent;
  }

  /** Where the story has put the customer and how they feel, after every cue so far. */
  get scene(): { readonly mood: Mood | null; readonly place: Place | null } {
    return { mood: this.mood, place: this.place };
  }

  /** Current meter values (clamped to each meter's range). */
  get meters(): Readonly<Record<string, number>> {
    return Object.fromEntries(this.meterValues);
  }

  /** Advances to the next line, choice point or ending. Throws StoryError on an ink runtime error. */
  next(): StoryEvent {
    if (this.last !== null && this.last.kind !== 'line') return this.last;
    for (;;) {
      if (this.linesSinceChoice >= MAX_LINES_PER_TURN) {
        const knot = this.lastKnot ?? '?';
        throw new StoryError(`场景“${knot}”连续输出了 ${MAX_LINES_PER_TURN} 行，始终没有出现选项或结局：故事可能陷入了循环，请检查这里的跳转`, this.compiled.knots?.[knot] ?? `ink knot ${knot}`);
      }
      if (!this.story.canContinue) {
        this.linesSinceChoice++;
        return this.remember(this.atStop());
      }
      const text = this.continueStory();
      const tags = this.readTags(this.story.currentTags);
      this.collectCues(tags);
      // A case sets its starting meter values (~ trust = 30) before its first line: that is the
      // baseline, reported with no delta, not a change the player caused (nor a red line met).
      const baseline = this.last === null && this.pathTaken.length === 0 && this.linesSinceChoice === 0;
      this.collectMeters(baseline);
      if (baseline) {
        for (const [id, r] of this.pendingMeters) this.pendingMeters.set(id, { ...r, delta: 0 });
      }
      if (text.trim().length === 0) continue;
      this.linesSinceChoice++;
      this.lastLineEvent = { kind: 'line', text: text.trim(), speaker: findTag(tags, 'speaker') ?? null, ...this.flush() };
      return this.remember(this.lastLineEvent);
    }
  }

  /**
   * Moves the story to the start of a knot (the Studio's "play from here"). The path recorded
   * from then on is relative to that knot, so a replay must jump to the same knot first.
   */
  jumpTo(knot: string): void {
    this.inInk(() => this.story.ChoosePathString(knot));
    this.newTurn();
  }

  /** Takes option `index` (an index into the options of the current choice point). */
  choose(index: number): void {
    if (this.last?.kind !== 'choices' || this.options === null) {
      throw new ChoiceError('现在不是选择的时候');
    }
    if (!Number.isInteger(index) || index < 0 || index >= this.options.length) {
      throw new ChoiceError(`没有第 ${index + 1} 个选项`);
    }
    const option = this.options[index];
    this.decisions.push({ options: this.options, chosen: index });
    this.pathTaken.push(index);
    for (const id of option?.redlines ?? []) this.breach(id, 'choice');
    this.inInk(() => this.story.ChooseChoiceIndex(index));
    this.newTurn();
  }

  /** After a choice or a jump: no options shown, no event yet, the turn's counters at zero. */
  private newTurn(): void {
    this.options = null;
    this.last = null;
    this.linesSinceChoice = 0;
    this.steps = 0;
  }

  /** Runs one call into inkjs; whatever it throws comes out as a StoryError saying where (runtimeError). */
  private inInk(call: () => void): void {
    try {
      call();
    } catch (e) {
      throw this.runtimeError(e);
    }
  }

  /**
   * Everything needed to come back to this point later: the ink state (as JSON) and the
   * session's own bookkeeping. Lets the checker explore every branch from one story object
   * instead of replaying each path from the start.
   */
  snapshot(): SessionSnapshot {
    return {
      state: this.story.state.ToJson(),
      meterValues: new Map(this.meterValues),
      decisions: [...this.decisions],
      path: [...this.pathTaken],
      pendingCues: [...this.pendingCues],
      pendingMeters: new Map(this.pendingMeters),
      ending: this.ending,
      band: this.band,
      breaches: [...this.breaches],
      options: this.options,
      linesSinceChoice: this.linesSinceChoice,
      last: this.last,
      lastLine: this.lastLineEvent,
      mood: this.mood,
      place: this.place,
    };
  }

  /** Returns this session to a point saved by snapshot() (of this session or one of the same case). */
  restore(snap: SessionSnapshot): void {
    // An error met on another branch (a dead end) must not carry over: loading a state keeps it.
    this.story.ResetErrors();
    this.story.state.LoadJson(snap.state);
    this.meterValues.clear();
    for (const [id, v] of snap.meterValues) this.meterValues.set(id, v);
    this.decisions.splice(0, this.decisions.length, ...snap.decisions);
    this.pathTaken.splice(0, this.pathTaken.length, ...snap.path);
    this.pendingCues = [...snap.pendingCues];
    this.pendingMeters = new Map(snap.pendingMeters);
    this.ending = snap.ending;
    this.band = snap.band;
    this.breaches = [...snap.breaches];
    this.options = snap.options;
    this.steps = 0;
    this.linesSinceChoice = snap.linesSinceChoice;
    this.last = snap.last;
    this.lastLineEvent = snap.lastLine;
    this.mood = snap.mood;
    this.place = snap.place;
  }

  /** How many times the story has entered a knot (needs a story compiled with countAllVisits). */
  visits(knot: string): number {
    try {
      return this.story.state.VisitCountAtPathString(knot) ?? 0;
    } catch {
      return 0;
    }
  }

  /** The result so far (the ending's, once the case has ended). */
  result(): CaseResult {
    return this.resultLater()();
  }

  /** Captures what the result depends on now; scores it when called. */
  private resultLater(): () => CaseResult {
    const decisions = [...this.decisions];
    const breaches = [...this.breaches];
    const meters = this.meters;
    const ending = this.ending;
    const band = this.band;
    const { catalogue, compiled } = this;
    return () => {
      const { score: rawScore, principles } = scoreDecisions(decisions, catalogue);
      const { score, grade } = applyCeilings(rawScore, breaches);
      return {
        scoringVersion: SCORING_VERSION,
        storyHash: compiled.hash,
        catalogueHash: catalogue.hash,
        endingId: ending?.id ?? 'unknown',
        endingTitle: ending?.title ?? '结束',
        band,
        rawScore,
        score,
        grade,
        breaches,
        principles,
        meters,
        decisions,
      };
    };
  }

  /**
   * Counts inkjs's steps. Past the budget the wrapper ends the flow instead of stepping (inkjs
   * then returns normally, its own state consistent) and continueStory() reports the loop.
   */
  private countSteps(): void {
    const story = this.story as unknown as { Step: () => void };
    const step = story.Step.bind(this.story);
    story.Step = (): void => {
      if (++this.steps > MAX_STEPS_PER_TURN) {
        // Where the loop is, for the error; then stop the flow.
        this.loopAt ??= this.story.state.currentPathString;
        this.story.state.ForceEnd();
      } else step();
    };
  }

  private continueStory(): string {
    this.inInk(() => this.story.Continue());
    if (this.steps > MAX_STEPS_PER_TURN) {
      const knot = this.loopAt?.split('.')[0] ?? this.lastKnot ?? '?';
      const where = this.compiled.knots?.[knot] ?? `ink knot ${knot}`;
      this.loopAt = null;
      throw new StoryError(`场景“${knot}”运行了 ${MAX_STEPS_PER_TURN} 步仍没有下一句台词或选项：可能有一个不输出文字的循环，请检查这里的跳转`, where);
    }
    this.lastKnot = this.currentKnot() ?? this.lastKnot;
    return this.story.currentText ?? '';
  }

  /**
   * The knot the flow is in, by walking up from the current container (no path strings: this runs
   * for every line). Null outside any knot.
   */
  private currentKnot(): string | null {
    interface RuntimeContainer {
      readonly name: string | null;
      readonly parent: RuntimeContainer | null;
    }
    let c = (this.story.state.currentPointer as unknown as { container: RuntimeContainer | null }).container;
    while (c !== null && c.parent !== null && c.parent.parent !== null) c = c.parent;
    return c?.name ?? null;
  }

  /** Wraps whatever inkjs threw in a StoryError that says where in the source it happened. */
  private runtimeError(e: unknown): StoryError {
    if (e instanceof StoryError && e.location !== null) return e;
    const message = (e instanceof Error ? e.message : String(e)).replace(/^Error:\s*/, '');
    const current = this.story.state.currentPathString;
    const path = current ?? this.story.state.previousPointer.path?.toString() ?? null;
    // When the flow has run out there is no current path: the last content run, or else the knot
    // of the last line, tells where.
    const knot = path?.split('.')[0] ?? this.lastKnot ?? undefined;
    const where = knot === undefined ? undefined : this.compiled.knots?.[knot];
    return new StoryError(message, where ?? (path === null ? (knot === undefined ? null : `ink knot ${knot}`) : `ink path ${path}`));
  }

  private remember(e: StoryEvent): StoryEvent {
    this.last = e;
    return e;
  }

  private atStop(): StoryEvent {
    const choices = this.story.currentChoices;
    if (choices.length > 0) {
      this.options = choices.map((c, i): ChoiceOption => {
        const tags = this.readTags(c.tags);
        const deltas = tags.flatMap((t) => (t.name === 'score' ? t.value : []));
        return {
          index: i,
          text: c.text.trim(),
          deltas,
          value: deltas.reduce((a, d) => a + d.delta, 0),
          why: findTag(tags, 'why') ?? '',
          redlines: findTags(tags, 'redline'),
          source: c.sourcePath,
        };
      });
      const options = this.options;
      const shown = shuffledOrder(options.length, this.seed, this.pathTaken.length).map((i) => options[i] ?? options[0]).filter((o) => o !== undefined);
      return { kind: 'choices', options, shown, ...this.flush() };
    }
    // Scored when first read (the checker reaches thousands of endings and reads only their
    // ids), from what the session holds now, so a later restore cannot change it.
    const score = this.resultLater();
    let result: CaseResult | null = null;
    return {
      kind: 'end',
      get result(): CaseResult {
        result ??= score();
        return result;
      },
      ...this.flush(),
    };
  }

  private readTags(raw: readonly string[] | null): Tag[] {
    const { tags, problems } = parseTags(raw);
    this.problems.push(...problems);
    return tags;
  }

  private collectCues(tags: readonly Tag[]): void {
    for (const t of tags) {
      if (t.name === 'walk') {
        this.place = t.value;
        this.pendingCues.push({ kind: 'walk', place: t.value });
      } else if (t.name === 'sfx') this.pendingCues.push({ kind: 'sfx', sound: t.value });
      else if (t.name === 'mood') {
        this.mood = t.value;
        this.pendingCues.push({ kind: 'mood', mood: t.value });
      }
      else if (t.name === 'ending') this.ending = t.value;
      else if (t.name === 'band') this.band = t.value;
      else if (t.name === 'redline') this.breach(t.value, 'line');
    }
  }

  /** Records a red line met (once per red line; unknown ids are the checker's business). */
  private breach(redline: string, via: Breach['via'], meter?: string): void {
    if (this.breaches.some((b) => b.redline === redline)) return;
    const def = this.catalogue.redlines.find((r) => r.id === redline);
    if (def === undefined) return;
    this.breaches.push({ redline, ceiling: def.ceiling, turn: this.pathTaken.length, via, ...(meter === undefined ? {} : { meter }) });
  }

  private readMeter(m: Meter): number {
    const raw: unknown = this.story.variablesState.$(m.id);
    const n = typeof raw === 'number' ? raw : m.start;
    return Math.min(m.max, Math.max(m.min, n));
  }

  private collectMeters(baseline = false): void {
    for (const m of this.meterDefs) {
      const value = this.readMeter(m);
      const before = this.meterValues.get(m.id) ?? value;
      if (value !== before) {
        const first = this.pendingMeters.get(m.id);
        const delta = value - before + (first?.delta ?? 0);
        this.pendingMeters.set(m.id, { id: m.id, value, delta });
        this.meterValues.set(m.id, value);
        if (!baseline) {
          for (const c of m.caps) if (c.when === 'below' ? value < c.value : value > c.value) this.breach(c.redline, 'meter', m.id);
        }
      }
    }
  }

  private flush(): { cues: Cue[]; meters: MeterReading[] } {
    const out = { cues: this.pendingCues, meters: [...this.pendingMeters.values()] };
    this.pendingCues = [];
    this.pendingMeters = new Map();
    return out;
  }
}
