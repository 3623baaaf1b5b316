/**
 * Node-side access to the ink/ folder: the file handler the compiler uses, and the case list.
 * Names, encodings and line endings are decided in one place (src/authoring/inkSources.ts); this
 * module only reads bytes from disk.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { InkFiles } from '../authoring/compile';
import { caseFileNames, inkSources } from '../authoring/inkSources';

/** Files that are not cases: the shared include and the principle catalogue. */
export const CATALOGUE_FILE = 'principles.ink';
export const SHARED_FILES: ReadonlySet<string> = new Set(['common.ink', CATALOGUE_FILE]);

/**
 * The ink files under `dir` (or under several folders, the first that has a name wins: test
 * fixtures beside the real shared files). Names are relative to the folder, subfolders included
 * (`parts/opening.ink`); a name that leaves the folder is refused.
 */
export function inkFiles(dir: string | readonly string[]): InkFiles {
  const dirs = (typeof dir === 'string' ? [dir] : dir).map((d) => resolve(d));
  return inkSources((name) => {
    for (const d of dirs) {
      const path = join(d, ...name.split('/'));
      if (existsSync(path) && statSync(path).isFile()) return readFileSync(path);
    }
    return null;
  });
}

/** Every case file in the ink folder (top level .ink files other than the shared ones), sorted. */
export function listCaseFiles(dir: string): string[] {
  return caseFileNames(readdirSync(dir), SHARED_FILES);
}

export function toPosix(p: string): string {
  return p.split(sep).join('/');
}
