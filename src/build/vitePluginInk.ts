/**
 * Vite plugin: compiles ink/ at build time (and on every edit in dev) and serves it as virtual
 * modules. The compiled JSON is never written to the source tree.
 *   virtual:ink-catalogue   the principle and meter catalogue
 *   virtual:ink-cases       case metadata, hashes, and the URL of each case's compiled JSON
 * Each case's JSON is a separate .json asset (fetched when the case starts), so story content
 * is data the browser downloads on demand, not JavaScript it must parse up front.
 * A compile error fails the build with every diagnostic in ink's shape (file and line).
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { caseCard } from '../core';
import { buildInk, InkBuildError, type InkBuild } from './buildInk';

const CATALOGUE = 'virtual:ink-catalogue';
const CASES = 'virtual:ink-cases';
/** Where the dev server serves compiled cases. */
const DEV_CASE_PATH = '/@ink-case/';

export function inkPlugin(inkDir: string): Plugin {
  const dir = resolve(inkDir);
  let cached: InkBuild | null = null;
  let serving = false;
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
      if (id === CATALOGUE || id === CASES) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:ink')) return null;
      const real = id.slice(1);
      const fresh = cached === null;
      const ink = build();
      // Warnings (a loose end in the flow, say) do not stop the build, but authors must see them.
      if (fresh) for (const d of ink.diagnostics) if (d.severity !== 'error') this.warn(d.text);
      if (real === CATALOGUE) {
        // The trainee bundle shows principle names, not their source quotations (the debrief
        // quotes each case's own 精髓 and 忠告), so sources are left out to keep the JS small.
        const slim = { ...ink.catalogue, principles: ink.catalogue.principles.map((p) => ({ ...p, sources: [] })) };
        return `export default ${JSON.stringify(slim)};`;
      }
      const entries = ink.cases.map((c) => {
        const url = serving
          ? JSON.stringify(`${DEV_CASE_PATH}${c.meta.id}.json?v=${c.hash}`)
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `${c.meta.id}.json`, source: c.json })}`;
        return `{ meta: ${JSON.stringify(caseCard(c.meta))}, hash: ${JSON.stringify(c.hash)}, knots: ${JSON.stringify(c.knots ?? {})}, url: ${url} }`;
      });
      return `export const cases = [\n${entries.join(',\n')}\n];`;
    },
    configureServer(server) {
      serving = true;
      server.middlewares.use((req, res, next) => {
        const m = req.url?.startsWith(DEV_CASE_PATH) === true ? /^\/@ink-case\/([a-z0-9-]+)\.json/.exec(req.url) : null;
        if (m === null) {
          next();
          return;
        }
        try {
          const c = build().cases.find((x) => x.meta.id === m[1]);
          res.statusCode = c === undefined ? 404 : 200;
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(c?.json ?? '{}');
        } catch (e) {
          res.statusCode = 500;
          res.end(e instanceof Error ? e.message : String(e));
        }
      });
      server.watcher.add(dir);
      const onInk = (file: string): void => {
        if (!file.startsWith(dir) || !file.endsWith('.ink')) return;
        cached = null;
        for (const m of server.moduleGraph.idToModuleMap.values()) {
          if (m.id?.startsWith('\0virtual:ink')) server.moduleGraph.invalidateModule(m);
        }
        server.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onInk);
    },
  };
}
