/**
 * Issue 8, fault 5: the Studio's drafts are never lost silently. The workspace over a draft store:
 * each write says whether it was stored, two tabs never overwrite each other's edits, a draft
 * whose file in ink/ moved on is noticed, and the old localStorage drafts move into the store.
 */
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/core';
import { memoryDraftStore, migrateLegacyDrafts, LEGACY_PREFIX, type DraftStore, type LegacyStorage } from '../../src/studio/draftStore';
import { bundledInk, isCaseName, Workspace } from '../../src/studio/workspace';

const ORIGINALS = new Map([
  ['a.ink', '# case: a\nA'],
  ['common.ink', 'VAR x = 1'],
  ['_template.ink', '# case: new-case\n# title: 新案例\n# number: 0\n正文'],
]);

/** A store that refuses every write as the browser does when its quota is used up. */
function fullStore(): DraftStore {
  const inner = memoryDraftStore();
  return { ...inner, put: () => Promise.resolve({ ok: false, reason: 'full', message: 'QuotaExceededError' }) };
}

function legacy(entries: Record<string, string>): LegacyStorage & { keys(): string[] } {
  const m = new Map(Object.entries(entries));
  return { getItem: (k) => m.get(k) ?? null, removeItem: (k) => void m.delete(k), keys: () => [...m.keys()] };
}

describe('Workspace', () => {
  it('bundles ink/ with its subfolders, by names relative to ink/, and lists only cases', () => {
    const names = [...bundledInk().keys()];
    expect(names).toContain('principles.ink');
    expect(names.every((n) => !n.startsWith('.') && !n.startsWith('/'))).toBe(true);
    expect(isCaseName('parts/opening.ink')).toBe(false);
    expect(isCaseName('_template.ink')).toBe(false);
    expect(isCaseName('angry-customer.ink')).toBe(true);
  });

  it('reports a write the store refused, and keeps the edit in memory as unsaved', async () => {
    const w = new Workspace(fullStore(), [], ORIGINALS);
    const r = await w.write('a.ink', '# case: a\nB');
    expect(r).toMatchObject({ ok: false, reason: 'full' });
    expect(w.read('a.ink')).toBe('# case: a\nB');
    expect(w.unsaved('a.ink')).toBe(true);
  });

  it('stores a write, and a second tab’s stale write becomes a conflict instead of an overwrite', async () => {
    const store = memoryDraftStore();
    const one = new Workspace(store, [], ORIGINALS);
    const two = new Workspace(store, [], ORIGINALS);
    expect(await one.write('a.ink', 'one')).toMatchObject({ ok: true, draft: { rev: 1 } });
    expect(one.unsaved('a.ink')).toBe(false);
    const r = await two.write('a.ink', 'two');
    expect(r).toMatchObject({ ok: false, reason: 'conflict', theirs: { text: 'one', rev: 1 } });
    expect((await store.list())[0]?.text).toBe('one');
    // Until the trainer chooses, the tab does not write that file again.
    expect(await two.write('a.ink', 'two!')).toMatchObject({ ok: false, reason: 'conflict' });
    expect(await two.keepMine('a.ink')).toMatchObject({ ok: true, draft: { rev: 2, text: 'two!' } });
    // The first tab now meets the second's revision.
    expect(await one.write('a.ink', 'one again')).toMatchObject({ ok: false, reason: 'conflict', theirs: { text: 'two!' } });
    one.takeTheirs('a.ink');
    expect(one.read('a.ink')).toBe('two!');
  });

  it('takes another tab’s draft when this tab has no unsaved edit of it, and says conflict when it has', async () => {
    const store = memoryDraftStore();
    const one = new Workspace(store, [], ORIGINALS);
    const two = new Workspace(store, [], ORIGINALS);
    const created = one.create('b', '新案例乙', 31);
    await created;
    const draft = (await store.list()).find((d) => d.name === 'b.ink');
    expect(draft?.text).toContain('# title: 新案例乙');
    expect(draft?.text).toContain('# number: 31');
    if (draft === undefined) throw new Error('not stored');
    expect(two.fromOtherTab(draft)).toBe('taken');
    expect(two.caseNames()).toContain('b.ink');
    // Both edit a.ink; the second tab has not stored its edit when the first tab's arrives.
    await one.write('a.ink', 'one');
    const theirs = (await store.list()).find((d) => d.name === 'a.ink');
    if (theirs === undefined) throw new Error('not stored');
    void two.write('a.ink', 'two');
    expect(two.fromOtherTab(theirs)).toBe('conflict');
    expect(two.read('a.ink')).toBe('two');
  });

  it('notices a file in ink/ that changed after its draft was started', async () => {
    const store = memoryDraftStore();
    await store.put('a.ink', 'draft', contentHash('# case: a\nOLD'), 0);
    const w = new Workspace(store, await store.list(), ORIGINALS);
    expect(w.baseOf('a.ink')).toBe('file-newer');
    await w.keepOverFile('a.ink');
    expect(w.baseOf('a.ink')).toBe('current');
    expect((await store.list())[0]?.base).toBe(contentHash('# case: a\nA'));
    const fresh = new Workspace(memoryDraftStore(), [], ORIGINALS);
    await fresh.write('a.ink', 'mine');
    expect(fresh.baseOf('a.ink')).toBe('current');
  });

  it('lists the bank cases’ numbers only: a deck case’s 案例 4 does not take 本行案例 4', () => {
    const w = new Workspace(
      memoryDraftStore(),
      [],
      new Map([...ORIGINALS, ['b.ink', '# case: b\n# number: 7\n'], ['c.ink', '# case: c\n# number: 3\n# origin: bank\n'], ['d.ink', '# case: d\n# number: 21\n# origin: deck\n']]),
    );
    expect([...w.bankNumbersInUse()].sort()).toEqual([[3, 'c.ink'], [7, 'b.ink']]);
  });
});

describe('migrateLegacyDrafts', () => {
  it('moves the old localStorage drafts into the store and only then removes them', async () => {
    const ls = legacy({ [`${LEGACY_PREFIX}index`]: '["a.ink","gone.ink"]', [`${LEGACY_PREFIX}a.ink`]: 'old draft' });
    const store = memoryDraftStore();
    expect(await migrateLegacyDrafts(ls, store)).toEqual({ moved: 1, failure: null });
    expect(await store.list()).toEqual([{ name: 'a.ink', text: 'old draft', base: null, rev: 1 }]);
    expect(ls.keys()).toEqual([]);
    const w = new Workspace(store, await store.list(), ORIGINALS);
    expect(w.baseOf('a.ink')).toBe('unknown');
  });

  it('keeps the old drafts when the store refuses them', async () => {
    const ls = legacy({ [`${LEGACY_PREFIX}index`]: '["a.ink"]', [`${LEGACY_PREFIX}a.ink`]: 'old draft' });
    const r = await migrateLegacyDrafts(ls, fullStore());
    expect(r.failure).toMatchObject({ reason: 'full' });
    expect(ls.keys()).toHaveLength(2);
  });

  it('reads a damaged index as no drafts', async () => {
    expect(await migrateLegacyDrafts(legacy({ [`${LEGACY_PREFIX}index`]: '{oops' }), memoryDraftStore())).toEqual({ moved: 0, failure: null });
  });
});
