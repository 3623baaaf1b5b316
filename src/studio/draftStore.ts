/**
 * Where the Studio keeps a trainer's drafts: IndexedDB (through `idb`), a store made for
 * documents, apart from the few megabytes of localStorage the trainees' game uses on the same
 * origin. Every write says whether it was stored, so the page never claims 已保存 for an edit
 * the browser refused; and every record carries a revision, so two Studio tabs editing the same
 * file cannot silently overwrite each other (a write that expects an older revision is refused
 * and reported as a conflict).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';

/** One draft: a case file's text as the trainer left it. */
export interface Draft {
  /** File name in ink/ (`angry-customer.ink`). */
  readonly name: string;
  readonly text: string;
  /**
   * contentHash of the file in ink/ this draft was started from (or last reconciled with); null
   * for a new case, or for a draft moved over from the old localStorage store (base unknown).
   */
  readonly base: string | null;
  /** Counts the draft's writes, across tabs: 1 for the first. */
  readonly rev: number;
}

/** Why a write was not stored. */
export type SaveFailure =
  /** Another tab wrote this file since this tab last read it: `theirs` is what is stored now (null: they removed it). */
  | { readonly ok: false; readonly reason: 'conflict'; readonly theirs: Draft | null }
  /** The browser's storage is full. */
  | { readonly ok: false; readonly reason: 'full'; readonly message: string }
  /** Storage is off or broken (private mode, disabled, cleared, an internal error). */
  | { readonly ok: false; readonly reason: 'unavailable'; readonly message: string };

export type SaveOutcome = { readonly ok: true; readonly draft: Draft | null } | SaveFailure;

/** A failure of storage itself (not a conflict between tabs). */
export type StorageFailure = Exclude<SaveFailure, { readonly reason: 'conflict' }>;

export interface DraftStore {
  /** `indexeddb` stores across reloads; `memory` keeps drafts for this page only. */
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<Draft[]>;
  /**
   * Stores `text` as the draft `name` if the stored revision is still `expectedRev` (0: no draft
   * stored). Resolves with the stored draft (its new rev), or says why not; never rejects.
   */
  put(name: string, text: string, base: string | null, expectedRev: number): Promise<SaveOutcome>;
  /** Removes the draft `name` if its stored revision is still `expectedRev`; never rejects. */
  remove(name: string, expectedRev: number): Promise<SaveOutcome>;
}

interface DraftDb extends DBSchema {
  drafts: { key: string; value: Draft };
}

const DB_NAME = 'bank-lobby-studio';
const DB_VERSION = 1;

function failureOf(e: unknown): StorageFailure {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  const message = e instanceof Error ? e.message : String(e);
  if (name === 'QuotaExceededError') return { ok: false, reason: 'full', message };
  return { ok: false, reason: 'unavailable', message: message === '' ? name : `${name}: ${message}` };
}

/**
 * Opens the drafts database. Rejects when IndexedDB is missing, disabled or throws (the caller
 * falls back to memory and says so). `onLost` is called if the browser closes the database under
 * the page (site data cleared): the page still holds every draft and can write them again.
 */
