import { describe, expect, it } from 'vitest';
import {
  CaseSession,
  ChoiceError,
  makeSave,
  modelPath,
  replay,
  replayToEnd,
  restoreSave,
  parseSave,
  SCORING_VERSION,
  SaveError,
  StoryError,
} from '../../src/core';
import { compiledCase, HEADER } from '../fixtures/inkFixtures';
import { inkBuild } from '../inkBuild';
import { describeEvent, playOut, prng } from './walk';

const { catalogue, cases } = inkBuild();

const SMALL = `${HEADER}~ trust = 30
王先生走到柜台前。 # walk: counter-1 # mood: angry
你们怎么回事！ # speaker: 王先生 # sfx: tension
* [先生您别急，我来帮您。 # score: listen-first +2 # why: 先安抚。]
  ~ trust += 20
  好吧。 # speaker: 王先生 # mood: calm
  王先生点点头。 # ending: good 客户满意
* [这是规定。 # score: listen-first -2 # why: 只讲规定。]
  ~ trust -= 20
  王先生走了。 # ending: bad 客户离开
- -> END
`;

describe('CaseSession', () => {
  it('turns lines, tags and variables into typed events', () => {
    const s = new CaseSession(compiledCase(SMALL), catalogue, 1);
    expect(s.meters['trust']).toBe(50);
    const first = s.next();
    expect(first).toMatchObject({
      kind: 'line',
      text: '王先生走到柜台前。',
      speaker: null,
      cues: [{ kind: 'walk', place: 'counter-1' }, { kind: 'mood', mood: 'angry' }],
      meters: [{ id: 'trust', value: 30, delta: 0 }], // the case's starting value is a baseline, not a change
    });
    expect(s.meters['trust']).toBe(30);
    expect(s.next()).toMatchObject({ kind: 'line', speaker: '王先生', cues: [{ kind: 'sfx', sound: 'tension' }] });
    const choices = s.next();
    expect(choices.kind).toBe('choices');
    if (choices.kind !== 'choices') return;
    expect(choices.options.map((o) => [o.text, o.value, o.why])).toEqual([
      ['先生您别急，我来帮您。', 2, '先安抚。'],
      ['这是规定。', -2, '只讲规定。'],
    ]);
    expect(s.next()).toBe(choices); // asking again at a choice point changes nothing
    s.choose(0);
    expect(s.next()).toMatchObject({ kind: 'line', text: '好吧。', meters: [{ id: 'trust', value: 50, delta: 20 }] });
    expect(s.scene).toEqual({ mood: 'calm', place: 'counter-1' });
    s.next();
    const end = s.next();
    expect(end.kind).toBe('end');
    if (end.kind === 'end') expect(end.result).toMatchObject({ endingId: 'good', endingTitle: '客户满意', score: 100, grade: 'A' });
  });

  it('refuses a choice out of range or outside a choice point, without changing state', () => {
    const s = new CaseSession(compiledCase(SMALL), catalogue, 1);
    expect(() => s.choose(0)).toThrow(ChoiceError);
    while (s.next().kind !== 'choices');
    expect(() => s.choose(2)).toThrow(ChoiceError);
    expect(() => s.choose(-1)).toThrow(ChoiceError);
    expect(s.path).toEqual([]);
    s.choose(1);
    expect(s.path).toEqual([1]);
  });

  it('reports an ink runtime error as a StoryError', () => {
    const broken = `${HEADER}EXTERNAL missing(x)
开始。
~ temp t = missing(1)
结果 {t}。
-> END
`;
    const s = new CaseSession(compiledCase(broken), catalogue, 1);
    expect(() => {
      for (let i = 0; i < 5; i++) s.next();
    }).toThrow(StoryError);
  });
});

describe('a loop that prints nothing', () => {
  it('stops with a StoryError naming the knot instead of hanging', () => {
    const c = compiledCase(`${HEADER}开始。\n-> loop\n=== loop ===\n~ trust = trust + 1\n-> loop\n`);
    const s = new CaseSession(c, catalogue, 1);
    expect(() => s.next()).toThrow(/场景“loop”运行了 \d+ 步仍没有下一句台词/);
  });
});

describe('a loop that prints', () => {
  it('stops after a count of lines since the last choice, across calls to next()', () => {
    const c = compiledCase(`${HEADER}开始。\n-> loop\n=== loop ===\n又说了一遍。\n-> loop\n`);
    const s = new CaseSession(c, catalogue, 1);
    let lines = 0;
    expect(() => {
      for (;;) {
        s.next();
        lines++;
      }
    }).toThrow(/场景“loop”连续输出了 2000 行/);
    expect(lines).toBe(2000);
  });
});

