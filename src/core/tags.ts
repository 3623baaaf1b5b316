/**
 * The tag vocabulary: one registry from tag name to parser and payload type, and one pure
 * parser. Every unknown or malformed tag becomes a TagProblem rather than being ignored.
 * The authoring guide (docs/authoring.md) documents this table for writers.
 */
import { CHANNELS, isOneOf, LOOKS, MOODS, ORIGINS, PLACES, SOUND_CUES, type Channel, type Look, type Mood, type Origin, type Place, type SoundCue } from './vocabulary';

export interface PrincipleDelta {
  readonly principle: string;
  readonly delta: number;
}

/** Every tag the project understands, as typed data. */
export type Tag =
  | { readonly name: 'case'; readonly value: string }
  | { readonly name: 'title'; readonly value: string }
  | { readonly name: 'number'; readonly value: number }
  | { readonly name: 'origin'; readonly value: Origin }
  | { readonly name: 'principles'; readonly value: readonly string[] }
  | { readonly name: 'setting'; readonly value: Place }
  | { readonly name: 'channel'; readonly value: Channel }
  | { readonly name: 'customer'; readonly value: string }
  | { readonly name: 'look'; readonly value: Look }
  | { readonly name: 'role'; readonly value: string }
  | { readonly name: 'meters'; readonly value: readonly string[] }
  | { readonly name: 'essence'; readonly value: string }
  | { readonly name: 'advice'; readonly value: string }
  | { readonly name: 'summary'; readonly value: string }
  | { readonly name: 'speaker'; readonly value: string }
  | { readonly name: 'mood'; readonly value: Mood }
  | { readonly name: 'walk'; readonly value: Place }
  | { readonly name: 'sfx'; readonly value: SoundCue }
  | { readonly name: 'ending'; readonly value: { readonly id: string; readonly title: string } }
  | { readonly name: 'score'; readonly value: readonly PrincipleDelta[] }
  | { readonly name: 'why'; readonly value: string }
  | { readonly name: 'principle'; readonly value: string }
  | { readonly name: 'meter'; readonly value: string }
  | { readonly name: 'name'; readonly value: string }
  | { readonly name: 'short'; readonly value: string }
  | { readonly name: 'source'; readonly value: string }
  | { readonly name: 'start'; readonly value: number }
  | { readonly name: 'min'; readonly value: number }
  | { readonly name: 'max'; readonly value: number }
  | { readonly name: 'better'; readonly value: 'higher' | 'lower' | 'none' }
  | { readonly name: 'format'; readonly value: 'percent' | 'clock' }
  | { readonly name: 'redline'; readonly value: string }
  | { readonly name: 'ceiling'; readonly value: CeilingGrade }
  | { readonly name: 'cap'; readonly value: MeterCap }
  | { readonly name: 'band'; readonly value: GradeBand };

/** The grade letters, best first. The scorer maps scores to them (src/core/scoring.ts). */
export const GRADE_LETTERS = ['A', 'B', 'C', 'D'] as const;
export type Grade = (typeof GRADE_LETTERS)[number];
/** A red line caps the grade at B, C or D (a cap at A would cap nothing). */
export type CeilingGrade = Exclude<Grade, 'A'>;

/**
 * A meter threshold that counts as a red line: `below 60 break-rules` means that once the meter
 * falls below 60 on a path, red line `break-rules` is met (declared with the meter in the catalogue).
 */
export interface MeterCap {
  readonly when: 'below' | 'above';
  readonly value: number;
  readonly redline: string;
}

/** The grades an ending stands for, best to worst: `A`, `A-B`, `C-D`. */
export interface GradeBand {
  readonly best: Grade;
  readonly worst: Grade;
}

export type TagName = Tag['name'];
type TagValues = { [T in Tag as T['name']]: T['value'] };
type ValueOf<N extends TagName> = TagValues[N];

export interface TagProblem {
  /** Stable code, documented in docs/authoring.md. */
  readonly code: 'unknown-tag' | 'malformed-tag' | 'empty-tag';
  readonly message: string;
  readonly raw: string;
}

