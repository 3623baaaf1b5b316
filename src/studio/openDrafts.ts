/**
 * Opens the Studio's draft store at start: IndexedDB with the old localStorage drafts moved in,
 * or, when the browser refuses IndexedDB, a store for this page only that still lists the old
 * drafts, with the reason to tell the trainer.
 */
import { memoryDraftStore, migrateLegacyDrafts, openIdbDraftStore, readLegacyDrafts, type Draft, type DraftStore, type LegacyStorage } from './draftStore';

export interface OpenedDrafts {
  readonly store: DraftStore;
  readonly drafts: readonly Draft[];
  /** Old drafts that could not be moved into the store: still shown, still unsaved. */
  readonly unmoved: readonly { readonly name: string; readonly text: string }[];
  /** Why drafts will not survive a reload, in Chinese; null when they will. */
  readonly trouble: string | null;
}

function localStore(): LegacyStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function reason(e: unknown): string {
  return e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e);
}

export async function openDrafts(onLost: () => void): Promise<OpenedDrafts> {
  const ls = localStore();
  let store: DraftStore;
  try {
    if (typeof indexedDB === 'undefined') throw new Error('这个浏览器没有 IndexedDB');
    store = await openIdbDraftStore(onLost);
  } catch (e) {
    const legacy = ls === null ? [] : readLegacyDrafts(ls);
    return {
      store: memoryDraftStore(),
      drafts: [],
      unmoved: legacy,
      trouble: `浏览器不允许工作室保存草稿（${reason(e)}）。您的修改只在这个页面里，刷新或关闭就会丢失：请随时点“下载 .ink”把文件存到电脑上。`,
    };
  }
  try {
    const moved = ls === null ? { moved: 0, failure: null } : await migrateLegacyDrafts(ls, store);
    const drafts = await store.list();
    if (moved.failure === null) return { store, drafts, unmoved: [], trouble: null };
    const have = new Set(drafts.map((d) => d.name));
    const unmoved = ls === null ? [] : readLegacyDrafts(ls).filter((d) => !have.has(d.name));
    return { store, drafts, unmoved, trouble: `旧版工作室的草稿没能移进新的存储（${moved.failure.reason === 'full' ? '浏览器存储空间已满' : moved.failure.message}）。它们仍列在案例文件里，请打开并下载 .ink。` };
  } catch (e) {
    return { store: memoryDraftStore(), drafts: [], unmoved: ls === null ? [] : readLegacyDrafts(ls), trouble: `读取草稿时浏览器出错（${reason(e)}）。您的修改不会被保存：请随时下载 .ink。` };
  }
}
