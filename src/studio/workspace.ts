/**
 * The Studio's files: every .ink file of the repository (bundled as text at build time, subfolders
 * included so INCLUDE parts/x.ink resolves as it does for the build), with the trainer's drafts
 * layered over them. Drafts live in a DraftStore (IndexedDB); this class holds them in memory,
 * writes them one at a time, and keeps what each tab knows of a draft's revision so another tab's
 * edit is noticed instead of overwritten.
 */
import { contentHash } from '../core';
import type { Draft, DraftStore, SaveOutcome } from './draftStore';

const BUNDLED = import.meta.glob<string>('../../ink/**/*.ink', { query: '?raw', import: 'default', eager: true });

/** The repository's ink files by their name relative to ink/ (`parts/opening.ink` for a subfolder). */
export function bundledInk(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [path, text] of Object.entries(BUNDLED)) out.set(path.replace(/^(\.\.\/)*ink\//, ''), text);
  return out;
}

/** Shared files and the template are not cases; files in subfolders are parts of cases. */
export function isCaseName(name: string): boolean {
  return !name.includes('/') && name !== 'common.ink' && name !== 'principles.ink' && !name.startsWith('_');
}

interface Held {
  text: string;
  base: string | null;
  /** The stored revision this tab last read or wrote (0: not stored). */
  rev: number;
  /** The text at that revision: an edit is unsaved while `text` differs from it. */
  stored: string | null;
}

/** How a draft relates to the file in ink/ it was started from. */
export type DraftBase =
  /** The file in ink/ changed after the draft was started: saving the draft would undo that change. */
  | 'file-newer'
  /** A draft from the old Studio: whether the file changed since is not known. */
  | 'unknown'
  | 'current';

export class Workspace {
  private readonly drafts = new Map<string, Held>();
  /** Files whose last write met another tab's newer revision; not written until the trainer chooses. */
  private readonly conflicts = new Map<string, Draft | null>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: DraftStore,
    stored: readonly Draft[],
    private readonly originals: ReadonlyMap<string, string> = bundledInk(),
  ) {
    for (const d of stored) this.drafts.set(d.name, { text: d.text, base: d.base, rev: d.rev, stored: d.text });
  }

  get persistent(): boolean {
    return this.store.kind === 'indexeddb';
  }

  /** Case files a trainer can open, drafts included. */
  caseNames(): string[] {
    return [...new Set([...this.originals.keys(), ...this.drafts.keys()])].filter(isCaseName).sort();
  }

  read(name: string): string | null {
    return this.drafts.get(name)?.text ?? this.originals.get(name) ?? null;
  }

  original(name: string): string | null {
    return this.originals.get(name) ?? null;
  }

  /** Every file, drafts applied: what the checker compiles against. */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [n, t] of this.originals) out[n] = t;
    for (const [n, d] of this.drafts) out[n] = d.text;
    return out;
  }

  isDraft(name: string): boolean {
    const d = this.drafts.get(name);
    return d !== undefined && d.text !== this.originals.get(name);
  }

  isNew(name: string): boolean {
    return !this.originals.has(name);
  }

  /** True while an edit to `name` has not been stored (yet, or because storing failed). */
  unsaved(name: string): boolean {
    const d = this.drafts.get(name);
    return d !== undefined && d.text !== d.stored;
  }

  conflict(name: string): { theirs: Draft | null } | null {
    return this.conflicts.has(name) ? { theirs: this.conflicts.get(name) ?? null } : null;
  }

  /** Whether the file in ink/ moved on since the draft of `name` was started. */
  baseOf(name: string): DraftBase {
    const d = this.drafts.get(name);
    const original = this.originals.get(name);
    if (d === undefined || original === undefined || d.text === original) return 'current';
    if (d.base === null) return 'unknown';
    return d.base === contentHash(original) ? 'current' : 'file-newer';
  }

  /** Records the trainer's edit at once and stores it in turn; resolves with what storing did. */
  write(name: string, text: string): Promise<SaveOutcome> {
    const held = this.drafts.get(name);
    const original = this.originals.get(name);
    if (held === undefined) this.drafts.set(name, { text, base: original === undefined ? null : contentHash(original), rev: 0, stored: null });
    else held.text = text;
    return this.persist(name);
  }

  /** Drops the draft, going back to the repository's version (a new case is removed). */
  revert(name: string): Promise<SaveOutcome> {
    return this.enqueue(async () => {
      const held = this.drafts.get(name);
      if (held === undefined) return { ok: true, draft: null };
      const r = held.rev === 0 ? ({ ok: true, draft: null } as const) : await this.store.remove(name, held.rev);
      if (r.ok || r.reason === 'conflict') {
        this.drafts.delete(name);
        this.conflicts.delete(name);
      }
      return r.ok || r.reason === 'conflict' ? { ok: true, draft: null } : r;
    });
  }

  /** The trainer keeps the draft over a newer file in ink/: it is now based on that file. */
  keepOverFile(name: string): Promise<SaveOutcome> {
    const held = this.drafts.get(name);
    const original = this.originals.get(name);
    if (held !== undefined && original !== undefined) {
      held.base = contentHash(original);
      held.stored = null; // the base changed: store it even though the text did not
    }
    return this.persist(name);
  }

  /** Resolves a conflict with the other tab's version (or its removal). */
  takeTheirs(name: string): void {
    const theirs = this.conflicts.get(name);
    this.conflicts.delete(name);
    if (theirs === undefined || theirs === null) this.drafts.delete(name);
    else this.drafts.set(name, { text: theirs.text, base: theirs.base, rev: theirs.rev, stored: theirs.text });
  }

  /** Resolves a conflict with this tab's version, written over the other tab's. */
  keepMine(name: string): Promise<SaveOutcome> {
    const theirs = this.conflicts.get(name);
    this.conflicts.delete(name);
    const held = this.drafts.get(name);
    if (held !== undefined) {
      held.rev = theirs?.rev ?? 0;
      held.stored = null;
    }
    return this.persist(name);
  }

  /**
   * Another tab stored (or, with `removed`, deleted) a draft. Taken in silently when this tab has
   * no unsaved edit of that file; otherwise it becomes a conflict for the trainer to settle.
   * Returns what happened to this tab's copy.
   */
  fromOtherTab(d: Draft | { readonly name: string; readonly removed: true }): 'ignored' | 'taken' | 'conflict' {
    const held = this.drafts.get(d.name);
    const rev = 'removed' in d ? Number.POSITIVE_INFINITY : d.rev;
    if (held !== undefined && held.rev >= rev) return 'ignored';
    const theirs = 'removed' in d ? null : d;
    if (held !== undefined && held.text !== held.stored) {
      this.conflicts.set(d.name, theirs);
      return 'conflict';
    }
    if (theirs === null) this.drafts.delete(d.name);
    else this.drafts.set(d.name, { text: theirs.text, base: theirs.base, rev: theirs.rev, stored: theirs.text });
    return 'taken';
  }

  /** Writes every draft again (the browser dropped the database under the page); resolves with the first failure, if any. */
  async rewriteAll(): Promise<SaveOutcome> {
    let first: SaveOutcome = { ok: true, draft: null };
    for (const [name, held] of this.drafts) {
      held.rev = 0;
      held.stored = null;
      const r = await this.persist(name);
      if (!r.ok && first.ok) first = r;
    }
    return first;
  }

  /** A new case from the template (which already passes the checker) with its id, title and number. */
  create(id: string, title: string, number: number): Promise<SaveOutcome> & { name: string } {
    const name = `${id}.ink`;
    const template = this.originals.get('_template.ink') ?? '';
    const text = template
      .replace(/^# case: .*$/m, `# case: ${id}`)
      .replace(/^# title: .*$/m, `# title: ${title}`)
      .replace(/^# number: .*$/m, `# number: ${number}`);
    return Object.assign(this.write(name, text), { name });
  }

  /**
   * The numbers of the bank's own cases already used (`# number:` of every case file whose
   * `# origin:` is bank or absent, drafts included): 本行案例 N, numbered apart from the deck's
   * 案例 1–20 (src/core caseLabel), so a deck case's number never blocks a bank case's.
   */
  bankNumbersInUse(): Map<number, string> {
    const out = new Map<number, string>();
    for (const name of this.caseNames()) {
      const text = this.read(name) ?? '';
      const origin = /^#\s*origin\s*[:：]\s*(\S+)/m.exec(text)?.[1] ?? 'bank';
      const m = /^#\s*number\s*[:：]\s*(\d+)/m.exec(text);
      if (origin === 'bank' && m?.[1] !== undefined) out.set(Number(m[1]), name);
    }
    return out;
  }

  private persist(name: string): Promise<SaveOutcome> {
    return this.enqueue(async () => {
      const held = this.drafts.get(name);
      if (held === undefined) return { ok: true, draft: null };
      const conflict = this.conflicts.get(name);
      if (conflict !== undefined) return { ok: false, reason: 'conflict', theirs: conflict };
      // Writes are queued: a later one may find the text already stored by an earlier one.
      if (held.text === held.stored) return { ok: true, draft: { name, text: held.text, base: held.base, rev: held.rev } };
      const text = held.text;
      const r = await this.store.put(name, text, held.base, held.rev);
      if (r.ok && r.draft !== null) {
        held.rev = r.draft.rev;
        held.stored = text;
      } else if (!r.ok && r.reason === 'conflict') this.conflicts.set(name, r.theirs);
      return r;
    });
  }

  private enqueue(job: () => Promise<SaveOutcome>): Promise<SaveOutcome> {
    const next = this.queue.then(job, job);
    this.queue = next;
    return next;
  }
}