export type TagResult = { readonly ok: true; readonly tag: Tag } | { readonly ok: false; readonly problem: TagProblem };

interface TagSpec<N extends TagName> {
  /** Returns the value, or a message saying what is wrong with the text. */
  readonly parse: (text: string) => ValueOf<N> | { readonly error: string };
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const text = (s: string): string | { error: string } => s;
const id = (s: string): string | { error: string } =>
  ID.test(s) ? s : { error: `“${s}”不是合法的编号（小写字母、数字和连字符，如 listen-first）` };
const int = (s: string): number | { error: string } =>
  /^[+-]?\d+$/.test(s) ? Number(s) : { error: `“${s}”不是整数` };
const idList = (s: string): readonly string[] | { error: string } => {
  const items = s.split(/[,，、\s]+/).filter((x) => x.length > 0);
  const bad = items.find((x) => !ID.test(x));
  return bad === undefined ? items : { error: `“${bad}”不是合法的编号` };
};
function oneOf<T extends string>(set: readonly T[], what: string): (s: string) => T | { error: string } {
  return (s) => (isOneOf(set, s) ? s : { error: `未知的${what}“${s}”，可用：${set.join('、')}` });
}

/** `listen-first +2, mind-how-you-say-it -1` */
function scoreList(s: string): readonly PrincipleDelta[] | { error: string } {
  const parts = s.split(/[,，、]/).map((p) => p.trim()).filter((p) => p.length > 0);
  const out: PrincipleDelta[] = [];
  for (const part of parts) {
    const m = /^([a-z][a-z0-9-]*)\s*([+-]\d+)$/.exec(part);
    if (m === null || m[1] === undefined || m[2] === undefined) {
      return { error: `“${part}”应写成“原则编号 +分值”，如 listen-first +2` };
    }
    out.push({ principle: m[1], delta: Number(m[2]) });
  }
  return out.length > 0 ? out : { error: '至少要给出一个“原则编号 +分值”' };
}

function ending(s: string): { id: string; title: string } | { error: string } {
  const m = /^([a-z][a-z0-9-]*)\s+(.+)$/.exec(s);
  if (m === null || m[1] === undefined || m[2] === undefined) {
    return { error: '应写成“结局编号 结局标题”，如 ending: calm 阿姨消了气' };
  }
  return { id: m[1], title: m[2].trim() };
}

function ceiling(s: string): CeilingGrade | { error: string } {
  const g = s.toUpperCase();
  return g === 'B' || g === 'C' || g === 'D' ? g : { error: `“${s}”不是可用的等级上限，请写 B、C 或 D` };
}

/** `below 60 break-rules`, `above 70 hall-unrest` */
function cap(s: string): MeterCap | { error: string } {
  const m = /^(below|above|低于|高于)\s*(\d+)\s+([a-z][a-z0-9]*(?:-[a-z0-9]+)*)$/.exec(s.trim());
  if (m === null || m[1] === undefined || m[2] === undefined || m[3] === undefined) {
    return { error: '应写成“below 数值 红线编号”或“above 数值 红线编号”，如 cap: below 60 break-rules' };
  }
  return { when: m[1] === 'below' || m[1] === '低于' ? 'below' : 'above', value: Number(m[2]), redline: m[3] };
}

/** `A`, `A-B`, `C-D` (either order; a full-width dash or 至 also works). */
function band(s: string): GradeBand | { error: string } {
  const m = /^([A-Da-d])(?:\s*[-–—~～至]\s*([A-Da-d]))?$/.exec(s.trim());
  if (m === null || m[1] === undefined) return { error: `“${s}”应写成一个等级或一段等级，如 A、A-B、C-D` };
  const a = m[1].toUpperCase() as Grade;
  const b = (m[2] ?? m[1]).toUpperCase() as Grade;
  const [best, worst] = GRADE_LETTERS.indexOf(a) <= GRADE_LETTERS.indexOf(b) ? [a, b] : [b, a];
  return { best, worst };
}

const better = oneOf(['higher', 'lower', 'none'] as const, '方向');
const format = oneOf(['percent', 'clock'] as const, '格式');

/** The registry. Adding a tag means adding a line here and in src/authoring/tagDocs.ts. */
export const TAG_SPECS: { readonly [N in TagName]: TagSpec<N> } = {
  case: { parse: id },
  title: { parse: text },
  number: { parse: int },
  origin: { parse: oneOf(ORIGINS, '来源') },
  principles: { parse: idList },
  setting: { parse: oneOf(PLACES, '位置') },
  channel: { parse: oneOf(CHANNELS, '渠道') },
  customer: { parse: text },
  look: { parse: oneOf(LOOKS, '外形') },
  role: { parse: text },
  meters: { parse: idList },
  essence: { parse: text },
  advice: { parse: text },
  summary: { parse: text },
  speaker: { parse: text },
  mood: { parse: oneOf(MOODS, '情绪') },
  walk: { parse: oneOf(PLACES, '位置') },
  sfx: { parse: oneOf(SOUND_CUES, '音效') },
  ending: { parse: ending },
  score: { parse: scoreList },
  why: { parse: text },
  principle: { parse: id },
  meter: { parse: id },
  name: { parse: text },
  short: { parse: text },
  source: { parse: text },
  start: { parse: int },
  min: { parse: int },
  max: { parse: int },
  better: { parse: better },
  format: { parse: format },
  redline: { parse: id },
  ceiling: { parse: ceiling },
  cap: { parse: cap },
  band: { parse: band },
};

function isTagName(name: string): name is TagName {
  return Object.prototype.hasOwnProperty.call(TAG_SPECS, name);
}

/**
 * Parses one raw ink tag (the text after `#`, as inkjs returns it). Accepts the ASCII or the
 * full-width colon, since writers type Chinese. Pure: no state, no logging.
 */
export function parseTag(raw: string): TagResult {
  const trimmed = raw.trim();
  if (trimmed.length === 0) {
    return { ok: false, problem: { code: 'empty-tag', message: '空标签', raw } };
  }
  const m = /^([A-Za-z][A-Za-z-]*)\s*[:：]\s*([\s\S]*)$/.exec(trimmed);
  if (m === null || m[1] === undefined || m[2] === undefined) {
    return {
      ok: false,
      problem: { code: 'malformed-tag', message: `标签“${trimmed}”应写成“名称: 内容”`, raw },
    };
  }
  const name = m[1].toLowerCase();
  const body = m[2].trim();
  if (!isTagName(name)) {
    return { ok: false, problem: { code: 'unknown-tag', message: `未知标签“${name}”`, raw } };
  }
  if (body.length === 0) {
    return { ok: false, problem: { code: 'empty-tag', message: `标签“${name}”没有内容`, raw } };
  }
  return parseKnown(name, body, raw);
}

function parseKnown(name: TagName, body: string, raw: string): TagResult {
  const spec: TagSpec<TagName> = TAG_SPECS[name];
  const value: unknown = spec.parse(body);
  if (typeof value === 'object' && value !== null && 'error' in value && typeof value.error === 'string') {
    return { ok: false, problem: { code: 'malformed-tag', message: `标签“${name}”：${value.error}`, raw } };
  }
  return { ok: true, tag: { name, value } as Tag };
}

/** Parses a list of raw tags, splitting results into tags and problems. */
export function parseTags(raws: readonly string[] | null | undefined): { tags: Tag[]; problems: TagProblem[] } {
  const tags: Tag[] = [];
  const problems: TagProblem[] = [];
  for (const raw of raws ?? []) {
    const r = parseTag(raw);
    if (r.ok) tags.push(r.tag);
    else problems.push(r.problem);
  }
  return { tags, problems };
}

/** The first tag of a given name, typed. */
export function findTag<N extends TagName>(tags: readonly Tag[], name: N): ValueOf<N> | undefined {
  const t: Tag | undefined = tags.find((x) => x.name === name);
  return t === undefined ? undefined : (t.value as ValueOf<N>);
}

/** Every tag of a given name, typed, in order. */
export function findTags<N extends TagName>(tags: readonly Tag[], name: N): ValueOf<N>[] {
  return tags.filter((x) => x.name === name).map((x: Tag) => x.value as ValueOf<N>);
}
