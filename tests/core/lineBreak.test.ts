/**
 * The Chinese line-breaking rule (避头尾) for text the branch map wraps itself: no line starts with
 * closing or pausing punctuation, no line ends with opening punctuation. The first two cases are the
 * lines a tester saw on the debrief's map.
 */
import { describe, expect, it } from 'vitest';
import { twoLines } from '../../src/authoring/mapSvg';
import { breakCjkLines, cutCjk, NO_LINE_END, NO_LINE_START } from '../../src/core/lineBreak';

const starts = (l: string): string => Array.from(l)[0] ?? '';
const ends = (l: string): string => Array.from(l).at(-1) ?? '';
const len = (l: string): number => Array.from(l).length;

/** Every line obeys the rule; the lines hold the text in order (less a cut tail ending in …). */
function expectRule(lines: readonly string[], text: string, maxChars: number): void {
  lines.forEach((l, i) => {
    expect(NO_LINE_START.includes(starts(l)), `line ${i + 1} 「${l}」 starts with punctuation`).toBe(false);
    if (!l.endsWith('…')) expect(NO_LINE_END.includes(ends(l)), `line ${i + 1} 「${l}」 ends with an opening mark`).toBe(false);
    expect(len(l), `line ${i + 1} 「${l}」`).toBeLessThanOrEqual(maxChars + 1);
  });
  const joined = lines.join('');
  if (joined.endsWith('…') && !text.endsWith('…')) expect(text.startsWith(joined.slice(0, -1))).toBe(true);
  else expect(joined).toBe(text);
}

describe('twoLines: the branch map node text', () => {
  it('never leaves a full stop alone on the second line (seen: 你是主管，我正好找你来评理 / 。)', () => {
    const text = '你是主管，我正好找你来评理。';
    const lines = twoLines(text);
    expect(lines).not.toContain('。');
    expect(lines.length).toBe(2);
    expectRule(lines, text, 13);
    expect(lines).toEqual(['你是主管，我正好找你来评', '理。']);
  });

  it('never starts the second line with a comma (seen: 2号窗口的柜员眼圈已经红了 / ，李阿姨…)', () => {
    const text = '2号窗口的柜员眼圈已经红了，李阿姨还在大声说话，围观的客户越来越多';
    const lines = twoLines(text);
    expect(lines.length).toBe(2);
    expect(starts(lines[1] ?? '')).not.toBe('，');
    expectRule(lines, text, 13);
    expect(lines[0]).toBe('2号窗口的柜员眼圈已经红');
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('keeps short text on one line and collapses white space', () => {
    expect(twoLines('  您好，\n请问 办什么业务？ ')).toEqual(['您好， 请问 办什么业务？']);
  });
});

describe('breakCjkLines', () => {
  const cases: readonly [string, number][] = [
    ['您先别急，我们一起看看监控录像好吗？', 8],
    ['李阿姨说：“你们银行就是这样对待老客户的吗？”', 9],
    ['客户要求立即赔偿（并且要见行长）否则就报警', 8],
    ['他拿出一张《存款证明》，说这是假的。', 8],
    ['这……我得先问问主管！', 4],
    ['“您看这样行吗？”', 8],
    ['柜员说「请稍等」。', 8],
  ];
  for (const [text, n] of cases) {
    it(`${text} (at most ${n} a line)`, () => {
      expectRule(breakCjkLines(text, n, 10), text, n);
    });
  }

  it('moves an opening quote to the next line rather than ending a line with it', () => {
    expect(breakCjkLines('李阿姨大声说“我不走了”', 6, 3)).toEqual(['李阿姨大声说', '“我不走了”']);
    expect(breakCjkLines('李阿姨说：“我不走了”', 6, 3)).toEqual(['李阿姨说：', '“我不走了”']);
  });

  it('pushes a character down before a run of closing marks (。” together)', () => {
    expect(breakCjkLines('他说先办完再说。”然后走了', 7, 3)).toEqual(['他说先办完再', '说。”然后走了']);
  });

  it('keeps Latin words and numbers whole when the line holds them', () => {
    expect(breakCjkLines('请拨打95588咨询', 5, 3)).toEqual(['请拨打', '95588', '咨询']);
    expect(breakCjkLines('ATM吞卡了怎么办', 4, 3)).toEqual(['ATM吞', '卡了怎么', '办']);
  });

  it('cuts the last line with … and no pause mark or opening quote before it', () => {
    expect(breakCjkLines('您好，请问您要办理什么业务呢', 4, 1)).toEqual(['您好…']);
    expect(breakCjkLines('他说：“好的”然后离开', 4, 1)).toEqual(['他说…']);
    expect(cutCjk('一二三四五六', 4)).toBe('一二三…');
    expect(cutCjk('一二三', 4)).toBe('一二三');
  });

  it('hangs a final full stop on the last line rather than cutting for it', () => {
    expect(breakCjkLines('一二三四。', 4, 1)).toEqual(['一二三四。']);
  });

  it('hangs a closing mark only when no break inside the line obeys the rule', () => {
    expect(breakCjkLines('ABCDEFG。好', 4, 3)).toEqual(['ABCD', 'EFG。', '好']);
    expect(breakCjkLines('ABCDEFGH，好', 4, 5)).toEqual(['ABCD', 'EFGH，', '好']);
  });

  it('returns no lines for empty text and refuses impossible sizes', () => {
    expect(breakCjkLines('  ', 5, 2)).toEqual([]);
    expect(() => breakCjkLines('好', 1, 2)).toThrow(RangeError);
    expect(() => breakCjkLines('好', 5, 0)).toThrow(RangeError);
  });
});
