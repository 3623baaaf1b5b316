/**
 * Vite plugin: compiles ink/ at build time (and on every edit in dev) and serves it as virtual
 * modules. The compiled JSON is never written to the source tree.
 *   virtual:ink-catalogue   the principle and meter catalogue
 *   virtual:ink-cases       case metadata, hashes, and a lazy loader per case
 *   virtual:ink-case/<id>   one case's compiled JSON (its own chunk)
 * A compile error fails the build with every diagnostic in ink's shape (file and line).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildInk, InkBuildError, type InkBuild } from './buildInk';

const CATALOGUE = 'virtual:ink-catalogue';
const CASES = 'virtual:ink-cases';
const CASE_PREFIX = 'virtual:ink-case/';

export function inkPlugin(inkDir: string): Plugin {
  const dir = resolve(inkDir);
  let cached: InkBuild | null = null;
  const build = (): InkBuild => {
    if (cached === null) {
      try {
        cached = buildInk(dir);
      } catch (e) {
        if (e instanceof InkBuildError) throw new Error(e.message, { cause: e });
        throw e;
      }
    }
    return cached;
  };
  return {
    name: 'bank-lobby-ink',
    resolveId(id) {
      if (id === CATALOGUE || id === CASES || id.startsWith(CASE_PREFIX)) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:ink')) return null;
      const real = id.slice(1);
      const ink = build();
      if (real === CATALOGUE) return `export default ${JSON.stringify(ink.catalogue)};`;
      if (real === CASES) {
        const entries = ink.cases.map(
          (c) =>
            `{ meta: ${JSON.stringify(c.meta)}, hash: ${JSON.stringify(c.hash)}, knots: ${JSON.stringify(c.knots ?? {})}, load: () => import(${JSON.stringify(CASE_PREFIX + c.meta.id)}).then((m) => m.default) }`,
        );
        return `export const cases = [\n${entries.join(',\n')}\n];`;
      }
      const caseId = real.slice(CASE_PREFIX.length);
      const c = ink.cases.find((x) => x.meta.id === caseId);
      if (c === undefined) throw new Error(`没有案例“${caseId}”`);
      return `export default ${JSON.stringify(c.json)};`;
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(dir) || !file.endsWith('.ink')) return;
        cached = null;
        for (const m of server.moduleGraph.idToModuleMap.values()) {
          if (m.id?.startsWith('\0virtual:ink')) server.moduleGraph.invalidateModule(m);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
