/**
 * The ink files a case needs to be checked on its own: the case, the principle catalogue, the
 * shared include and every file it INCLUDEs (recursively). What the Studio and `npm run admin --
 * publish` send to the server's publish route. Pure: files through `read` (null when absent).
 */
export const CATALOGUE_SOURCE = 'principles.ink';
export const SHARED_SOURCE = 'common.ink';

/** The sources by name; a file that is named but absent is left out (the checker reports it). */
export function caseSources(caseFile: string, read: (name: string) => string | null): Record<string, string> {
  const files: Record<string, string> = {};
  const add = (name: string): void => {
    if (files[name] !== undefined) return;
    const text = read(name);
    if (text === null) return;
    files[name] = text;
    for (const m of text.matchAll(/^\s*INCLUDE\s+(\S+)\s*$/gm)) if (m[1] !== undefined) add(m[1]);
  };
  add(caseFile);
  add(CATALOGUE_SOURCE);
  add(SHARED_SOURCE);
  return files;
}
