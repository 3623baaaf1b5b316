/** What the rest of the game may ask of the lobby. The Phaser scene implements it. */
import type { Channel, Look, Mood, Place } from '../../core';

export interface LobbyView {
  /**
   * The case customer walks in to `place` and the trainee's figure joins them there; on a phone
   * call (`channel` 'phone') no one walks in: the trainee takes the call at `place`.
   */
  startCase(look: Look, place: Place, channel?: Channel): void;
  walkTo(place: Place): void;
  setMood(mood: Mood): void;
  /** 0–100: how restless the watching customers are. */
  setCrowd(level: number): void;
  /** Minutes since midnight for the wall clock; null shows the real time. */
  setClock(minutes: number | null): void;
  /** The customer leaves; the camera returns to the whole lobby. */
  endCase(): void;
}
