/** The branch (支行/网点) list is data an organisation edits: public/config/branches.json. */
export interface Branch {
  readonly id: string;
  readonly name: string;
}

/** The entries of a branch file, or an Error naming what is wrong with its shape. */
function entries(data: unknown): unknown[] {
  const list = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['branches'] : undefined;
  if (!Array.isArray(list) || list.length === 0) throw new Error('支行名单为空或格式不对（需要 "branches": [...]）');
  return list;
}

/** One entry checked against those before it: the branch, or what is wrong with entry `i`. */
function readEntry(item: unknown, i: number, seen: ReadonlySet<string>): Branch | string {
  const r = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
  const id = r['id'];
  const name = r['name'];
  if (typeof id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(id)) return `第 ${i + 1} 个支行的 id 不对`;
  if (typeof name !== 'string' || name.trim().length === 0) return `第 ${i + 1} 个支行缺少名称`;
  if (seen.has(id)) return `支行 id“${id}”重复`;
  return { id, name: name.trim() };
}

/** The strict reading (the server's): throws an Error naming the first problem. */
export function parseBranches(data: unknown): Branch[] {
  const seen = new Set<string>();
  return entries(data).map((item, i) => {
    const b = readEntry(item, i, seen);
    if (typeof b === 'string') throw new Error(b);
    seen.add(b.id);
    return b;
  });
}

/**
 * The lenient reading the game uses: a malformed or repeated entry is skipped and named in
 * `skipped` (so one bad line does not send every trainee to “未分配支行”); throws an Error only
 * when nothing usable is left.
 */
export function parseBranchList(data: unknown): { branches: Branch[]; skipped: string[] } {
  const seen = new Set<string>();
  const branches: Branch[] = [];
  const skipped: string[] = [];
  entries(data).forEach((item, i) => {
    const b = readEntry(item, i, seen);
    if (typeof b === 'string') {
      const name = (item as Record<string, unknown> | null)?.['name'];
      skipped.push(typeof name === 'string' && name.trim() !== '' ? name.trim() : `第 ${i + 1} 项`);
      return;
    }
    seen.add(b.id);
    branches.push(b);
  });
  if (branches.length === 0) throw new Error('支行名单里没有可用的支行');
  return { branches, skipped };
}
