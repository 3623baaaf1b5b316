/**
 * Content as data: the case list and the catalogue the game loads at start, and the files they
 * point to, named by content hash. One function writes them (contentBundle), used by the build
 * today and by the leaderboard server's publish route later; one function reads them back from
 * untrusted JSON (parseContentIndex). A case added to ink/ changes these files, never the game's
 * JavaScript.
 *
 * Layout, relative to the index (`content/index.json` in the built game):
 *   cases/<story hash>.json   the compiled story
 *   maps/<story hash>.svg     its branch map, for the debrief
 */
import { caseCard, compareCases, type CaseCard, type CaseMeta } from './caseMeta';
import type { Catalogue, Meter, Principle, RedLine } from './catalogue';
import { CHANNELS, isOneOf, LOOKS, ORIGINS, PLACES } from './vocabulary';

export const CONTENT_FORMAT = 1;
/** Where the index lives, relative to the game page. */
export const CONTENT_INDEX_PATH = 'content/index.json';

export interface ContentCase {
  /** What the case board shows before the case is loaded (the 精髓 and 忠告 travel with the story). */
  readonly meta: CaseCard;
  /** contentHash of the compiled story: its file name, and what saves and results are stamped with. */
  readonly hash: string;
  /** Where each knot starts in the source (`file.ink line N`), for runtime error reports. */
  readonly knots: Readonly<Record<string, string>>;
  /** The compiled story and the branch map, relative to the index. */
  readonly story: string;
  readonly map: string;
}

export interface ContentIndex {
  readonly format: typeof CONTENT_FORMAT;
  readonly catalogue: Catalogue;
  /** In board order: the deck's cases by number, then the bank's (compareCases). */
  readonly cases: readonly ContentCase[];
}

export interface ContentAsset {
  /** Relative to the index's folder. */
  readonly path: string;
  readonly content: string;
}

/** The index and every file it names, for a set of compiled cases with their branch maps (SVG). */
export function contentBundle(
  cases: readonly { readonly meta: CaseMeta; readonly hash: string; readonly json: string; readonly knots?: Readonly<Record<string, string>>; readonly mapSvg: string }[],
  catalogue: Catalogue,
): { index: ContentIndex; assets: ContentAsset[] } {
  const sorted = [...cases].sort((a, b) => compareCases(a.meta, b.meta));
  const assets: ContentAsset[] = [];
  const entries = sorted.map((c): ContentCase => {
    const story = `cases/${c.hash}.json`;
    const map = `maps/${c.hash}.svg`;
    assets.push({ path: story, content: c.json }, { path: map, content: c.mapSvg });
    return { meta: caseCard(c.meta), hash: c.hash, knots: c.knots ?? {}, story, map };
  });
  return { index: { format: CONTENT_FORMAT, catalogue, cases: entries }, assets };
}

export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);
const HASH = /^[0-9a-f]{16}$/;
/** A relative path inside the content folder: no scheme, no leading slash, no `..`. */
const SAFE_PATH = /^(cases|maps)\/[0-9a-f]{16}\.(json|svg)$/;

function principle(x: unknown): x is Principle {
  return isObj(x) && isStr(x['id']) && isStr(x['name']) && isStr(x['short']) && strings(x['sources']);
}
function redline(x: unknown): x is RedLine {
  return isObj(x) && isStr(x['id']) && isStr(x['name']) && (x['ceiling'] === 'B' || x['ceiling'] === 'C' || x['ceiling'] === 'D') && strings(x['sources']);
}
function meter(x: unknown): x is Meter {
  return (
    isObj(x) &&
    isStr(x['id']) &&
    isStr(x['name']) &&
    ['start', 'min', 'max'].every((k) => typeof x[k] === 'number') &&
    (x['better'] === 'higher' || x['better'] === 'lower' || x['better'] === 'none') &&
    (x['format'] === 'percent' || x['format'] === 'clock') &&
    Array.isArray(x['caps'])
  );
}
function card(x: unknown): x is CaseCard {
  return (
    isObj(x) &&
    isStr(x['id']) &&
    isStr(x['title']) &&
    typeof x['number'] === 'number' &&
    isStr(x['origin']) &&
    isOneOf(ORIGINS, x['origin']) &&
    strings(x['principles']) &&
    isStr(x['setting']) &&
    isOneOf(PLACES, x['setting']) &&
    isStr(x['channel']) &&
    isOneOf(CHANNELS, x['channel']) &&
    isStr(x['customer']) &&
    isStr(x['look']) &&
    isOneOf(LOOKS, x['look']) &&
    isStr(x['role']) &&
    strings(x['meters']) &&
    isStr(x['summary'])
  );
}

/**
 * Reads a content index from untrusted JSON. Throws ContentError naming the problem (the game
 * says so and keeps the trainee's progress); a single malformed case is skipped and reported in
 * `skipped`, so one bad entry does not hide the others.
 */
export function parseContentIndex(data: unknown): { index: ContentIndex; skipped: string[] } {
  if (!isObj(data)) throw new ContentError('案例目录不是一个对象');
  if (data['format'] !== CONTENT_FORMAT) throw new ContentError(`案例目录的格式版本不对（${String(data['format'])}）`);
  const cat = data['catalogue'];
  if (!isObj(cat) || !Array.isArray(cat['principles']) || !Array.isArray(cat['meters']) || !Array.isArray(cat['redlines']) || !isStr(cat['hash'])) {
    throw new ContentError('案例目录缺少原则目录');
  }
  if (!cat['principles'].every(principle) || !cat['meters'].every(meter) || !cat['redlines'].every(redline)) {
    throw new ContentError('原则目录的格式不对');
  }
  const catalogue: Catalogue = { principles: cat['principles'], meters: cat['meters'], redlines: cat['redlines'], hash: cat['hash'] };
  const list = data['cases'];
  if (!Array.isArray(list)) throw new ContentError('案例目录缺少案例列表');
  const skipped: string[] = [];
  const cases: ContentCase[] = [];
  list.forEach((x: unknown, i) => {
    const ok =
      isObj(x) &&
      card(x['meta']) &&
      isStr(x['hash']) &&
      HASH.test(x['hash']) &&
      isStr(x['story']) &&
      SAFE_PATH.test(x['story']) &&
      isStr(x['map']) &&
      SAFE_PATH.test(x['map']) &&
      isObj(x['knots']) &&
      Object.values(x['knots']).every(isStr);
    if (!ok) {
      skipped.push(isObj(x) && isObj(x['meta']) && isStr(x['meta']['id']) ? x['meta']['id'] : `第 ${i + 1} 个`);
      return;
    }
    cases.push(x as unknown as ContentCase);
  });
  return { index: { format: CONTENT_FORMAT, catalogue, cases }, skipped };
}
