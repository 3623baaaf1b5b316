/**
 * Messages a trainer can act on: every message of the ink compiler arrives in Chinese with a code
 * and a fix hint, in the checker's own shape; a mistyped name is answered with the nearest real
 * one; problems of different kinds come in one run where the compiler allows, and where a
 * syntax error hides the rest, the checker says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInk } from '../../src/authoring/check';
import { compileInk, knotLines, type InkDiagnostic } from '../../src/authoring/compile';
import { inkFilesFromRecord } from '../../src/authoring/inkSources';
import { didYouMean, editDistance, nearest } from '../../src/authoring/nearest';
import { describeRuntimeProblem, explainRuntimeMessage, runtimeProblemLine } from '../../src/authoring/inkMessages';
import { placeholderMeta } from '../../src/authoring/check';
import { advanceToStop, CaseSession, contentHash, readCaseMetaFromJson, readCatalogue, StoryError } from '../../src/core';
import { handleCheckRequest } from '../../src/studio/checkHandler';
import { HEADER } from '../fixtures/inkFixtures';
import { INK_DIR } from '../inkBuild';

const shared = (): Record<string, string> => ({
  'common.ink': readFileSync(join(INK_DIR, 'common.ink'), 'utf8'),
  'principles.ink': readFileSync(join(INK_DIR, 'principles.ink'), 'utf8'),
});
const check = (source: string, name = 'new-case.ink'): InkDiagnostic[] => [...checkInk(inkFilesFromRecord({ ...shared(), [name]: source }), [name]).diagnostics];
const CJK = /[\u4e00-\u9fff]/;
/** The real catalogue, compiled. */
function catalogueJson(): string {
  const r = compileInk('principles.ink', inkFilesFromRecord(shared()));
  if (!r.ok) throw new Error('principles.ink does not compile');
  return r.json;
}

/** The shape every finding has: Chinese words, a code at the end, a hint, ink's own line format. */
function expectActionable(d: InkDiagnostic): void {
  expect(d.code, d.text).toMatch(/^[a-z-]+$/);
  expect(d.message, d.text).toMatch(CJK);
  expect(d.message.endsWith(`（${d.code ?? ''}）`), d.text).toBe(true);
  expect(d.hint, `${d.code ?? ''} has a hint`).toMatch(CJK);
  expect(d.text).toBe(`${d.severity === 'error' ? 'ERROR' : 'WARNING'}: '${d.file}' line ${d.line}: ${d.message}`);
}

describe('a new case from the template with the three common mistakes', () => {
  const template = readFileSync(join(INK_DIR, '_template.ink'), 'utf8').replace(/^# case: .*$/m, '# case: new-case');
  const lines = template.split('\n');
  const at = (needle: string): number => lines.findIndex((l) => l.includes(needle)) + 1;
  const broken = template
    .replace('# score: attend-warmly +2', '# score: atend-warmly +2')
    .replace(' # why: 规定没错，可只拿规定挡人，没有帮客户想一点办法。]', ']')
    .replace('-> went_home', '-> went_hom');

  it('gets three Chinese messages with fixes, all in one run', () => {
    const found = check(broken);
    const errors = found.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.code, d.line])).toEqual(
      expect.arrayContaining([
        ['unknown-principle', at('# score: attend-warmly +2')],
        ['choice-unexplained', at('规定没错，可只拿规定挡人')],
        ['divert-target-missing', at('-> went_home')],
      ]),
    );
    expect(errors).toHaveLength(3);
    for (const d of found) expectActionable(d);
    const byCode = (code: string): string => errors.find((d) => d.code === code)?.message ?? '';
    expect(byCode('unknown-principle')).toContain('你是不是想写 attend-warmly？');
    expect(byCode('unknown-principle')).toContain('rules-serve-people');
    expect(byCode('divert-target-missing')).toContain('你是不是想写 went_home？');
    // The path checks wait for the compile error, and the trainer is told so.
    expect(found.filter((d) => d.severity === 'warning').map((d) => d.code)).toEqual(['checks-waiting']);
  });

  it('gets the same three from the Studio’s checker worker', () => {
    const res = handleCheckRequest({ id: 1, files: { ...shared(), 'new-case.ink': broken }, file: 'new-case.ink' });
    expect(res.diagnostics.map((d) => d.text)).toEqual(check(broken).map((d) => d.text));
    expect(res.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(3);
  });
});

