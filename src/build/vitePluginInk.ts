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
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite';
import { mapToSvg } from '../authoring/mapSvg';
import { caseCard } from '../core';
import { buildInk, InkBuildError, type BuiltCase, type InkBuild } from './buildInk';

const CATALOGUE = 'virtual:ink-catalogue';
const CASES = 'virtual:ink-cases';
/** Where the dev server serves compiled cases and their branch maps. */
const DEV_CASE_PATH = '/@ink-case/';
const DEV_MAP_PATH = '/@ink-map/';

/** Each case's branch map, drawn from the build's own check (the debrief marks the trainee's route on it). */
function caseMap(c: BuiltCase): string {
  return mapToSvg(c.map, { title: `案例${c.meta.number} ${c.meta.title} · 分支地图` });
}

export function inkPlugin(inkDir: string): Plugin {
  const dir = resolve(inkDir);
  let cached: InkBuild | null = null;
  let server: ViteDevServer | null = null;
  /** The overlay for the current errors, sent again to pages that connect later. */
  let overlay: ErrorPayload | null = null;
  const build = (): InkBuild => {
    if (cached !== null) return cached;
    try {
      // While serving, a broken case is left out and shown in Vite's error overlay (file and
      // line); the other cases keep working. A production build fails on any error.
      cached = buildInk(dir, undefined, { keepGoing: server !== null });
    } catch (e) {
      if (e instanceof InkBuildError) throw new Error(e.message, { cause: e });
      throw e;
    }
    const errors = cached.diagnostics.filter((d) => d.severity === 'error');
    overlay = null;
    const first = errors[0];
    if (server !== null && first !== undefined) {
      const message = `ink 编译失败（其余案例照常可玩）：\n${errors.map((d) => d.text).join('\n')}`;
      server.config.logger.error(message);
      const file = resolve(dir, first.file);
      overlay = { type: 'error', err: { message, stack: '', plugin: 'bank-lobby-ink', id: file, loc: { file, line: first.line, column: 1 } } };
      server.ws.send(overlay);
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
        // quotes each case's own 精髓 and 忠告), so those sources are left out to keep the JS
        // small. Red lines keep theirs: a breach is explained in the deck's own words.
        const slim = { ...ink.catalogue, principles: ink.catalogue.principles.map((p) => ({ ...p, sources: [] })) };
        return `export default ${JSON.stringify(slim)};`;
      }
      const entries = ink.cases.map((c) => {
        const url = server !== null
          ? JSON.stringify(`${DEV_CASE_PATH}${c.meta.id}.json?v=${c.hash}`)
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `${c.meta.id}.json`, source: c.json })}`;
        const mapUrl = server !== null
          ? JSON.stringify(`${DEV_MAP_PATH}${c.meta.id}.svg?v=${c.hash}`)
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: `${c.meta.id}-map.svg`, source: caseMap(c) })}`;
        return `{ meta: ${JSON.stringify(caseCard(c.meta))}, hash: ${JSON.stringify(c.hash)}, knots: ${JSON.stringify(c.knots ?? {})}, url: ${url}, mapUrl: ${mapUrl} }`;
      });
      return `export const cases = [\n${entries.join(',\n')}\n];`;
    },
    configureServer(dev) {
      server = dev;
      dev.middlewares.use((req, res, next) => {
        const m = /^\/@ink-(case|map)\/([a-z0-9-]+)\.(json|svg)/.exec(req.url ?? '');
        if (m === null) {
          next();
          return;
        }
        try {
          const ink = build();
          const c = ink.cases.find((x) => x.meta.id === m[2]);
          res.statusCode = c === undefined ? 404 : 200;
          const isMap = m[1] === 'map';
          res.setHeader('Content-Type', isMap ? 'image/svg+xml; charset=utf-8' : 'application/json; charset=utf-8');
          res.end(c === undefined ? '' : isMap ? caseMap(c) : c.json);
        } catch (e) {
          res.statusCode = 500;
          res.end(e instanceof Error ? e.message : String(e));
        }
      });
      dev.ws.on('connection', () => {
        if (overlay !== null) dev.ws.send(overlay);
      });
      dev.watcher.add(dir);
      const onInk = (file: string): void => {
        if (!file.startsWith(dir) || !file.endsWith('.ink')) return;
        cached = null;
        for (const m of dev.moduleGraph.idToModuleMap.values()) {
          if (m.id?.startsWith('\0virtual:ink')) dev.moduleGraph.invalidateModule(m);
        }
        dev.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) dev.watcher.on(event, onInk);
    },
  };
}
