/**
 * Everything the game keeps in the browser, behind one small interface. Corrupt or foreign data
 * is discarded and reported, never thrown at the player.
 */
import { SCORING_VERSION, type Grade } from '../core';

export interface Profile {
  readonly name: string;
  readonly branchId: string;
}

export interface Settings {
  readonly muted: boolean;
  /** 0–1 */
  readonly volume: number;
}

export interface Best {
  readonly score: number;
  readonly grade: Grade;
  readonly at: string;
}

export interface KeyValue {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

const PREFIX = 'bank-lobby.';

/** localStorage, tolerating browsers that refuse it (private mode, quotas). */
export function browserKeyValue(onFull: () => void = () => undefined): KeyValue {
  const mem = new Map<string, string>();
  const ls = ((): Storage | null => {
    try {
      const s = window.localStorage;
      s.setItem(`${PREFIX}probe`, '1');
      s.removeItem(`${PREFIX}probe`);
      return s;
    } catch {
      return null;
    }
  })();
  // A value the browser refused to store (quota full) is kept in memory for this visit, and read
  // from there first, so the game never falls back to an older value.
  return {
    get: (k) => mem.get(k) ?? (ls ? ls.getItem(PREFIX + k) : null),
    set: (k, v) => {
      if (ls === null) {
        mem.set(k, v);
        return;
      }
      try {
        ls.setItem(PREFIX + k, v);
        mem.delete(k);
      } catch {
        mem.set(k, v);
        onFull();
      }
    },
    remove: (k) => {
      mem.delete(k);
      ls?.removeItem(PREFIX + k);
    },
  };
}

export class GameStore {
  constructor(
    private readonly kv: KeyValue,
    /** Called when stored data had to be discarded. */
    private readonly onDiscard: (what: string) => void,
  ) {}

  private read(key: string): unknown {
    const raw = this.kv.get(key);
    if (raw === null) return null;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      this.kv.remove(key);
      this.onDiscard(key);
      return null;
    }
  }

  profile(): Profile | null {
    const p = this.read('profile');
    if (p === null) return null;
    const r = p as Record<string, unknown>;
    if (typeof r['name'] === 'string' && typeof r['branchId'] === 'string' && r['name'].trim() !== '') {
      return { name: r['name'], branchId: r['branchId'] };
    }
    this.kv.remove('profile');
    this.onDiscard('profile');
    return null;
  }

  setProfile(p: Profile): void {
    this.kv.set('profile', JSON.stringify(p));
  }

  clearProfile(): void {
    this.kv.remove('profile');
  }

  settings(): Settings {
    const s = this.read('settings') as Record<string, unknown> | null;
    const volume = typeof s?.['volume'] === 'number' ? Math.min(1, Math.max(0, s['volume'])) : 0.7;
    return { muted: s?.['muted'] === true, volume };
  }

  setSettings(s: Settings): void {
    this.kv.set('settings', JSON.stringify(s));
  }

  /** The raw save for a case, unparsed: the core validates it. */
  save(caseId: string): unknown {
    return this.read(`save.${caseId}`);
  }

  hasSave(caseId: string): boolean {
    return this.kv.get(`save.${caseId}`) !== null;
  }

  setSave(caseId: string, data: unknown): void {
    this.kv.set(`save.${caseId}`, JSON.stringify(data));
  }

  clearSave(caseId: string): void {
    this.kv.remove(`save.${caseId}`);
  }

  /**
   * The best score under the current scoring rules. A best recorded under other rules (an older
   * scoring version) is not comparable and is not shown; it stays stored until a new best
   * replaces it.
   */
  best(caseId: string): Best | null {
    const b = this.read(`best.${caseId}`) as Record<string, unknown> | null;
    if (b === null) return null;
    if ((b['scoringVersion'] ?? 1) !== SCORING_VERSION) return null;
    if (typeof b['score'] === 'number' && typeof b['grade'] === 'string' && typeof b['at'] === 'string') {
      return { score: b['score'], grade: b['grade'] as Grade, at: b['at'] };
    }
    this.kv.remove(`best.${caseId}`);
    return null;
  }

  /** Records a score: 'first' for a first finish, 'better' for a new best, 'kept' otherwise. */
  recordScore(caseId: string, score: number, grade: Grade, at: Date): 'first' | 'better' | 'kept' {
    const prev = this.best(caseId);
    if (prev !== null && prev.score >= score) return 'kept';
    this.kv.set(`best.${caseId}`, JSON.stringify({ score, grade, at: at.toISOString(), scoringVersion: SCORING_VERSION }));
    return prev === null ? 'first' : 'better';
  }
}
