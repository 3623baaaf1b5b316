/**
 * Vite plugin: compiles and checks ink/ at build time (and on every edit in dev) and publishes it
 * as data, never as the game's code:
 *   content/index.json            the case list and the catalogue (src/core/content.ts)
 *   content/cases/<hash>.json     each compiled story, named by its content hash
 *   content/maps/<hash>.svg       each case's branch map, drawn from the build's own check
 * The game fetches the index at start, so adding or changing a case leaves its JavaScript as it is.
 * The Studio still imports the catalogue as a module: virtual:ink-catalogue.
 * A compile or check error fails the build with every diagnostic in ink's shape (file and line).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ErrorPayload, Plugin, ViteDevServer } from 'vite';
import { mapToSvg } from '../authoring/mapSvg';
import { contentBundle, CONTENT_INDEX_PATH, type ContentAsset, type ContentIndex } from '../core';
import { buildInk, InkBuildError, type BuiltCase, type InkBuild } from './buildInk';

const CATALOGUE = 'virtual:ink-catalogue';
/** The folder of the index: every content file's path is relative to it. */
const CONTENT_DIR = CONTENT_INDEX_PATH.slice(0, CONTENT_INDEX_PATH.lastIndexOf('/') + 1);

/** Each case's branch map, drawn from the build's own check (the debrief marks the trainee's route on it). */
function caseMap(c: BuiltCase): string {
  return mapToSvg(c.map, { title: `案例${c.meta.number} ${c.meta.title} · 分支地图` });
}

/** The content files for a build: the index and every story and map it names. */
export function contentOf(ink: InkBuild): { index: ContentIndex; assets: ContentAsset[] } {
  return contentBundle(
    ink.cases.map((c) => ({ meta: c.meta, hash: c.hash, json: c.json, knots: c.knots ?? {}, mapSvg: caseMap(c) })),
    ink.catalogue,
  );
}

export function inkPlugin(inkDir: string): Plugin {
  const dir = resolve(inkDir);
  let cached: InkBuild | null = null;
  let content: { index: ContentIndex; assets: ContentAsset[] } | null = null;
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
    content = null;
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
  const published = (): { index: ContentIndex; assets: ContentAsset[] } => {
    const ink = build();
    content ??= contentOf(ink);
    return content;
  };
  return {
    name: 'bank-lobby-ink',
    resolveId(id) {
      return id === CATALOGUE ? `\0${id}` : null;
    },
    load(id) {
      if (id !== `\0${CATALOGUE}`) return null;
      const fresh = cached === null;
      const ink = build();
      // Warnings (a loose end in the flow, say) do not stop the build, but authors must see them.
      if (fresh) for (const d of ink.diagnostics) if (d.severity !== 'error') this.warn(d.text);
      return `export default ${JSON.stringify(ink.catalogue)};`;
    },
    buildStart() {
      // A production build checks ink/ up front, so an error stops it before any bundling.
      if (server === null) build();
    },
    generateBundle() {
      const { index, assets } = published();
      this.emitFile({ type: 'asset', fileName: CONTENT_INDEX_PATH, source: JSON.stringify(index) });
      for (const a of assets) this.emitFile({ type: 'asset', fileName: `${CONTENT_DIR}${a.path}`, source: a.content });
    },
    configureServer(dev) {
      server = dev;
      dev.middlewares.use((req, res, next) => {
        const path = (req.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(`/${CONTENT_DIR}`)) {
          next();
          return;
        }
        try {
          const { index, assets } = published();
          const rel = path.slice(CONTENT_DIR.length + 1);
          const body = path === `/${CONTENT_INDEX_PATH}` ? JSON.stringify(index) : assets.find((a) => a.path === rel)?.content;
          res.statusCode = body === undefined ? 404 : 200;
          res.setHeader('Content-Type', path.endsWith('.svg') ? 'image/svg+xml; charset=utf-8' : 'application/json; charset=utf-8');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(body ?? '');
        } catch (e) {
          res.statusCode = 500;
          res.end(e instanceof Error ? e.message : String(e));
        }
      });
      dev.ws.on('connection', () => {
        if (overlay !== null) dev.ws.send(overlay);
      });
      dev.watcher.add(dir);
      /** The text each ink file had when last acted on: editors and watchers often report one save twice. */
      const seen = new Map<string, string>();
      const onInk = (file: string): void => {
        if (!file.startsWith(dir) || !file.endsWith('.ink')) return;
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        if (seen.get(file) === text) return;
        seen.set(file, text);
        cached = null;
        content = null;
        for (const m of dev.moduleGraph.idToModuleMap.values()) {
          if (m.id?.startsWith('\0virtual:ink')) dev.moduleGraph.invalidateModule(m);
        }
        // Check the edited ink now, so an error's overlay is ready before the page reloads (the
        // reloaded page gets it as it connects) rather than arriving on top of it later.
        try {
          build();
        } catch (e) {
          dev.config.logger.error(e instanceof Error ? e.message : String(e));
        }
        dev.ws.send({ type: 'full-reload' });
      };
      for (const event of ['add', 'change', 'unlink'] as const) dev.watcher.on(event, onInk);
    },
  };
}
