/** Node-side access to the ink/ folder: the file handler the compiler uses, and the case list. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize, relative, sep } from 'node:path';
import type { InkFiles } from '../authoring/compile';

/** Files that are not cases: the shared include and the principle catalogue. */
export const CATALOGUE_FILE = 'principles.ink';
export const SHARED_FILES: ReadonlySet<string> = new Set(['common.ink', CATALOGUE_FILE]);

export function inkFiles(dir: string): InkFiles {
  return {
    read(name: string): string | null {
      const path = normalize(join(dir, name));
      if (relative(dir, path).startsWith('..') || !existsSync(path)) return null;
      return readFileSync(path, 'utf8');
    },
  };
}

/** Every case file in the ink folder (top level .ink files other than the shared ones), sorted. */
export function listCaseFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ink') && !SHARED_FILES.has(f) && !f.startsWith('_'))
    .sort();
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}
