/**
 * Everything the game keeps in the browser, behind one small interface. Corrupt or foreign data
 * is discarded and reported, never thrown at the player.
 */
import { SCORING_VERSION, type Grade } from '../core/scoring';
import { parseAttemptRecord, type AttemptRecord } from '../core/progress';

/**
 * A trainee on this browser. `id` is stable and random: saves, best scores and attempts are kept
 * under it, so two trainees sharing a branch PC never see each other's progress, and the typed
 * name is only a label.
 */
export interface Profile {
  readonly id: string;
  readonly name: string;
  readonly branchId: string;
}

/** How many finished attempts are kept per trainee (the oldest go first). */
export const MAX_ATTEMPTS = 500;
/** How many trainees one browser remembers. */
const MAX_PLAYERS = 200;

/** 16 random bytes as hex; works outside secure contexts too (a branch PC on http://…). */
function newPlayerId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The longest name the welcome form accepts; a longer stored one is cut to it on read. */
export const MAX_NAME = 20;

/**
 * The format every record this file writes carries (`format`). Records without one are from
 * before formats and are read as format 0 and migrated; a format newer than this one is left in
 * place untouched (another version of the game wrote it) and not used.
 */
export const STORE_FORMAT = 1;

/** A stored trainee, validated: the name trimmed and cut to MAX_NAME, ids short and plain. */
function profileOf(x: unknown): Profile | null {
  const r = x as Record<string, unknown> | null;
  if (typeof r !== 'object' || r === null) return null;
  const { id, name, branchId } = r as { id?: unknown; name?: unknown; branchId?: unknown };
  if (typeof id !== 'string' || !/^[0-9a-f]{8,64}$/.test(id) || typeof name !== 'string' || typeof branchId !== 'string' || branchId.length > 64) return null;
  const trimmed = Array.from(name.trim()).slice(0, MAX_NAME).join('');
  return trimmed === '' ? null : { id, name: trimmed, branchId };
}

const newer = (x: unknown): boolean => typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)['format'] === 'number' && ((x as Record<string, unknown>)['format'] as number) > STORE_FORMAT;

export interface Settings {
  readonly muted: boolean;
  /** 0–1 */
  readonly volume: number;
  /** How the case board is grouped (src/game/ui/board.ts BoardView); absent = by number. */
  readonly boardView?: string;
}

/**
 * A trainee's motion settings (issue 7, fault 11), kept per trainee; before anyone signs in, the
 * browser's own default. `reduceMotion` (减少动画): the lobby's camera cuts instead of moving and
 * nothing bobs or floats, lines appear whole. `instantText` (文字立即显示): lines appear whole.
 * `lobbyPaused` (暂停大厅): the living lobby stands still.
 */
export interface MotionSettings {
  readonly reduceMotion: boolean;
  readonly instantText: boolean;
  readonly lobbyPaused: boolean;
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

/** What the browser's storage allows this visit: reading, writing, both or neither. */
export type StorageState = 'ok' | 'read-only' | 'unavailable';

/**
 * localStorage, tolerating browsers that refuse it. Reading and writing are probed apart: with the
 * quota full, what is stored is still read (the profile, bests, saves), and what cannot be
 * written is kept in memory for this visit and read from there first, so the game never falls
 * back to an older value. `onFull` is called the first time a write is refused; `state` says at
 * start what the browser allows.
 */
export function browserKeyValue(onFull: () => void = () => undefined): KeyValue & { readonly state: StorageState } {
  const mem = new Map<string, string>();
  const ls = ((): Storage | null => {
    try {
      const s = window.localStorage;
      s.getItem(`${PREFIX}probe`);
      return s;
    } catch {
      return null;
    }
  })();
  const writable = ((): boolean => {
    if (ls === null) return false;
    try {
      ls.setItem(`${PREFIX}probe`, '1');
      ls.removeItem(`${PREFIX}probe`);
      return true;
    } catch {
      return false;
    }
  })();
  const read = (k: string): string | null => {
    try {
      return ls === null ? null : ls.getItem(PREFIX + k);
    } catch {
      return null;
    }
  };
  return {
    state: ls === null ? 'unavailable' : writable ? 'ok' : 'read-only',
    get: (k) => mem.get(k) ?? read(k),
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
      try {
        ls?.removeItem(PREFIX + k);
      } catch {
        // nothing stored can be lost by a failed removal
      }
    },
  };
}

