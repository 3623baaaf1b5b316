/** The plain data a CaseSession emits. Presenters (text box, portrait, meters, audio, lobby) consume it. */
import type { PrincipleDelta } from './tags';
import type { Mood, Place, SoundCue } from './vocabulary';
import type { CaseResult } from './scoring';

export type Cue =
  | { readonly kind: 'walk'; readonly place: Place }
  | { readonly kind: 'sfx'; readonly sound: SoundCue }
  | { readonly kind: 'mood'; readonly mood: Mood };

export interface MeterReading {
  readonly id: string;
  readonly value: number;
  /** Change since the previous reading; 0 for the first reading. */
  readonly delta: number;
}

export interface ChoiceOption {
  readonly index: number;
  readonly text: string;
  readonly deltas: readonly PrincipleDelta[];
  /** Sum of the principle deltas: what the scorer compares between options. */
  readonly value: number;
  readonly why: string;
  /** Red lines (`# redline:` ids) that taking this option crosses. */
  readonly redlines: readonly string[];
  /** Where the choice is in the compiled story (e.g. `knot.0.c-1`): identifies the choice point. */
  readonly source: string;
}

interface EventBase {
  /** Cues raised since the previous event (walks, sounds, mood changes), in order. */
  readonly cues: readonly Cue[];
  /** Meter readings that changed since the previous event. */
  readonly meters: readonly MeterReading[];
}

export interface LineEvent extends EventBase {
  readonly kind: 'line';
  readonly text: string;
  /** Who speaks; null for narration. */
  readonly speaker: string | null;
}

export interface ChoicesEvent extends EventBase {
  readonly kind: 'choices';
  /** The options in ink's order: `options[i].index === i`, the index choose() takes. */
  readonly options: readonly ChoiceOption[];
  /**
   * The same options in the order to show them: shuffled per play from the seed, so position
   * says nothing about the answer. Deterministic for a seed and a path; number keys follow it.
   */
  readonly shown: readonly ChoiceOption[];
}

export interface EndEvent extends EventBase {
  readonly kind: 'end';
  readonly result: CaseResult;
}

export type StoryEvent = LineEvent | ChoicesEvent | EndEvent;

/** One decision the player made: every option offered, and which was chosen. */
export interface Decision {
  readonly options: readonly ChoiceOption[];
  readonly chosen: number;
}