export async function openIdbDraftStore(onLost: () => void = () => undefined): Promise<DraftStore> {
  let db: IDBPDatabase<DraftDb> = await open();
  function open(): Promise<IDBPDatabase<DraftDb>> {
    return openDB<DraftDb>(DB_NAME, DB_VERSION, {
      upgrade(d) {
        if (!d.objectStoreNames.contains('drafts')) d.createObjectStore('drafts', { keyPath: 'name' });
      },
      // The browser is deleting the database (site data cleared) and asks open connections to
      // close; or it closed this one itself. Either way it is reopened on the next use, and the
      // page is told so it can write back the drafts it holds.
      blocking() {
        db.close();
        dropped();
      },
      terminated() {
        dropped();
      },
    });
  }
  let lost = false;
  const dropped = (): void => {
    if (lost) return;
    lost = true;
    onLost();
  };
  const ready = async (): Promise<IDBPDatabase<DraftDb>> => {
    if (lost) {
      db = await open();
      lost = false;
    }
    return db;
  };
  type Store = IDBPObjectStore<DraftDb, ['drafts'], 'drafts', 'readwrite'>;
  const attempt = async (name: string, expectedRev: number, write: (store: Store) => Promise<Draft | null>): Promise<SaveOutcome> => {
    const d = await ready();
    const tx = d.transaction('drafts', 'readwrite');
    const now = await tx.store.get(name);
    if ((now?.rev ?? 0) !== expectedRev) {
      await tx.done;
      return { ok: false, reason: 'conflict', theirs: now ?? null };
    }
    const draft = await write(tx.store);
    await tx.done;
    return { ok: true, draft };
  };
  /** A connection the browser closed under us (site data cleared), seen as either error. */
  const closedUnderUs = (e: unknown): boolean => e instanceof DOMException && (e.name === 'InvalidStateError' || (e.name === 'AbortError' && /closed/i.test(e.message)));
  const guarded = async (name: string, expectedRev: number, write: (store: Store) => Promise<Draft | null>): Promise<SaveOutcome> => {
    // Reopened and tried again, a bounded number of times: clearing can close a connection opened
    // while the clearing was still going on.
    for (let tries = 1; ; tries++) {
      try {
        return await attempt(name, expectedRev, write);
      } catch (e) {
        if (!closedUnderUs(e) || tries >= 3) return failureOf(e);
        lost = true;
      }
    }
  };
  return {
    kind: 'indexeddb',
    async list() {
      return (await ready()).getAll('drafts');
    },
    put: (name, text, base, expectedRev) =>
      guarded(name, expectedRev, async (store) => {
        const draft: Draft = { name, text, base, rev: expectedRev + 1 };
        await store.put(draft);
        return draft;
      }),
    remove: (name, expectedRev) =>
      guarded(name, expectedRev, async (store) => {
        await store.delete(name);
        return null;
      }),
  };
}

/** Drafts for this page only (storage off): same contract, nothing survives a reload. */
export function memoryDraftStore(initial: readonly Draft[] = []): DraftStore {
  const drafts = new Map(initial.map((d) => [d.name, d]));
  const guarded = (name: string, expectedRev: number, write: () => Draft | null): Promise<SaveOutcome> => {
    const now = drafts.get(name);
    if ((now?.rev ?? 0) !== expectedRev) return Promise.resolve({ ok: false, reason: 'conflict', theirs: now ?? null });
    return Promise.resolve({ ok: true, draft: write() });
  };
  return {
    kind: 'memory',
    list: () => Promise.resolve([...drafts.values()]),
    put: (name, text, base, expectedRev) =>
      guarded(name, expectedRev, () => {
        const d: Draft = { name, text, base, rev: expectedRev + 1 };
        drafts.set(name, d);
        return d;
      }),
    remove: (name, expectedRev) =>
      guarded(name, expectedRev, () => {
        drafts.delete(name);
        return null;
      }),
  };
}

/** The old Studio's keys in localStorage (through the game's KeyValue prefix `bank-lobby.`). */
export const LEGACY_PREFIX = 'bank-lobby.studio.draft.';

/** Minimal view of localStorage, so the migration can be tested without a browser. */
export interface LegacyStorage {
  getItem(key: string): string | null;
  removeItem(key: string): void;
}

/** Reads the old Studio's drafts from localStorage; a damaged index reads as none. */
export function readLegacyDrafts(ls: LegacyStorage): { name: string; text: string }[] {
  let names: unknown;
  try {
    names = JSON.parse(ls.getItem(`${LEGACY_PREFIX}index`) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(names)) return [];
  return names.flatMap((n) => {
    if (typeof n !== 'string') return [];
    const text = ls.getItem(LEGACY_PREFIX + n);
    return text === null ? [] : [{ name: n, text }];
  });
}

/**
 * Moves the old localStorage drafts into `store`: a file the store already has a draft for keeps
 * the store's (it is newer); the old keys are removed only once every draft is stored, so a failed
 * migration loses nothing and is tried again at the next start. Returns how many were moved.
 */
export async function migrateLegacyDrafts(ls: LegacyStorage, store: DraftStore): Promise<{ moved: number; failure: StorageFailure | null }> {
  const legacy = readLegacyDrafts(ls);
  if (legacy.length === 0) return { moved: 0, failure: null };
  const have = new Set((await store.list()).map((d) => d.name));
  let moved = 0;
  for (const d of legacy) {
    if (have.has(d.name)) continue;
    const r = await store.put(d.name, d.text, null, 0);
    if (!r.ok && r.reason !== 'conflict') return { moved, failure: r };
    if (r.ok) moved++;
  }
  for (const d of legacy) ls.removeItem(LEGACY_PREFIX + d.name);
  ls.removeItem(`${LEGACY_PREFIX}index`);
  return { moved, failure: null };
}