describe('compiler messages', () => {
  const broken: Record<string, [string, string]> = {
    'a divert to a knot that is not there': ['divert-target-missing', `开始。\n-> sit_dwon\n=== sit_down ===\n好。\n-> END\n`],
    'a divert written End': ['divert-target-missing', `开始。\n-> End\n`],
    'an unclosed bracket': ['choice-bracket-unclosed', `开始。\n* [您好\n  -> END\n`],
    'an unclosed brace': ['brace-unclosed', `开始。{ trust > 1: 好\n-> END\n`],
    'a mistyped variable': ['variable-missing', `VAR trust = 1\n开始{trst}。\n-> END\n`],
    'an assignment to a mistyped variable': ['variable-missing', `VAR trust = 1\n~ trst = 2\n开始。\n-> END\n`],
    'an increment of a mistyped variable': ['variable-missing', `VAR trust = 1\n~ trst += 2\n开始。\n-> END\n`],
    'a knot name used twice': ['duplicate-name', `-> a\n=== a ===\n好。\n-> END\n=== a ===\n好。\n-> END\n`],
    'a missing INCLUDE': ['include-missing', `INCLUDE nope.ink\n开始。\n-> END\n`],
    'a knot name with a space': ['knot-name', `-> a\n=== a b ===\n好。\n-> END\n`],
    'an empty knot': ['knot-empty', `-> a\n=== a ===\n`],
    'a call to a missing function': ['function-missing', `~ foo()\n-> END\n`],
    'an arrow to nowhere': ['divert-empty', `好 ->\n`],
    'a loose end': ['loose-end', `-> k\n=== k ===\n好\n* [a]\n  好。\n`],
    'an empty choice': ['empty-choice', `开始。\n*\n  -> END\n`],
    'a return outside a function': ['return-outside-function', `~ return 1\n`],
    'a read count of a missing label': ['read-count-target-missing', `-> a\n=== a ===\n* (x) [好]\n- { a.y: 好 }\n-> END\n`],
    'an increment inside a line': ['logic-line', `VAR trust = 1\n{trust++}\n-> END\n`],
    'a knot named with a keyword': ['knot-name', `-> not\n=== not ===\n好\n-> END\n`],
    'a knot called as a function': ['function-missing', `-> a\n=== a ===\n~ a()\n好\n-> END\n`],
    'three alternatives in an inline condition': ['half-width-symbol', `VAR trust = 1\n{trust > 0: 好 | 坏 | 差}\n-> END\n`],
    'half-width braces in a line': ['half-width-symbol', `他说{好}。\n-> END\n`],
    'a half-width bar in a line': ['half-width-symbol', `他说 a | b。\n-> END\n`],
    'a meter declared again': ['variable-declared-twice', `VAR trust = 1\nVAR trust = 2\n好\n-> END\n`],
    'a change without =': ['logic-line', `VAR trust = 1\n~ trust + 10\n好\n-> END\n`],
    'a condition without its colon': ['condition-colon', `VAR trust = 1\n{trust >= 60 -> a}\n-> END\n=== a ===\n好\n-> END\n`],
    'a knot name with a hyphen': ['knot-name', `-> went-home\n=== went-home ===\n好\n-> END\n`],
  };
  for (const [what, [code, source]] of Object.entries(broken)) {
    it(`${what}: ${code}, in Chinese with a hint, ink's words kept`, () => {
      const r = compileInk('x.ink', inkFilesFromRecord({ 'x.ink': source }));
      const d = r.diagnostics.find((x) => x.code === code);
      expect(d, r.diagnostics.map((x) => x.text).join('\n')).toBeDefined();
      for (const x of r.diagnostics) {
        expectActionable(x);
        expect(x.inkMessage).toMatch(/[A-Za-z]/);
        expect(x.message).not.toMatch(/Error:/);
      }
    });
  }

  it('names the nearest knots for a divert typo', () => {
    const r = compileInk('x.ink', inkFilesFromRecord({ 'x.ink': `开始。\n-> sit_dwon\n=== sit_down ===\n好。\n-> END\n=== stand_up ===\n好。\n-> END\n` }));
    expect(r.diagnostics[0]?.message).toBe('跳转的目标“sit_dwon”不存在。你是不是想写 sit_down？（divert-target-missing）');
    const far = compileInk('x.ink', inkFilesFromRecord({ 'x.ink': `开始。\n-> lobby\n=== sit_down ===\n好。\n-> END\n` }));
    expect(far.diagnostics[0]?.message).toContain('现有的场景：sit_down');
  });
});

