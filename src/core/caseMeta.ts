/** A case's header (its global tags) as typed data, with a problem for every missing field. */
import { findTag, parseTags } from './tags';
import type { Channel, Look, Origin, Place } from './vocabulary';
import type { Catalogue } from './catalogue';

export interface CaseMeta {
  readonly id: string;
  readonly title: string;
  /** The deck's case number (origin deck) or the bank's own (origin bank): see caseLabel. */
  readonly number: number;
  readonly origin: Origin;
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
  const { id, title, number, origin, principles, setting, channel, customer, look, role, meters, summary } = meta;
  return { id, title, number, origin, principles, setting, channel, customer, look, role, meters, summary };
}

/** How a case is named to people: “案例 4” for the deck's case 4, “本行案例 2” for the bank's own. */
export function caseLabel(card: Pick<CaseCard, 'origin' | 'number'>): string {
  return card.origin === 'deck' ? `案例 ${card.number}` : `本行案例 ${card.number}`;
}

/** The order of the case board: the deck's cases by number, then the bank's by number. */
export function compareCases(a: Pick<CaseCard, 'origin' | 'number' | 'id'>, b: Pick<CaseCard, 'origin' | 'number' | 'id'>): number {
  const rank = (o: Origin): number => (o === 'deck' ? 0 : 1);
  return rank(a.origin) - rank(b.origin) || a.number - b.number || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
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
      origin: findTag(tags, 'origin') ?? 'bank',
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
