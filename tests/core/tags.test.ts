import { describe, expect, it } from 'vitest';
import { parseTag } from '../../src/core';

describe('parseTag', () => {
  const ok: [string, unknown][] = [
    ['case: angry-customer', { name: 'case', value: 'angry-customer' }],
    ['title: 客户在营业厅争吵怎么办', { name: 'title', value: '客户在营业厅争吵怎么办' }],
    ['number: 4', { name: 'number', value: 4 }],
    ['number：10', { name: 'number', value: 10 }],
    ['principles: listen-first, mind-how-you-say-it', { name: 'principles', value: ['listen-first', 'mind-how-you-say-it'] }],
    ['principles：listen-first，dont-judge', { name: 'principles', value: ['listen-first', 'dont-judge'] }],
    ['setting: meeting-room', { name: 'setting', value: 'meeting-room' }],
    ['speaker: 李阿姨', { name: 'speaker', value: '李阿姨' }],
    ['  mood:   angry  ', { name: 'mood', value: 'angry' }],
    ['walk: atm', { name: 'walk', value: 'atm' }],
    ['sfx: chime', { name: 'sfx', value: 'chime' }],
    ['ending: calm 阿姨消了气', { name: 'ending', value: { id: 'calm', title: '阿姨消了气' } }],
    ['score: listen-first +2', { name: 'score', value: [{ principle: 'listen-first', delta: 2 }] }],
    [
      'score: listen-first -2, mind-how-you-say-it +1',
      { name: 'score', value: [{ principle: 'listen-first', delta: -2 }, { principle: 'mind-how-you-say-it', delta: 1 }] },
    ],
    ['score: listen-first +3，dont-judge -1', { name: 'score', value: [{ principle: 'listen-first', delta: 3 }, { principle: 'dont-judge', delta: -1 }] }],
    ['why: 先安抚：当众否认只会火上浇油。', { name: 'why', value: '先安抚：当众否认只会火上浇油。' }],
    ['Mood: calm', { name: 'mood', value: 'calm' }],
    ['better: lower', { name: 'better', value: 'lower' }],
    ['format: clock', { name: 'format', value: 'clock' }],
  ];
  it.each(ok)('parses %j', (raw, tag) => {
    expect(parseTag(raw)).toEqual({ ok: true, tag });
  });

  const bad: [string, string, RegExp][] = [
    ['', 'empty-tag', /空标签/],
    ['   ', 'empty-tag', /空标签/],
    ['colour: red', 'unknown-tag', /未知标签“colour”/],
    ['just words', 'malformed-tag', /名称: 内容/],
    ['mood: furious', 'malformed-tag', /未知的情绪“furious”/],
    ['walk: rooftop', 'malformed-tag', /未知的位置/],
    ['number: four', 'malformed-tag', /不是整数/],
    ['score: listen-first', 'malformed-tag', /原则编号 \+分值/],
    ['score: listen-first 2', 'malformed-tag', /原则编号 \+分值/],
    ['score: Listen-First +2', 'malformed-tag', /原则编号 \+分值/],
    ['ending: calm', 'malformed-tag', /结局编号 结局标题/],
    ['case: Angry_Customer', 'malformed-tag', /不是合法的编号/],
    ['why:', 'empty-tag', /没有内容/],
    ['sfx: trumpet', 'malformed-tag', /未知的音效/],
  ];
  it.each(bad)('rejects %j as %s', (raw, code, message) => {
    const r = parseTag(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe(code);
      expect(r.problem.message).toMatch(message);
    }
  });
});
