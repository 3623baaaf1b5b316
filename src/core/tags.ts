/**
 * The tag vocabulary: one registry from tag name to parser and payload type, and one pure
 * parser. Every unknown or malformed tag becomes a TagProblem rather than being ignored.
 * The authoring guide (docs/authoring.md) documents this table for writers.
 */
import { isOneOf, LOOKS, MOODS, PLACES, SOUND_CUES, type Look, type Mood, type Place, type SoundCue } from './vocabulary';

export type TagScope = 'header' | 'line' | 'choice' | 'catalogue';

export interface PrincipleDelta {
  readonly principle: string;
  readonly delta: number;
}

/** Every tag the project understands, as typed data. */
export type Tag =
  | { readonly name: 'case'; readonly value: string }
  | { readonly name: 'title'; readonly value: string }
  | { readonly name: 'number'; readonly value: number }
  | { readonly name: 'principles'; readonly value: readonly string[] }
  | { readonly name: 'setting'; readonly value: Place }
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
  | { readonly name: 'format'; readonly value: 'percent' | 'clock' };

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
  readonly scope: TagScope;
  /** One line for the authoring guide. */
  readonly doc: string;
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

const better = oneOf(['higher', 'lower', 'none'] as const, '方向');
const format = oneOf(['percent', 'clock'] as const, '格式');

/** The registry. Adding a tag means adding a line here and a row in the authoring guide. */
export const TAG_SPECS: { readonly [N in TagName]: TagSpec<N> } = {
  case: { scope: 'header', doc: '案例编号（唯一，小写连字符）', parse: id },
  title: { scope: 'header', doc: '案例标题（课件原标题）', parse: text },
  number: { scope: 'header', doc: '课件中的案例序号', parse: int },
  principles: { scope: 'header', doc: '本案例主要考查的原则编号，逗号分隔', parse: idList },
  setting: { scope: 'header', doc: '案例发生的位置', parse: oneOf(PLACES, '位置') },
  customer: { scope: 'header', doc: '客户的称呼，如 李阿姨', parse: text },
  look: { scope: 'header', doc: '客户外形', parse: oneOf(LOOKS, '外形') },
  role: { scope: 'header', doc: '学员扮演的岗位，如 营业厅主管', parse: text },
  meters: { scope: 'header', doc: '本案例显示的仪表，逗号分隔', parse: idList },
  essence: { scope: 'header', doc: '课件的“精髓”，逐字引用', parse: text },
  advice: { scope: 'header', doc: '课件的“忠告”，逐字引用', parse: text },
  summary: { scope: 'header', doc: '案例板上的一句话简介', parse: text },
  speaker: { scope: 'line', doc: '这一句是谁说的（不写即为旁白）', parse: text },
  mood: { scope: 'line', doc: '客户从这一句起的情绪', parse: oneOf(MOODS, '情绪') },
  walk: { scope: 'line', doc: '客户走到营业厅的某个位置', parse: oneOf(PLACES, '位置') },
  sfx: { scope: 'line', doc: '播放音效', parse: oneOf(SOUND_CUES, '音效') },
  ending: { scope: 'line', doc: '结局：编号 + 标题', parse: ending },
  score: { scope: 'choice', doc: '选项对原则的得失分，如 listen-first +2, mind-how-you-say-it -1', parse: scoreList },
  why: { scope: 'choice', doc: '复盘时对这个选项的一两句解释', parse: text },
  principle: { scope: 'catalogue', doc: '原则编号', parse: id },
  meter: { scope: 'catalogue', doc: '仪表编号（需在 common.ink 中有同名 VAR）', parse: id },
  name: { scope: 'catalogue', doc: '中文名称', parse: text },
  short: { scope: 'catalogue', doc: '图表上用的简称', parse: text },
  source: { scope: 'catalogue', doc: '出处：课件精髓或忠告原文', parse: text },
  start: { scope: 'catalogue', doc: '仪表起始值', parse: int },
  min: { scope: 'catalogue', doc: '仪表最小值', parse: int },
  max: { scope: 'catalogue', doc: '仪表最大值', parse: int },
  better: { scope: 'catalogue', doc: '仪表哪个方向更好：higher / lower / none', parse: better },
  format: { scope: 'catalogue', doc: '仪表显示格式：percent / clock', parse: format },
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
