/**
 * The closed sets of words that ink tags may use. Kept in one place so the tag parser,
 * the game's presenters and the authoring guide agree.
 */

/** Places in the lobby a case can happen at or a character can walk to. */
export const PLACES = [
  'entrance',
  'ticket-machine',
  'form-desk',
  'seats',
  'counter-1',
  'counter-2',
  'counter-3',
  'manager-desk',
  'atm',
  'meeting-room',
] as const;
export type Place = (typeof PLACES)[number];

/** Customer moods, drawn on the portrait and in the lobby. Ordered from worst to best. */
export const MOODS = ['angry', 'upset', 'suspicious', 'anxious', 'neutral', 'calm', 'pleased'] as const;
export type Mood = (typeof MOODS)[number];

/** How a customer looks (portrait and lobby figure). */
export const LOOKS = ['older-woman', 'older-man', 'man', 'woman', 'young-man', 'young-woman'] as const;
export type Look = (typeof LOOKS)[number];

/**
 * How the customer reaches the trainee: in person in the hall (the default), or by telephone
 * (the lobby then shows the trainee on the phone, not a customer walking in).
 */
export const CHANNELS = ['walk-in', 'phone'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Where a case comes from (`# origin:`): the training deck (its number is the deck's case number,
 * its 精髓 and 忠告 are the deck's words) or the bank's own material (numbered on its own, its 要点
 * and 忠告 shown as the bank's, never as the deck's). A case without the tag is the bank's.
 */
export const ORIGINS = ['deck', 'bank'] as const;
export type Origin = (typeof ORIGINS)[number];

/** Sound cues a line may trigger. Each has a file under assets/audio/. */
export const SOUND_CUES = ['chime', 'door', 'murmur', 'tension', 'relief', 'cash'] as const;
export type SoundCue = (typeof SOUND_CUES)[number];

export function isOneOf<T extends string>(set: readonly T[], value: string): value is T {
  return (set as readonly string[]).includes(value);
}
