/**
 * The ink build: every real case compiles; a broken case fails the build with diagnostics in
 * ink's own shape, naming the file and the line.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildInk, InkBuildError } from '../../src/build/buildInk';
import { inkFiles, listCaseFiles } from '../../src/build/inkFolder';
import { checkInk } from '../../src/authoring/check';
import { HEADER } from '../fixtures/inkFixtures';
import { INK_DIR } from '../inkBuild';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A temporary ink folder with the real shared files and one case file. */
function folderWith(caseSource: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ink-'));
  dirs.push(dir);
  for (const f of ['common.ink', 'principles.ink']) copyFileSync(join(INK_DIR, f), join(dir, f));
  writeFileSync(join(dir, 'broken.ink'), caseSource);
  return dir;
}

function diagnosticsFor(caseSource: string): string[] {
  try {
    buildInk(folderWith(caseSource));
  } catch (e) {
    if (e instanceof InkBuildError) return e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.text);
    throw e;
  }
  return [];
}

const GOOD_CHOICE = '* [好的。 # score: listen-first +1 # why: 示范。]\n  好。 # ending: good 办好了\n  -> END\n* [不行。 # score: listen-first -1 # why: 反例。]\n  不好。 # ending: bad 没办好\n  -> END\n';

describe('buildInk', () => {
  it('compiles every case in ink/ with no errors', () => {
    const build = buildInk(INK_DIR);
    expect(build.cases.map((c) => c.file).sort()).toEqual(listCaseFiles(INK_DIR));
    expect(build.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(build.cases.length).toBeGreaterThanOrEqual(3);
    for (const c of build.cases) expect(c.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  it('a fixture with no errors builds', () => {
    expect(diagnosticsFor(`${HEADER}开始。\n${GOOD_CHOICE}`)).toEqual([]);
  });

  // Each case: the source (after the 11-line header), and the diagnostics it must produce.
  const cases: [string, string, RegExp[]][] = [
    ['an ink syntax error', `开始。\n* [好 # score: listen-first +1 # why: x]\n  -> nowhere\n`, [/^ERROR: 'broken.ink' line 14: .*nowhere/]],
    ['an unknown tag', `开始。 # colour: red\n${GOOD_CHOICE}`, [/^ERROR: 'broken.ink' line 12: 未知标签“colour”/]],
    ['a malformed mood', `开始。 # mood: furious\n${GOOD_CHOICE}`, [/^ERROR: 'broken.ink' line 12: .*未知的情绪“furious”/]],
    ['an unknown principle', `开始。\n* [好。 # score: be-nice +2 # why: x]\n  -> END\n`, [/^ERROR: 'broken.ink' line 13: 未知原则编号“be-nice”/]],
    ['a choice with no score', `开始。\n* [好。 # why: x]\n  -> END\n`, [/^ERROR: 'broken.ink' line 13: 选项缺少 # score:/]],
    ['a choice with no explanation', `开始。\n* [好。 # score: listen-first +1]\n  -> END\n`, [/^ERROR: 'broken.ink' line 13: 选项缺少 # why:/]],
    ['a score on a plain line', `开始。 # score: listen-first +1\n${GOOD_CHOICE}`, [/^ERROR: 'broken.ink' line 12: 标签“score”应写在选项的方括号里/]],
    [
      'tags after the bracket',
      `开始。\n* [好。] # score: listen-first +1 # why: x\n  -> END\n`,
      [/line 13: 选项缺少 # score:/, /line 13: 选项缺少 # why:/, /line 13: score\/why 标签写在了方括号外面/],
    ],
  ];
  it.each(cases)('reports %s with file and line', (_what, body, expected) => {
    const got = diagnosticsFor(`${HEADER}${body}`);
    for (const re of expected) expect(got.some((t) => re.test(t)), `${re} in ${JSON.stringify(got)}`).toBe(true);
  });

  it('reports a missing header tag and an unknown principle in the header', () => {
    const got = diagnosticsFor(HEADER.replace('# title: 测试案例\n', '').replace('listen-first', 'listen-harder') + `开始。\n${GOOD_CHOICE}`);
    expect(got.some((t) => t.includes('缺少 # title:'))).toBe(true);
    expect(got.some((t) => t.includes('未知原则编号“listen-harder”'))).toBe(true);
  });

  it('reports every problem, not just the first', () => {
    const got = diagnosticsFor(`${HEADER}开始。 # colour: red\n再来。 # mood: furious\n* [好。]\n  -> END\n`);
    expect(got.length).toBeGreaterThanOrEqual(4);
  });
});

describe('the publish gate', () => {
  const ENDINGS = '=== good ===\n好。 # ending: good 办好了\n-> END\n=== bad ===\n不好。 # ending: bad 没办好\n-> END\n';
  it('fails the build on a knot that prints a line and diverts to itself, naming the knot, by a count', () => {
    const got = diagnosticsFor(`${HEADER}开始。\n* [好的。 # score: listen-first +1 # why: x]\n  -> good\n* [不行。 # score: listen-first -1 # why: y]\n  -> again\n=== again ===\n又问了一遍。\n-> again\n${ENDINGS}`);
    expect(got.some((t) => /line 17: .*“again”连续输出了 2000 行/.test(t)), JSON.stringify(got)).toBe(true);
  });

  it('fails the build on a loop that prints nothing', () => {
    const got = diagnosticsFor(`${HEADER}开始。\n* [好的。 # score: listen-first +1 # why: x]\n  -> good\n* [不行。 # score: listen-first -1 # why: y]\n  -> stuck\n=== stuck ===\n~ trust = trust - 1\n-> stuck\n${ENDINGS}`);
    expect(got.some((t) => /line 17: .*“stuck”运行了 \d+ 步/.test(t)), JSON.stringify(got)).toBe(true);
  });

  it('fails the build on runtime errors and on endings nobody reaches', () => {
    const broken = `${HEADER}开始。\n* [好的。 # score: listen-first +1 # why: x]\n  -> good\n* [不行。 # score: listen-first -1 # why: y]\n  -> nowhere_yet\n=== nowhere_yet ===\n~ temp x = RANDOM(5, 1)\n-> bad\n=== unused ===\n没人到这里。 # ending: lost 走失\n-> END\n${ENDINGS}`;
    const got = diagnosticsFor(broken);
    expect(got.some((t) => /运行出错/.test(t)), JSON.stringify(got)).toBe(true);
    expect(got.some((t) => /结局“lost”在任何路径上都到不了（ending-unreachable）/.test(t)), JSON.stringify(got)).toBe(true);
  });

  it('fails the build when an ending’s band is missed', () => {
    const got = diagnosticsFor(`${HEADER}开始。\n* [好的。 # score: listen-first +1 # why: x]\n  -> good\n* [不行。 # score: listen-first -1 # why: y]\n  -> good\n=== good ===\n好。 # ending: good 办好了 # band: A\n-> END\n`);
    expect(got.some((t) => /line 18: 结局“办好了”标注的等级段是 A，却有 1 条路径以 D 到达/.test(t)), JSON.stringify(got)).toBe(true);
  });
});

describe('tags after a choice’s bracket', () => {
  it('are checked as tags of the printed line', () => {
    const got = diagnosticsFor(`${HEADER}开始。\n* [好。 # score: listen-first +1 # why: x] # mood: happy\n  好。 # ending: good 好\n  -> END\n* [不。 # score: listen-first -1 # why: y] # mood: calm\n  不好。 # ending: bad 不好\n  -> END\n`);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/line 13: .*未知的情绪“happy”/);
  });
});

describe('where a case comes from (# origin:)', () => {
  /** A folder with the shared files and the given case files. */
  function folderOf(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'ink-'));
    dirs.push(dir);
    for (const f of ['common.ink', 'principles.ink']) copyFileSync(join(INK_DIR, f), join(dir, f));
    for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
    return dir;
  }
  const caseOf = (id: string, number: number, origin: string | null, essence = '本行自己的要点。'): string =>
    `${HEADER.replace('# case: fixture', `# case: ${id}`).replace('# number: 99', `# number: ${number}${origin === null ? '' : `\n# origin: ${origin}`}`).replace('# essence: 精髓 # advice: 忠告', `# essence: ${essence} # advice: 本行的忠告。`)}开始。\n${GOOD_CHOICE}`;
  const errorsOf = (files: Record<string, string>): string[] => {
    try {
      buildInk(folderOf(files));
      return [];
    } catch (e) {
      if (e instanceof InkBuildError) return e.diagnostics.filter((d) => d.severity === 'error').map((d) => d.text);
      throw e;
    }
  };

  it('a bank case writes its own 要点 and 忠告, numbered from 1; a case without the tag is the bank’s', () => {
    const build = buildInk(folderOf({ 'fraud-call.ink': caseOf('fraud-call', 1, 'bank'), 'no-tag.ink': caseOf('no-tag', 2, null) }));
    expect(build.cases.map((c) => [c.meta.id, c.meta.origin, c.meta.number])).toEqual([
      ['fraud-call', 'bank', 1],
      ['no-tag', 'bank', 2],
    ]);
  });

  it('a deck case quotes the deck word for word and carries one of the deck’s numbers', () => {
    expect(errorsOf({ 'a.ink': caseOf('a', 7, 'deck') })).toEqual([expect.stringMatching(/案例7的精髓应逐字引用课件.*（essence-not-verbatim）$/), expect.stringMatching(/案例7的忠告应逐字引用课件.*（essence-not-verbatim）$/)]);
    expect(errorsOf({ 'a.ink': caseOf('a', 7, 'deck', '你有公平和公正的原则，客户会更信任你。').replace('本行的忠告。', '专业服务会公平对待每一位客户。') })).toEqual([]);
    expect(errorsOf({ 'a.ink': caseOf('a', 25, 'deck') })).toEqual([expect.stringMatching(/^ERROR: 'a.ink' line 3: 课件里没有案例25.*（case-number）$/)]);
    expect(errorsOf({ 'a.ink': caseOf('a', 0, 'bank') })).toEqual([expect.stringMatching(/本行案例的序号要从 1 起.*（case-number）$/)]);
  });

  it('the guide’s example of a bank case (docs/examples/fraud-call.ink) passes the checker as it is', () => {
    const example = readFileSync(join(import.meta.dirname, '../../docs/examples/fraud-call.ink'), 'utf8');
    const build = buildInk(folderOf({ 'fraud-call.ink': example }));
    expect(build.diagnostics).toEqual([]);
    expect(build.cases.map((c) => [c.meta.id, c.meta.origin, c.meta.number])).toEqual([['fraud-call', 'bank', 1]]);
  });

  it('numbers never clash within an origin; the deck’s and the bank’s case 1 are different cases', () => {
    const deck1 = caseOf('deck-one', 1, 'deck', '“来电”客户可能就是我们潜在的客户').replace('本行的忠告。', '“来电”的客户＝潜在的客户');
    expect(errorsOf({ 'a.ink': caseOf('a', 1, 'bank'), 'b.ink': deck1 })).toEqual([]);
    const got = errorsOf({ 'a.ink': caseOf('a', 3, 'bank'), 'b.ink': caseOf('b', 3, 'bank') });
    expect(got).toEqual([expect.stringMatching(/^ERROR: 'b.ink' line 1: 本行案例 3已经是 a.ink：每个案例的序号不能重复（case-number）$/)]);
    // ink:check says the same as the build.
    const dir = folderOf({ 'a.ink': caseOf('a', 3, 'bank'), 'b.ink': caseOf('b', 3, 'bank') });
    const checked = checkInk(inkFiles(dir), ['a.ink', 'b.ink']).diagnostics.filter((d) => d.severity === 'error').map((d) => d.text);
    expect(checked).toEqual(got);
  });
});