describe('a condition on a renamed knot or a mistyped label', () => {
  it('names the missing target and the nearest real one, in Chinese', () => {
    const template = readFileSync(join(INK_DIR, '_template.ink'), 'utf8').replace(/^# case: .*$/m, '# case: new-case');
    const line = template.split('\n').findIndex((l) => l.includes('{ waiting.scold:')) + 1;
    const renamed = template.replace('=== waiting ===', '=== wait ===').replace('-> waiting', '-> wait');
    const typo = template.replace('{ waiting.scold:', '{ waiting.scld:');
    for (const [source, name, near] of [[renamed, 'waiting.scold', 'wait.scold'], [typo, 'waiting.scld', 'waiting.scold']] as const) {
      const found = check(source).filter((d) => d.severity === 'error');
      expect(found.map((d) => [d.code, d.line]), found.map((d) => d.text).join('\n')).toEqual([['read-count-target-missing', line]]);
      expect(found[0]?.message).toContain(`条件里的“${name}”找不到`);
      expect(found[0]?.message).toContain(`你是不是想写 ${near}？`);
      expect(found[0]?.message).not.toMatch(/Could not find/);
      expectActionable(found[0] as InkDiagnostic);
    }
  });
});

describe('a misspelt id in the file header', () => {
  it('is reported on the header tag’s own line, with the nearest id and the list, like the same typo in # score:', () => {
    const template = readFileSync(join(INK_DIR, '_template.ink'), 'utf8').replace(/^# case: .*$/m, '# case: new-case');
    const lines = template.split('\n');
    const line = (tag: string): number => lines.findIndex((l) => l.startsWith(`# ${tag}:`)) + 1;
    const found = check(template.replace('# principles: attend-warmly, rules-serve-people', '# principles: attend-warmly, rules-serve-peple').replace('# meters: trust', '# meters: trsut'));
    expect(found.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'unknown-principle', line('principles')],
      ['error', 'unknown-meter', line('meters')],
    ]);
    expect(line('principles')).toBe(5);
    expect(found[0]?.message).toMatch(/^未知原则编号“rules-serve-peple”。你是不是想写 rules-serve-people？可用的原则编号：.*attend-warmly/);
    expect(found[0]?.hint).not.toMatch(/补全/);
    expect(found[1]?.message).toMatch(/你是不是想写 trust？可用的仪表编号：trust、/);
    for (const d of found) expectActionable(d);
  });
});

describe('tags written as 名称: 内容 with an unknown name', () => {
  it('says the tag is unknown and suggests the real one, not “应写成名称: 内容”', () => {
    const found = check(`${HEADER}开始。 # 说话人: 王先生\n开始。 # mod: calm\n开始。 # colour: red\n-> END\n`, 'x.ink');
    const unknown = found.filter((d) => d.code === 'unknown-tag');
    expect(unknown.map((d) => d.line)).toEqual([12, 13, 14]);
    for (const d of unknown) expect(d.message).not.toContain('应写成');
    expect(unknown[0]?.message).toContain('未知标签“说话人”。标签名要用英文：你是不是想写 speaker？');
    expect(unknown[1]?.message).toContain('你是不是想写 mood？');
    expect(unknown[2]?.message).toContain('本项目没有这个标签');
  });
});

