/** Test helper: the ink/ folder compiled once per test file. */
import { resolve } from 'node:path';
import { buildInk, type InkBuild } from '../src/build/buildInk';

/** ink/, or the folder named by INK_DIR (as vite.config.ts also reads it). */
export const INK_DIR = process.env['INK_DIR'] ?? resolve(import.meta.dirname, '../ink');
let cached: InkBuild | null = null;

export function inkBuild(): InkBuild {
  cached ??= buildInk(INK_DIR);
  return cached;
}

export function caseById(id: string): InkBuild['cases'][number] {
  const c = inkBuild().cases.find((x) => x.meta.id === id);
  if (c === undefined) throw new Error(`no case ${id}`);
  return c;
}
