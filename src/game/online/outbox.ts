/**
 * Finished attempts waiting for the leaderboard server: a durable queue in IndexedDB (through
 * `idb`), one per browser, each entry tagged with the local trainee it belongs to (a shared
 * branch PC keeps trainees apart). Entries are kept in the order they were added and leave only
 * when the server has recorded them (or refused them for good), so a closed tab, a crash or a day
 * offline loses nothing; each carries its idempotency key, so sending one twice records it once.
 *
 * Where IndexedDB cannot be used (private mode, disabled storage) the queue lives in memory for
 * this page and says so (`durable` false).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Submission } from './api';

export interface OutboxEntry {
  /** Order of arrival (assigned by the store). */
  readonly seq?: number;
  /** The local trainee (src/game/storage.ts Profile.id) whose attempt this is. */
  readonly player: string;
  /** The server's attempt id when it was started online; null for an attempt played offline. */
  readonly attemptId: string | null;
  readonly seed: number;
  readonly submission: Submission;
  /** ISO time of the finish. */
  readonly at: string;
}

export interface Outbox {
  /** False when entries are kept for this page only. */
  readonly durable: boolean;
  add(entry: OutboxEntry): Promise<void>;
  /** A trainee's waiting entries, oldest first. */
  list(player: string): Promise<OutboxEntry[]>;
  remove(seq: number): Promise<void>;
}

interface OutboxDb extends DBSchema {
  attempts: { key: number; value: OutboxEntry; indexes: { player: string } };
}

const DB_NAME = 'bank-training-outbox';

class IdbOutbox implements Outbox {
  readonly durable = true;
  constructor(private readonly db: IDBPDatabase<OutboxDb>) {}

  async add(entry: OutboxEntry): Promise<void> {
    // The store numbers entries itself (autoIncrement): a seq from elsewhere is not kept.
    const rest: OutboxEntry = { player: entry.player, attemptId: entry.attemptId, seed: entry.seed, submission: entry.submission, at: entry.at };
    await this.db.add('attempts', rest);
  }

  async list(player: string): Promise<OutboxEntry[]> {
    const all = await this.db.getAllFromIndex('attempts', 'player', player);
    return all.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  }

  async remove(seq: number): Promise<void> {
    await this.db.delete('attempts', seq);
  }
}

/** The fallback: the same queue for this page only. */
export class MemoryOutbox implements Outbox {
  readonly durable = false;
  private next = 1;
  private readonly entries: OutboxEntry[] = [];

  add(entry: OutboxEntry): Promise<void> {
    this.entries.push({ ...entry, seq: this.next++ });
    return Promise.resolve();
  }

  list(player: string): Promise<OutboxEntry[]> {
    return Promise.resolve(this.entries.filter((e) => e.player === player));
  }

  remove(seq: number): Promise<void> {
    const i = this.entries.findIndex((e) => e.seq === seq);
    if (i >= 0) this.entries.splice(i, 1);
    return Promise.resolve();
  }
}

/** Opens the browser's outbox; the in-memory one if IndexedDB is unavailable or broken. */
export async function openOutbox(): Promise<Outbox> {
  try {
    const db = await openDB<OutboxDb>(DB_NAME, 1, {
      upgrade(d) {
        const store = d.createObjectStore('attempts', { keyPath: 'seq', autoIncrement: true });
        store.createIndex('player', 'player');
      },
    });
    return new IdbOutbox(db);
  } catch {
    return new MemoryOutbox();
  }
}