describe('a syntax error that hides later problems', () => {
  it('is followed by a note saying what has not been checked yet', () => {
    const found = check(`${HEADER}开始。\n* [您好 # score: listen-first +1\n  -> END\n`, 'x.ink');
    expect(found.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'choice-bracket-unclosed', 13],
      ['warning', 'checks-waiting', 13],
    ]);
    expect(found[1]?.message).toMatch(/还没有做/);
  });
});

describe('nearest names', () => {
  it('counts a swap of two neighbours as one edit and suggests only close names', () => {
    expect(editDistance('sit_dwon', 'sit_down')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nearest('sit_dwon', ['stand_up', 'sit_dawn', 'sit_down'])).toEqual(['sit_down']);
    expect(nearest('sit_dwn', ['sit_down', 'sit_dawn'])).toEqual(['sit_down', 'sit_dawn']);
    expect(didYouMean('opening', ['finale', 'waiting'])).toBe('');
  });
});

describe('runtime messages', () => {
  it('come in Chinese, keeping ink’s words where they are English', () => {
    const found = check('EXTERNAL beep()\n好。\n~ beep()\n-> END\n', 'x.ink').find((d) => d.code === 'runtime-error');
    expect(found?.message).toMatch(/^运行出错：外部函数 beep 没有实现：.*=== function beep\(\) ===.*ink 原文：Missing function binding/);
    expect(explainRuntimeMessage('场景“a”运行了 20000 步')).toBe('场景“a”运行了 20000 步');
    expect(explainRuntimeMessage('Something new')).toBe('ink 运行时报告：Something new');
  });

  it('a dead end played by hand (ink:compile --play) is told in Chinese at the knot’s last line, not its header', () => {
    const source = `${HEADER}-> start\n=== start ===\n* [请坐。 # score: listen-first +1 # why: 好]\n  -> a\n=== a ===\n王先生坐下了。\n王先生看了看表。\n// 这里忘了写 -> END\n\n=== b ===\n好。 # ending: e 结局 # band: A\n-> END\n`;
    const r = compileInk('x.ink', inkFilesFromRecord({ ...shared(), 'x.ink': source }));
    expect(r.ok, r.diagnostics.map((d) => d.text).join('\n')).toBe(true);
    if (!r.ok) return;
    const catalogue = readCatalogue(catalogueJson()).catalogue;
    const { meta } = readCaseMetaFromJson(r.json, catalogue);
    const compiled = { meta: meta ?? placeholderMeta('x.ink'), json: r.json, hash: contentHash(r.json), knots: knotLines(r.outline) };
    let error: StoryError | null = null;
    try {
      const session = new CaseSession(compiled, catalogue, 1);
      advanceToStop(session);
      session.choose(0);
      advanceToStop(session);
    } catch (e) {
      if (!(e instanceof StoryError)) throw e;
      error = e;
    }
    expect(error?.location, error?.message).toBe('x.ink line 16');
    const at = runtimeProblemLine(error?.message ?? '', error?.location ?? null, compiled.knots, r.diagnostics, (f) => (f === 'x.ink' ? source : null));
    expect(at).toEqual({ file: 'x.ink', line: 18 });
    const said = describeRuntimeProblem(error?.message ?? '', at);
    expect(said).toMatch(/^故事在这里断了（x\.ink line 18）：这一段走到了头，缺少 -> END 或跳转/);
    expect(said.replace(/（ink 原文：.*）$/, '')).not.toMatch(/RUNTIME|ran out|Do you/);
    expect(describeRuntimeProblem('Divert target doesn\'t exist: x', { file: 'x.ink', line: 3 })).toBe('运行出错（x.ink line 3）：跳转的目标不存在：x（ink 原文：Divert target doesn\'t exist: x）');
  });
});
