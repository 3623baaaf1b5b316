/**
 * Ink written outside this project (inkle's own stories, an Inky draft) has none of the header
 * tags a case needs. The Studio still previews and maps it where the runtime can, and says in
 * plain Chinese what is missing, so a trainer is never left with a blank page and no word why.
 */
import type { CheckResponse } from './protocol';

/** The header tags a case must have (readCaseMeta in src/core/caseMeta.ts), in template order. */
export const REQUIRED_HEADER = ['case', 'title', 'number', 'principles', 'setting', 'customer', 'essence', 'advice'] as const;

/** Header tags missing from the top of `source` (global tags: `# name:` lines before the first content). */
export function missingHeader(source: string): string[] {
  const have = new Set<string>();
  for (const line of source.split(/\r?\n/)) {
    for (const m of line.matchAll(/#\s*([a-z]+)\s*[:：]/g)) if (m[1] !== undefined) have.add(m[1]);
  }
  return REQUIRED_HEADER.filter((t) => !have.has(t));
}

/**
 * What to tell the trainer about the checked file, or null when it is one of this project's cases.
 * Uses the checker's own note when the worker sends one (an optional `note` field), else derives
 * it from the header tags missing. `playable`: whether the preview could play it (null: not known yet).
 */
export function foreignNote(source: string, res: Pick<CheckResponse, 'diagnostics'>, playable: boolean | null): string | null {
  if (/^\s*#\s*case\s*[:：]/m.test(source)) return null;
  const fromWorker = (res as { readonly note?: unknown }).note;
  const missing = missingHeader(source).map((t) => `# ${t}:`).join('、');
  const what = typeof fromWorker === 'string' && fromWorker !== '' ? fromWorker : `这个故事没有本项目案例的开头标签（缺少 ${missing}），所以它不会出现在案例板上，也不会计分和复盘。`;
  const play = playable === null ? '' : playable ? '试玩、分支地图和场景列表照常可用（没有评分）。' : '它有编译错误，修正后才能试玩。';
  return `${what}${play}要把它做成案例，请照模板（_template.ink）在文件开头补上这些标签。`;
}
