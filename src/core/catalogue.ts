/**
 * The principle and meter catalogue, read from ink/principles.ink (compiled). Each knot whose
 * opening tags include `principle:` or `meter:` defines one entry.
 */
import { contentHash } from './hash';
import { findTag, findTags, parseTags, type CeilingGrade, type MeterCap, type TagProblem } from './tags';
import { knotNames, openStory } from './story';

export interface Principle {
  readonly id: string;
  readonly name: string;
  readonly short: string;
  /** Verbatim 精髓/忠告 lines this principle comes from (empty in the trainee bundle). */
  readonly sources: readonly string[];
}

export interface Meter {
  readonly id: string;
  readonly name: string;
  readonly start: number;
  readonly min: number;
  readonly max: number;
  readonly better: 'higher' | 'lower' | 'none';
  readonly format: 'percent' | 'clock';
  /** Thresholds that count as red lines once the meter crosses them on a path. */
  readonly caps: readonly MeterCap[];
}

/**
 * A red line the deck draws: doing it caps the grade whatever the score (paying a customer to
 * go quiet, accusing a customer, sending away someone the bank still owes service…).
 */
export interface RedLine {
  readonly id: string;
  readonly name: string;
  /** The best grade a path that crosses this line can get. */
  readonly ceiling: CeilingGrade;
  /** Verbatim 精髓/忠告 lines the red line comes from (empty in the trainee bundle). */
  readonly sources: readonly string[];
}

export interface Catalogue {
  readonly principles: readonly Principle[];
  readonly meters: readonly Meter[];
  readonly redlines: readonly RedLine[];
  /** contentHash of the compiled catalogue: travels with every result beside the story hash. */
  readonly hash: string;
}

export interface CatalogueProblem {
  readonly knot: string;
  readonly message: string;
}

/** Reads the catalogue from the compiled principles story. Problems are returned, never thrown. */
export function readCatalogue(json: string): { catalogue: Catalogue; problems: CatalogueProblem[] } {
  const story = openStory(json, 1);
  const principles: Principle[] = [];
  const meters: Meter[] = [];
  const redlines: RedLine[] = [];
  const problems: CatalogueProblem[] = [];
  for (const knot of knotNames(story)) {
    const { tags, problems: tagProblems } = parseTags(story.TagsForContentAtPath(knot));
    problems.push(...tagProblems.map((p: TagProblem) => ({ knot, message: p.message })));
    const principle = findTag(tags, 'principle');
    const meter = findTag(tags, 'meter');
    const redline = findTag(tags, 'redline');
    const name = findTag(tags, 'name');
    if (principle !== undefined) {
      if (name === undefined) problems.push({ knot, message: `原则 ${principle} 缺少 name` });
      const sources = findTags(tags, 'source');
      if (sources.length === 0) problems.push({ knot, message: `原则 ${principle} 缺少出处（source）` });
      principles.push({ id: principle, name: name ?? principle, short: findTag(tags, 'short') ?? name ?? principle, sources });
    } else if (redline !== undefined) {
      if (name === undefined) problems.push({ knot, message: `红线 ${redline} 缺少 name` });
      const sources = findTags(tags, 'source');
      if (sources.length === 0) problems.push({ knot, message: `红线 ${redline} 缺少出处（source）` });
      const ceiling = findTag(tags, 'ceiling');
      if (ceiling === undefined) problems.push({ knot, message: `红线 ${redline} 缺少等级上限（ceiling: B、C 或 D）` });
      redlines.push({ id: redline, name: name ?? redline, ceiling: ceiling ?? 'D', sources });
    } else if (meter !== undefined) {
      meters.push({
        id: meter,
        name: name ?? meter,
        start: findTag(tags, 'start') ?? 0,
        min: findTag(tags, 'min') ?? 0,
        max: findTag(tags, 'max') ?? 100,
        better: findTag(tags, 'better') ?? 'higher',
        format: findTag(tags, 'format') ?? 'percent',
        caps: findTags(tags, 'cap'),
      });
    }
  }
  const ids = new Set<string>();
  for (const p of [...principles, ...meters, ...redlines]) {
    if (ids.has(p.id)) problems.push({ knot: p.id, message: `编号 ${p.id} 重复` });
    ids.add(p.id);
  }
  const lines = new Set(redlines.map((r) => r.id));
  for (const m of meters) {
    for (const c of m.caps) if (!lines.has(c.redline)) problems.push({ knot: m.id, message: `仪表 ${m.id} 的阈值用了未定义的红线“${c.redline}”` });
  }
  return { catalogue: { principles, meters, redlines, hash: contentHash(json) }, problems };
}
