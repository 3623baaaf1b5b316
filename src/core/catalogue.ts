/**
 * The principle and meter catalogue, read from ink/principles.ink (compiled). Each knot whose
 * opening tags include `principle:` or `meter:` defines one entry.
 */
import { findTag, findTags, parseTags, type TagProblem } from './tags';
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
}

export interface Catalogue {
  readonly principles: readonly Principle[];
  readonly meters: readonly Meter[];
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
  const problems: CatalogueProblem[] = [];
  for (const knot of knotNames(story)) {
    const { tags, problems: tagProblems } = parseTags(story.TagsForContentAtPath(knot));
    problems.push(...tagProblems.map((p: TagProblem) => ({ knot, message: p.message })));
    const principle = findTag(tags, 'principle');
    const meter = findTag(tags, 'meter');
    const name = findTag(tags, 'name');
    if (principle !== undefined) {
      if (name === undefined) problems.push({ knot, message: `原则 ${principle} 缺少 name` });
      const sources = findTags(tags, 'source');
      if (sources.length === 0) problems.push({ knot, message: `原则 ${principle} 缺少出处（source）` });
      principles.push({ id: principle, name: name ?? principle, short: findTag(tags, 'short') ?? name ?? principle, sources });
    } else if (meter !== undefined) {
      meters.push({
        id: meter,
        name: name ?? meter,
        start: findTag(tags, 'start') ?? 0,
        min: findTag(tags, 'min') ?? 0,
        max: findTag(tags, 'max') ?? 100,
        better: findTag(tags, 'better') ?? 'higher',
        format: findTag(tags, 'format') ?? 'percent',
      });
    }
  }
  const ids = new Set<string>();
  for (const p of [...principles, ...meters]) {
    if (ids.has(p.id)) problems.push({ knot: p.id, message: `编号 ${p.id} 重复` });
    ids.add(p.id);
  }
  return { catalogue: { principles, meters }, problems };
}
