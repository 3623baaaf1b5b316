/** The branch (支行/网点) list is data an organisation edits: public/config/branches.json. */
export interface Branch {
  readonly id: string;
  readonly name: string;
}

/** Validates the branch file's content; throws an Error naming the problem. */
export function parseBranches(data: unknown): Branch[] {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['branches'] : undefined;
  if (!Array.isArray(list) || list.length === 0) throw new Error('支行名单为空或格式不对（需要 "branches": [...]）');
  const seen = new Set<string>();
  return list.map((item: unknown, i): Branch => {
    const r = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const id = r['id'];
    const name = r['name'];
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error(`第 ${i + 1} 个支行的 id 不对`);
    if (typeof name !== 'string' || name.trim().length === 0) throw new Error(`第 ${i + 1} 个支行缺少名称`);
    if (seen.has(id)) throw new Error(`支行 id“${id}”重复`);
    seen.add(id);
    return { id, name: name.trim() };
  });
}

/**
 * The lenient reading the game uses: a malformed or repeated entry is skipped and named in
 * `skipped` (so one bad line does not send every trainee to “未分配支行”); throws an Error only
 * when nothing usable is left.
 */
export function parseBranchList(data: unknown): { branches: Branch[]; skipped: string[] } {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['branches'] : undefined;
  if (!Array.isArray(list)) throw new Error('支行名单格式不对（需要 "branches": [...]）');
  const seen = new Set<string>();
  const branches: Branch[] = [];
  const skipped: string[] = [];
  list.forEach((item: unknown, i) => {
    const r = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const id = r['id'];
    const name = r['name'];
    if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id) || typeof name !== 'string' || name.trim().length === 0 || seen.has(id)) {
      skipped.push(typeof name === 'string' && name.trim() !== '' ? name.trim() : `第 ${i + 1} 项`);
      return;
    }
    seen.add(id);
    branches.push({ id, name: name.trim() });
  });
  if (branches.length === 0) throw new Error('支行名单里没有可用的支行');
  return { branches, skipped };
}
