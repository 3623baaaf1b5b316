/**
 * The Studio's files: every .ink file of the repository (bundled as text at build time), with the
 * trainer's drafts layered over them and kept in the browser across reloads.
 */
import type { KeyValue } from '../game/storage';

const BUNDLED = import.meta.glob<string>('../../ink/*.ink', { query: '?raw', import: 'default', eager: true });
const DRAFT = 'studio.draft.';
const OPEN = 'studio.open';

/** The list of drafts; a damaged list is read as empty rather than stopping the Studio. */
function draftIndex(raw: string | null): string[] {
  try {
    const list: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export class Workspace {
  private readonly originals = new Map<string, string>();
  private readonly drafts = new Map<string, string>();

  constructor(private readonly kv: KeyValue) {
    for (const [path, text] of Object.entries(BUNDLED)) this.originals.set(nameOf(path), text);
    for (const name of draftIndex(kv.get(`${DRAFT}index`))) {
      const text = kv.get(DRAFT + name);
      if (text !== null) this.drafts.set(name, text);
    }
  }

  /** Case files a trainer can open (shared files and the template are not cases). */
  caseNames(): string[] {
    const names = new Set([...this.originals.keys(), ...this.drafts.keys()]);
    return [...names].filter((n) => n !== 'common.ink' && n !== 'principles.ink' && !n.startsWith('_')).sort();
  }

  read(name: string): string | null {
    return this.drafts.get(name) ?? this.originals.get(name) ?? null;
  }

  /** Every file, drafts applied: what the checker compiles against. */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const [n, t] of this.originals) out[n] = t;
    for (const [n, t] of this.drafts) out[n] = t;
    return out;
  }

  isDraft(name: string): boolean {
    return this.drafts.has(name) && this.drafts.get(name) !== this.originals.get(name);
  }

  isNew(name: string): boolean {
    return !this.originals.has(name);
  }

  write(name: string, text: string): void {
    this.drafts.set(name, text);
    this.kv.set(DRAFT + name, text);
    this.kv.set(`${DRAFT}index`, JSON.stringify([...this.drafts.keys()]));
  }

  /** Drops the draft, going back to the repository's version (a new case is removed). */
  revert(name: string): void {
    this.drafts.delete(name);
    this.kv.remove(DRAFT + name);
    this.kv.set(`${DRAFT}index`, JSON.stringify([...this.drafts.keys()]));
  }

  /** A new case from the template, which already passes the checker. */
  create(id: string): string {
    const name = `${id}.ink`;
    const template = this.originals.get('_template.ink') ?? '';
    this.write(name, template.replace(/^# case: .*$/m, `# case: ${id}`));
    return name;
  }

  get opened(): string | null {
    return this.kv.get(OPEN);
  }

  set opened(name: string | null) {
    if (name === null) this.kv.remove(OPEN);
    else this.kv.set(OPEN, name);
  }
}