export class GameStore {
  /** The signed-in trainee whose progress the methods below read and write ('' before sign-in). */
  private player = '';

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

  /**
   * The key of a trainee's own record. Progress stored before trainees had ids (un-prefixed
   * keys) belongs to the trainee who was signed in then (`legacyOwner`) and moves under their
   * id the first time it is read.
   */
  private own(key: string): string {
    if (this.player === '') return key;
    const mine = `p.${this.player}.${key}`;
    if (this.kv.get(mine) === null && this.kv.get('legacyOwner') === this.player) {
      const legacy = this.kv.get(key);
      if (legacy !== null) {
        this.kv.set(mine, legacy);
        this.kv.remove(key);
      }
    }
    return mine;
  }

  /** The trainee signed in on this browser, or null. */
  profile(): Profile | null {
    const p = this.read('profile');
    if (p === null || newer(p)) return null;
    const r = p as Record<string, unknown>;
    const found = profileOf(r);
    if (found !== null) {
      this.player = found.id;
      return found;
    }
    // A profile from before trainees had ids: it becomes a trainee, and inherits the progress.
    if (typeof r['name'] === 'string' && typeof r['branchId'] === 'string' && r['name'].trim() !== '') {
      const migrated = this.signIn(r['name'], r['branchId']);
      this.kv.set('legacyOwner', migrated.id);
      return migrated;
    }
    this.kv.remove('profile');
    this.onDiscard('profile');
    return null;
  }

  /** Trainees known on this browser, most recent first (format 0 was a bare array). */
  players(): Profile[] {
    const raw = this.read('players');
    const list = Array.isArray(raw) ? raw : (raw as Record<string, unknown> | null)?.['players'];
    return Array.isArray(list) ? list.flatMap((x) => profileOf(x) ?? []) : [];
  }

  /**
   * Signs a trainee in: the same name and branch as a trainee known here is that trainee (with
   * their progress); anyone else gets a new id.
   */
  signIn(name: string, branchId: string): Profile {
    const trimmed = Array.from(name.trim()).slice(0, MAX_NAME).join('');
    const known = this.players();
    const found = known.find((p) => p.name === trimmed && p.branchId === branchId);
    const profile: Profile = found ?? { id: newPlayerId(), name: trimmed, branchId };
    this.kv.set('players', JSON.stringify({ format: STORE_FORMAT, players: [profile, ...known.filter((p) => p.id !== profile.id)].slice(0, MAX_PLAYERS) }));
    this.kv.set('profile', JSON.stringify({ format: STORE_FORMAT, ...profile }));
    this.player = profile.id;
    return profile;
  }

  clearProfile(): void {
    this.kv.remove('profile');
    this.player = '';
  }

  settings(): Settings {
    const raw = this.read('settings');
    const s = newer(raw) ? null : (raw as Record<string, unknown> | null);
    const volume = typeof s?.['volume'] === 'number' ? Math.min(1, Math.max(0, s['volume'])) : 0.7;
    const boardView = typeof s?.['boardView'] === 'string' ? s['boardView'] : undefined;
    return { muted: s?.['muted'] === true, volume, ...(boardView === undefined ? {} : { boardView }) };
  }

  setSettings(s: Settings): void {
    this.kv.set('settings', JSON.stringify({ format: STORE_FORMAT, ...s }));
  }

  /** The signed-in trainee's motion settings (all off unless stored as exactly true). */
  motionSettings(): MotionSettings {
    const raw = this.read(this.own('motion'));
    const m = newer(raw) ? null : (raw as Record<string, unknown> | null);
    return { reduceMotion: m?.['reduceMotion'] === true, instantText: m?.['instantText'] === true, lobbyPaused: m?.['lobbyPaused'] === true };
  }

  setMotionSettings(m: MotionSettings): void {
    this.kv.set(this.own('motion'), JSON.stringify({ format: STORE_FORMAT, ...m }));
  }

  /** The raw save for a case, unparsed: the core validates it. */
  save(caseId: string): unknown {
    return this.read(this.own(`save.${caseId}`));
  }

  hasSave(caseId: string): boolean {
    return this.kv.get(this.own(`save.${caseId}`)) !== null;
  }

  setSave(caseId: string, data: unknown): void {
    this.kv.set(this.own(`save.${caseId}`), JSON.stringify(data));
  }

  clearSave(caseId: string): void {
    this.kv.remove(this.own(`save.${caseId}`));
    this.kv.remove(this.own(`saveTab.${caseId}`));
  }

