/** The JS files one page of a Vite build can load, from the build's manifest. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/**
 * `page` is the manifest key of an entry (e.g. `index.html`). `which`: 'all' follows static and
 * dynamic imports (everything the page can load); 'eager' follows static imports only (what the
 * browser loads before the page's own code runs: the entry and its modulepreloads).
 */
export function pageScripts(dist: string, page: string, which: 'all' | 'eager' = 'all'): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined || seen.has(key)) return;
    seen.add(key);
    for (const k of [...(chunk.imports ?? []), ...(which === 'all' ? (chunk.dynamicImports ?? []) : [])]) visit(k);
  };
  visit(page);
  return [...seen].flatMap((k) => {
    const f = manifest[k]?.file;
    return f !== undefined && f.endsWith('.js') ? [f] : [];
  });
}
