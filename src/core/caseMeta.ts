/** A case's header (its global tags) as typed data, with a problem for every missing field. */
import { findTag, parseTags } from './tags';
import type { Channel, Look, Place } from './vocabulary';
import type { Catalogue } from './catalogue';
import { openStory } from './story';

export interface CaseMeta {
  readonly id: string;
  readonly title: string;
  readonly number: number;
  readonly principles: readonly string[];
  readonly setting: Place;
  /** How the customer reaches the trainee (`# channel:`); walk-in unless the header says phone. */
  readonly channel: Channel;
  readonly customer: string;
  readonly look: Look;
  readonly role: string;
  readonly meters: readonly string[];
  readonly essence: string;
  readonly advice: string;
  readonly summary: string;
}

/** What the case board needs before a case is loaded; the 精髓 and 忠告 come with the story itself. */
export type CaseCard = Omit<CaseMeta, 'essence' | 'advice'>;

export function caseCard(meta: CaseMeta): CaseCard {
  const { id, title, number, principles, setting, channel, customer, look, role, meters, summary } = meta;
  return { id, title, number, principles, setting, channel, customer, look, role, meters, summary };
}

export function readCaseMeta(
  globalTags: readonly string[] | null,
  catalogue: Catalogue,
): { meta: CaseMeta | null; problems: string[] } {
  const { tags, problems: tagProblems } = parseTags(globalTags);
  const problems = tagProblems.map((p) => p.message);
  const need = <T>(value: T | undefined, name: string): T | undefined => {
    if (value === undefined) problems.push(`文件开头缺少 # ${name}: 标签`);
    return value;
  };
  const id = need(findTag(tags, 'case'), 'case');
  const title = need(findTag(tags, 'title'), 'title');
  const number = need(findTag(tags, 'number'), 'number');
  const principles = need(findTag(tags, 'principles'), 'principles') ?? [];
  const setting = need(findTag(tags, 'setting'), 'setting');
  const customer = need(findTag(tags, 'customer'), 'customer');
  const essence = need(findTag(tags, 'essence'), 'essence');
  const advice = need(findTag(tags, 'advice'), 'advice');
  const meters = findTag(tags, 'meters') ?? ['trust'];
  const known = new Set(catalogue.principles.map((p) => p.id));
  for (const p of principles) if (!known.has(p)) problems.push(`未知原则编号“${p}”`);
  const knownMeters = new Set(catalogue.meters.map((m) => m.id));
  for (const m of meters) if (!knownMeters.has(m)) problems.push(`未知仪表“${m}”`);
  if (
    id === undefined ||
    title === undefined ||
    number === undefined ||
    setting === undefined ||
    customer === undefined ||
    essence === undefined ||
    advice === undefined
  ) {
    return { meta: null, problems };
  }
  return {
    meta: {
      id,
      title,
      number,
      principles,
      setting,
      channel: findTag(tags, 'channel') ?? 'walk-in',
      customer,
      look: findTag(tags, 'look') ?? 'man',
      role: findTag(tags, 'role') ?? '大堂经理',
      meters,
      essence,
      advice,
      summary: findTag(tags, 'summary') ?? '',
    },
    problems,
  };
}

/** Convenience for build tools: reads the header of a compiled case. */
export function readCaseMetaFromJson(json: string, catalogue: Catalogue): { meta: CaseMeta | null; problems: string[] } {
  return readCaseMeta(openStory(json, 1).globalTags, catalogue);
}