  /** Which browser tab last played a case's save (src/game/tabs.ts), or null. */
  saveTab(caseId: string): string | null {
    return this.kv.get(this.own(`saveTab.${caseId}`));
  }

  setSaveTab(caseId: string, tab: string): void {
    this.kv.set(this.own(`saveTab.${caseId}`), tab);
  }

  /**
   * The best score under the current scoring rules. A best recorded under other rules (an older
   * scoring version) is not comparable and is not shown; it stays stored until a new best
   * replaces it.
   */
  best(caseId: string): Best | null {
    const key = this.own(`best.${caseId}`);
    const b = this.read(key) as Record<string, unknown> | null;
    if (b === null || newer(b)) return null;
    if ((b['scoringVersion'] ?? 1) !== SCORING_VERSION) return null;
    const score = b['score'];
    if (typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= 100 && typeof b['grade'] === 'string' && /^[ABCD]$/.test(b['grade']) && typeof b['at'] === 'string') {
      return { score, grade: b['grade'] as Grade, at: b['at'] };
    }
    this.kv.remove(key);
    return null;
  }

  /** Records a score: 'first' for a first finish, 'better' for a new best, 'kept' otherwise. */
  recordScore(caseId: string, score: number, grade: Grade, at: Date): 'first' | 'better' | 'kept' {
    const prev = this.best(caseId);
    if (prev !== null && prev.score >= score) return 'kept';
    this.kv.set(this.own(`best.${caseId}`), JSON.stringify({ format: STORE_FORMAT, score, grade, at: at.toISOString(), scoringVersion: SCORING_VERSION }));
    return prev === null ? 'first' : 'better';
  }

  /**
   * A record of the signed-in trainee's own (for src/game/online, which validates what it reads),
   * or null when there is none, it is damaged, or a newer version of the game wrote it.
   */
  mine(key: string): Record<string, unknown> | null {
    if (this.player === '') return null;
    const r = this.read(this.own(key));
    return typeof r === 'object' && r !== null && !Array.isArray(r) && !newer(r) ? (r as Record<string, unknown>) : null;
  }

  /**
   * A record of a given trainee's own (by their stable id), whoever is signed in now: for work
   * that outlives a 切换学员 (an upload in flight keeps to the trainee it started for).
   */
  mineOf(player: string, key: string): Record<string, unknown> | null {
    if (player === '') return null;
    if (player === this.player) return this.mine(key);
    const r = this.read(`p.${player}.${key}`);
    return typeof r === 'object' && r !== null && !Array.isArray(r) && !newer(r) ? (r as Record<string, unknown>) : null;
  }

  /** Stores (or removes) a record of a given trainee's own; see mineOf. */
  setMineOf(player: string, key: string, value: object | null): void {
    if (player === '') return;
    if (player === this.player) {
      this.setMine(key, value);
      return;
    }
    if (value === null) this.kv.remove(`p.${player}.${key}`);
    else this.kv.set(`p.${player}.${key}`, JSON.stringify({ format: STORE_FORMAT, ...value }));
  }

  /** Stores (or, with null, removes) a record of the signed-in trainee's own, with this format. */
  setMine(key: string, value: object | null): void {
    if (this.player === '') return;
    if (value === null) this.kv.remove(this.own(key));
    else this.kv.set(this.own(key), JSON.stringify({ format: STORE_FORMAT, ...value }));
  }

  /** The trainee's finished attempts, oldest first; damaged entries are skipped. */
  attempts(): AttemptRecord[] {
    const raw = this.read(this.own('attempts'));
    if (newer(raw)) return [];
    // Format 0 was a bare array of records.
    const list = Array.isArray(raw) ? raw : (raw as Record<string, unknown> | null)?.['attempts'];
    if (!Array.isArray(list)) return [];
    const parsed = list.map(parseAttemptRecord);
    const good = parsed.filter((a): a is AttemptRecord => a !== null);
    if (good.length < list.length) {
      this.writeAttempts(good);
      this.onDiscard('attempts');
    }
    return good;
  }

  private writeAttempts(list: readonly AttemptRecord[]): void {
    this.kv.set(this.own('attempts'), JSON.stringify({ format: STORE_FORMAT, attempts: list }));
  }

  /** Keeps a finished attempt (the last MAX_ATTEMPTS are kept). */
  addAttempt(record: AttemptRecord): void {
    this.writeAttempts([...this.attempts(), record].slice(-MAX_ATTEMPTS));
  }
}