describe('deterministic replay', () => {
  for (const c of cases) {
    it(`replays ${c.meta.id} identically from the seed and path`, () => {
      const rand = prng(7);
      for (let trial = 0; trial < 6; trial++) {
        const seed = 1 + trial;
        const picks: number[] = [];
        const first = playOut(new CaseSession(c, catalogue, seed), (n) => {
          const i = Math.floor(rand() * n);
          picks.push(i);
          return i;
        });
        const again = playOut(new CaseSession(c, catalogue, seed), (_n, turn) => picks[turn] ?? 0);
        expect(again).toEqual(first);
        const result = replayToEnd(c, catalogue, seed, picks);
        expect(`|END ${result.endingId} ${result.score} ${result.grade}`).toBe(first[first.length - 1]?.replace(/^.*\|END/, '|END'));
      }
    });
  }
});

describe('save and restore', () => {
  for (const c of cases) {
    it(`${c.meta.id}: a save at every line and choice restores to an identical continuation`, () => {
      const rand = prng(11);
      for (let trial = 0; trial < 3; trial++) {
        const picks: number[] = [];
        const straight = playOut(new CaseSession(c, catalogue, 5), (n) => {
          const i = Math.floor(rand() * n);
          picks.push(i);
          return i;
        });
        let restores = 0;
        const viaSaves = playOut(
          new CaseSession(c, catalogue, 5),
          (_n, turn) => picks[turn] ?? 0,
          (s) => {
            // Round-trip through JSON text, as localStorage does, then carry on in the new session.
            const saved: unknown = JSON.parse(JSON.stringify(makeSave(s, new Date(0))));
            const restored = restoreSave(saved, c, catalogue);
            expect(restored.path).toEqual(s.path);
            expect(restored.meters).toEqual(s.meters);
            expect(restored.current === null ? null : describeEvent(restored.current)).toBe(s.current === null ? null : describeEvent(s.current));
            restores++;
            return restored;
          },
        );
        expect(viaSaves).toEqual(straight);
        expect(restores).toBe(straight.length);
      }
    });
  }

  const c = compiledCase(SMALL);
  const good = (): unknown => {
    const s = new CaseSession(c, catalogue, 3);
    while (s.next().kind !== 'choices');
    return JSON.parse(JSON.stringify(makeSave(s, new Date(0))));
  };

  it.each([
    ['not an object', 'garbage', 'corrupt'],
    ['null', null, 'corrupt'],
    ['a wrong format', { ...(good() as object), format: 99 }, 'corrupt'],
    ['a bad path', { ...(good() as object), path: [0, 'x'] }, 'corrupt'],
    ['a bad hash', { ...(good() as object), storyHash: 'zz' }, 'corrupt'],
    ['another story version', { ...(good() as object), storyHash: '0123456789abcdef' }, 'other-version'],
    ['another case', { ...(good() as object), caseId: 'other' }, 'other-case'],
    ['a path that does not fit', { ...(good() as object), path: [5] }, 'does-not-replay'],
    ['a path past the end', { ...(good() as object), path: [0, 0, 0] }, 'does-not-replay'],
  ])('discards a save with %s', (_what, data, problem) => {
    try {
      restoreSave(data, c, catalogue);
      expect.unreachable('restoreSave should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(SaveError);
      expect((e as SaveError).problem).toBe(problem);
    }
  });

  it('stamps the scoring contract on a save and migrates a format-1 save', () => {
    const save = good() as Record<string, unknown>;
    expect(save).toMatchObject({ format: 2, scoringVersion: SCORING_VERSION, catalogueHash: catalogue.hash });
    const old = Object.fromEntries(Object.entries(save).filter(([k]) => k !== 'scoringVersion' && k !== 'catalogueHash'));
    const s = restoreSave({ ...old, format: 1 }, c, catalogue);
    expect(s.current?.kind).toBe('choices');
    expect(parseSave({ ...old, format: 1 })).toMatchObject({ format: 2, scoringVersion: null, catalogueHash: null });
  });

  it('restores a good save', () => {
    const s = restoreSave(good(), c, catalogue);
    expect(s.current?.kind).toBe('choices');
    expect(s.lastLine?.text).toBe('你们怎么回事！');
  });
});

describe('model path', () => {
  for (const c of cases) {
    it(`${c.meta.id}: the best option at every turn scores 100 and reaches an ending`, () => {
      const path = modelPath(c, catalogue, 1);
      expect(path.length).toBeGreaterThanOrEqual(4);
      expect(replayToEnd(c, catalogue, 1, path)).toMatchObject({ score: 100, grade: 'A' });
      expect(replay(c, catalogue, 1, path).path).toEqual(path);
    });
  }
});
