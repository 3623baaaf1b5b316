/**
 * Sound through Howler. Nothing is created or played before the first user gesture (browsers
 * keep audio suspended until then, and queued sounds would all fire at once on unlock), and
 * Howler itself is only fetched then (a dynamic import: about 10 KB of gzipped JS the lobby does
 * not wait for). A missing or broken file is logged once and skipped: sound never stops the game.
 */
import type { Howl, HowlOptions } from 'howler';
import type { SoundCue } from '../core';
import type { Settings } from './storage';

export type SoundName = SoundCue | 'ambience' | 'click' | 'mood-up' | 'mood-down';

export interface AudioPort {
  play(name: SoundName): void;
  apply(settings: Settings): void;
}

/** Sound is allowed only while its control is on screen (the top bar, after sign-in). */
export interface AudioGate {
  allow(on: boolean): void;
}

// Every sound file the project ships; a file that is missing is simply absent here.
const FILES = import.meta.glob<string>('../../assets/audio/*.{ogg,wav,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
});

function sourcesFor(name: string): string[] {
  const order = ['ogg', 'mp3', 'wav'];
  return order.flatMap((ext) => {
    const url = FILES[`../../assets/audio/${name}.${ext}`];
    return url === undefined ? [] : [url];
  });
}

type HowlerModule = typeof import('howler');

export class HowlerAudio implements AudioPort, AudioGate {
  private readonly howls = new Map<SoundName, Howl | null>();
  private unlocked = false;
  /** Howler, once fetched after the first gesture; null before (and if it could not be loaded). */
  private lib: HowlerModule | null = null;
  /** Off until the sound control is on screen: the welcome screen has none, so it stays silent. */
  private allowed = false;
  private settings: Settings;

  constructor(settings: Settings, target: EventTarget, onUnlock: () => void = () => undefined) {
    this.settings = settings;
    const unlock = (): void => {
      target.removeEventListener('pointerdown', unlock, true);
      target.removeEventListener('keydown', unlock, true);
      this.unlocked = true;
      onUnlock();
      import('howler').then(
        (lib) => {
          this.lib = lib;
          this.apply(this.settings);
          this.startAmbience();
        },
        (e: unknown) => console.warn('sound could not be loaded; the game goes on without it', e),
      );
    };
    target.addEventListener('pointerdown', unlock, true);
    target.addEventListener('keydown', unlock, true);
  }

  private howl(name: SoundName, loop = false): Howl | null {
    if (!this.unlocked || this.lib === null) return null;
    const existing = this.howls.get(name);
    if (existing !== undefined) return existing;
    const src = sourcesFor(name);
    if (src.length === 0) {
      console.warn(`sound “${name}” has no file; skipping it`);
      this.howls.set(name, null);
      return null;
    }
    const options: HowlOptions = {
      src,
      loop,
      volume: name === 'ambience' ? 0.35 : 0.8,
      onloaderror: (_id, err) => {
        console.warn(`sound “${name}” failed to load (${String(err)}); skipping it`);
        this.howls.set(name, null);
      },
    };
    const howl = new this.lib.Howl(options);
    this.howls.set(name, howl);
    return howl;
  }

  /** Allows sound (the top bar with its sound control is shown) or stops it (it is not). */
  allow(on: boolean): void {
    this.allowed = on;
    if (on) this.startAmbience();
    else if (this.unlocked) for (const h of this.howls.values()) h?.stop();
  }

  private startAmbience(): void {
    if (!this.unlocked || !this.allowed || this.settings.muted) return;
    const amb = this.howl('ambience', true);
    if (amb !== null && !amb.playing()) amb.play();
  }

  play(name: SoundName): void {
    if (!this.unlocked || !this.allowed || this.settings.muted) return;
    try {
      this.howl(name)?.play();
    } catch (e) {
      console.warn(`sound “${name}” could not play`, e);
    }
  }

  apply(settings: Settings): void {
    const wasMuted = this.settings.muted;
    this.settings = settings;
    if (!this.unlocked || this.lib === null) return;
    this.lib.Howler.mute(settings.muted);
    this.lib.Howler.volume(settings.volume);
    // The room tone starts the first time sound is on after the first gesture.
    if (wasMuted && !settings.muted) this.startAmbience();
  }
}

/** For tests and for browsers without audio. */
export const silentAudio: AudioPort = { play: () => undefined, apply: () => undefined };
