/**
 * Where each tag goes and what it means, for writers: the authoring guide's tag table and the
 * checker's messages come from here. Kept out of src/core so the trainee bundle stays small.
 */
import type { TagName } from '../core';

export type TagScope = 'header' | 'line' | 'choice' | 'catalogue';

/** Where a tag may be written: one place, or several (a red line goes on a choice or on a line). */
export const TAG_DOCS: { readonly [N in TagName]: { readonly scope: TagScope | readonly TagScope[]; readonly doc: string } } = {
  case: { scope: 'header', doc: '案例编号（唯一，小写连字符）' },
  title: { scope: 'header', doc: '案例标题（课件原标题）' },
  number: { scope: 'header', doc: '案例序号：课件案例写课件里的序号（1–20），本行案例从 1 起自己编号' },
  origin: { scope: 'header', doc: '案例来源：deck（课件案例）或 bank（本行自编案例，不写即为 bank）' },
  principles: { scope: 'header', doc: '本案例主要考查的原则编号，逗号分隔' },
  setting: { scope: 'header', doc: '案例发生的位置' },
  channel: { scope: 'header', doc: '客户怎么来：walk-in（到厅，默认）或 phone（来电）' },
  customer: { scope: 'header', doc: '客户的称呼，如 李阿姨' },
  look: { scope: 'header', doc: '客户外形' },
  role: { scope: 'header', doc: '学员扮演的岗位，如 营业厅主管' },
  meters: { scope: 'header', doc: '本案例显示的仪表，逗号分隔' },
  essence: { scope: 'header', doc: '课件的“精髓”，逐字引用' },
  advice: { scope: 'header', doc: '课件的“忠告”，逐字引用' },
  summary: { scope: 'header', doc: '案例板上的一句话简介' },
  speaker: { scope: 'line', doc: '这一句是谁说的（不写即为旁白）' },
  mood: { scope: 'line', doc: '客户从这一句起的情绪' },
  walk: { scope: 'line', doc: '客户走到营业厅的某个位置' },
  sfx: { scope: 'line', doc: '播放音效' },
  ending: { scope: 'line', doc: '结局：编号 + 标题' },
  score: { scope: 'choice', doc: '选项对原则的得失分，如 listen-first +2, mind-how-you-say-it -1' },
  why: { scope: 'choice', doc: '复盘时对这个选项的一两句解释' },
  principle: { scope: 'catalogue', doc: '原则编号' },
  meter: { scope: 'catalogue', doc: '仪表编号（需在 common.ink 中有同名 VAR）' },
  name: { scope: 'catalogue', doc: '中文名称' },
  short: { scope: 'catalogue', doc: '图表上用的简称' },
  source: { scope: 'catalogue', doc: '出处：课件精髓或忠告原文' },
  start: { scope: 'catalogue', doc: '仪表起始值' },
  min: { scope: 'catalogue', doc: '仪表最小值' },
  max: { scope: 'catalogue', doc: '仪表最大值' },
  better: { scope: 'catalogue', doc: '仪表哪个方向更好：higher / lower / none' },
  format: { scope: 'catalogue', doc: '仪表显示格式：percent / clock' },
  redline: { scope: ['choice', 'line', 'catalogue'], doc: '触碰红线：写红线编号。选项或台词上写，走到这里等级就不能高于该红线的上限' },
  ceiling: { scope: 'catalogue', doc: '红线的等级上限：B、C 或 D' },
  cap: { scope: 'catalogue', doc: '仪表越过阈值即触碰红线，如 below 60 break-rules' },
  band: { scope: 'line', doc: '结局代表的等级段，与 # ending: 写在同一行，如 A-B' },
};

/** The places a tag may be written, as a list. */
export function scopesOf(name: TagName): readonly TagScope[] {
  const s = TAG_DOCS[name].scope;
  return typeof s === 'string' ? [s] : s;
}
