/**
 * Full-width characters from a Chinese input method, typed where ink syntax goes: each is an
 * error on its own line, shown first, naming the character and the half-width one to type
 * (src/authoring/fullWidth.ts). The same characters inside dialogue, which docs/authoring.md
 * §2.9 asks for, pass with no finding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInk } from '../../src/authoring/check';
import type { InkDiagnostic } from '../../src/authoring/compile';
import { fullWidthFindings } from '../../src/authoring/fullWidth';
import { inkFilesFromRecord } from '../../src/authoring/inkSources';
import { INK_DIR } from '../inkBuild';

const read = (name: string): string => readFileSync(join(INK_DIR, name), 'utf8');
const shared = (): Record<string, string> => ({ 'common.ink': read('common.ink'), 'principles.ink': read('principles.ink') });
const template = read('_template.ink').replace(/^# case: .*$/m, '# case: new-case');
const check = (source: string): InkDiagnostic[] => [...checkInk(inkFilesFromRecord({ ...shared(), 'new-case.ink': source }), ['new-case.ink']).diagnostics];
/** The 1-based line of the first line containing `needle` in the template. */
const at = (needle: string): number => template.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('full-width characters in ink syntax’s place', () => {
  const cases: Record<string, { from: string; to: string; line: string; says: RegExp }> = {
    '＃ before a tag on a line': { from: '喝了口水。 # mood: calm', to: '喝了口水。 ＃ mood: calm', line: '喝了口水。', says: /“＃”是全角字符，ink 只认半角“#”：请改成 #/ },
    '～ before a change of a meter': { from: '  ~ trust += 15\n  王先生在窗口边坐下', to: '  ～ trust += 15\n  王先生在窗口边坐下', line: '您先坐下喝口水', says: /^这一行开头的“～”是全角字符，ink 只认半角“~”：请改成 ~（/ },
    '＊ as a choice bullet': { from: '* [您先坐下喝口水', to: '＊ [您先坐下喝口水', line: '您先坐下喝口水', says: /这一行开头的“＊”是全角字符，ink 只认半角“\*”/ },
    '－> as a divert': { from: '  -> went_home', to: '  －> went_home', line: '-> went_home', says: /“－>”是全角字符，ink 的跳转只认半角“->”/ },
    '→ as a divert': { from: '  -> went_home', to: '  → went_home', line: '-> went_home', says: /“→”不是 ink 的跳转/ },
    '＝＝＝ around a knot name': { from: '=== went_home ===', to: '＝＝＝ went_home ＝＝＝', line: '=== went_home ===', says: /“＝”是全角字符，ink 只认半角“=”.*=== 场景名 ===/ },
    '【】 as a choice’s brackets': { from: '* [您先坐下喝口水，证件一到，我五分钟内给您办好。 # score: their-urgency-first +2 # why: 客户急，就先把等的这段安排好，并说清到时要多久。]', to: '* 【您先坐下喝口水，证件一到，我五分钟内给您办好。 # score: their-urgency-first +2 # why: 客户急，就先把等的这段安排好，并说清到时要多久。】', line: '您先坐下喝口水', says: /选项的“【】”是全角括号，ink 只认半角“\[ \]”/ },
    '｛｝ around a condition': { from: '{ trust >= 85: -> end_best }', to: '｛ trust >= 85: -> end_best ｝', line: '{ trust >= 85', says: /这一行开头的“｛”是全角字符，ink 只认半角“\{”/ },
    '＋ in a score': { from: 'attend-warmly +2', to: 'attend-warmly ＋2', line: 'attend-warmly +2', says: /# score: 的分值里的“＋”是全角字符，ink 只认半角“\+”/ },
    '－ in a score': { from: 'attend-warmly -1', to: 'attend-warmly －1', line: 'attend-warmly -1', says: /“－”是全角字符，ink 只认半角“-”/ },
  };
  for (const [what, c] of Object.entries(cases)) {
    it(`${what}: an error on that line, first, naming the character`, () => {
      expect(template).toContain(c.from);
      const found = check(template.replace(c.from, c.to));
      const first = found[0];
      expect(first?.code, found.map((d) => d.text).join('\n')).toBe('full-width-symbol');
      expect(first?.severity).toBe('error');
      expect(first?.line).toBe(at(c.line) + (c.to.startsWith('  ～') ? 1 : 0));
      expect(first?.message).toMatch(c.says);
      expect(first?.hint).toMatch(/半角/);
    });
  }

  it('reports ＋ in a score instead of a false “选项缺少 # score:”', () => {
    const found = check(template.replace('attend-warmly +2', 'attend-warmly ＋2'));
    expect(found.filter((d) => d.code === 'choice-unscored')).toEqual([]);
  });

  it('leaves dialogue with 【】｛｝＃［］→ alone, as §2.9 asks (the template still passes with no finding)', () => {
    const words = '王先生指着单子：“这里写着【加急】，备注｛见背面｝，编号＃12，［附件］一份；流程：取号 → 排队 → 办理。”';
    const source = template.replace('王先生松了口气。 # mood: neutral', `王先生松了口气。 # mood: neutral\n  ${words}`);
    expect(check(source).map((d) => d.text)).toEqual([]);
    expect(fullWidthFindings('x.ink', `${words}\n＃ 不是标签：只是井号\n｛旁白：王先生看了看表｝\n～欢迎光临～\n＋86 的号码也可以。\n→ 先取号，再排队。\n* [选项里写【急】和＃号 # score: a +1]\n`)).toEqual([]);
  });

  it('skips comments', () => {
    expect(fullWidthFindings('x.ink', '// ～ trust += 1\n/* ＊ [a]\n→ end */\n好。\n')).toEqual([]);
  });

  it('covers the whole kind: ＋ and －> bullets and gathers, ［ after a labelled choice, full-width digits', () => {
    const lines = (src: string): number[] => fullWidthFindings('x.ink', src).map((d) => d.line);
    expect(lines('＋ [a]\n－ 好\n* (l) {x > 1} ［a］\n好 －＞ k\n好 -＞ k\n# score: a +２\n')).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('ink logic in the middle of a line, and the template’s words left in a case', () => {
  it('reports `~ trust += 5` after words or a tag on its line (shown to the trainee as text), not at the line’s start or in plain words', () => {
    const found = check(template.replace('  王先生在窗口边坐下', '  王先生在窗口边坐下。 ~ trust += 5\n  王先生在窗口边坐下'));
    const mid = found.filter((d) => d.code === 'logic-mid-line');
    expect(mid.map((d) => [d.severity, d.line])).toEqual([['error', at('王先生在窗口边坐下')]]);
    expect(mid[0]?.message).toContain('“~ trust += 5”不会改变数值，会原样显示给学员');
    for (const words of ['您好~ 请问办什么业务？', '好的～欢迎光临～', '  ~ trust += 1', '~ temp left = 3']) expect(fullWidthFindings('x.ink', words), words).toEqual([]);
    expect(fullWidthFindings('x.ink', '王先生点点头。 # mood: calm ~ trust -= 5').map((d) => d.code)).toEqual(['logic-mid-line']);
  });

  it('warns when a new case keeps the template’s title, summary, 要点 or 忠告, at each tag’s line; the template itself is quiet', () => {
    expect(check(template).filter((d) => d.code === 'template-text')).toEqual([]);
    const made = template.replace('# case: new-case', '# case: lost-passbook');
    const found = check(made).filter((d) => d.code === 'template-text');
    expect(found.map((d) => [d.severity, d.line])).toEqual(['# title:', '# summary:', '# essence:', '# advice:'].map((t) => ['warning', made.split('\n').findIndex((l) => l.startsWith(t)) + 1]));
    expect(found[0]?.message).toBe('案例标题还是模板里的示例文字，学员会在案例板和复盘里看到它：请换成这个案例自己的话（template-text）');
    const written = made.replace(/^# title: .*$/m, '# title: 存折丢了怎么办').replace(/^# summary: .*$/m, '# summary: 王先生的存折丢了，急着取钱。');
    expect(check(written).filter((d) => d.code === 'template-text').map((d) => d.message)).toEqual([expect.stringContaining('要点'), expect.stringContaining('忠告')]);
  });
});
