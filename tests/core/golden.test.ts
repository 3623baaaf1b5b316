/**
 * Golden walkthroughs: for each flagship case, paths a person following the deck would take
 * (tests/golden/*.golden.ts, written as data), with the ending and grade each must reach.
 * Each is played straight through and again with a save/restore at every event.
 */
import { describe, expect, it } from 'vitest';
import { CaseSession, makeSave, restoreSave, type ChoiceOption } from '../../src/core';
import type { Golden } from '../golden/golden';
import { caseById, inkBuild } from '../inkBuild';

const goldens = import.meta.glob<{ default: Golden }>('../golden/*.golden.ts', { eager: true });
const { catalogue } = inkBuild();

function pickByPrefix(options: readonly ChoiceOption[], prefix: string, turn: number): number {
  const hits = options.filter((o) => o.text.startsWith(prefix));
  if (hits.length !== 1) {
    throw new Error(`step ${turn + 1}: “${prefix}” matches ${hits.length} options of: ${options.map((o) => o.text).join(' | ')}`);
  }
  return hits[0]?.index ?? -1;
}

function walk(caseId: string, choices: readonly string[], saveEveryStep: boolean): { ending: string; grade: string; score: number } {
  const c = caseById(caseId);
  let s = new CaseSession(c, catalogue, 42);
  for (let steps = 0; steps < 2000; steps++) {
    if (saveEveryStep) s = restoreSave(JSON.parse(JSON.stringify(makeSave(s, new Date(0)))) as unknown, c, catalogue);
    const e = s.next();
    if (e.kind === 'end') {
      expect(s.path.length, 'every listed choice was used').toBe(choices.length);
      return { ending: e.result.endingId, grade: e.result.grade, score: e.result.score };
    }
    if (e.kind === 'choices') {
      const prefix = choices[s.path.length];
      if (prefix === undefined) throw new Error(`the walkthrough ran out of choices at step ${s.path.length + 1}`);
      s.choose(pickByPrefix(e.options, prefix, s.path.length));
    }
  }
  throw new Error('did not end');
}

const flagships = ['angry-customer', 'counterfeit-claim', 'closing-time'];

it('every flagship case has golden walkthroughs', () => {
  const ids = Object.values(goldens).map((g) => g.default.caseId);
  for (const id of flagships) expect(ids).toContain(id);
});

for (const [file, { default: golden }] of Object.entries(goldens)) {
  describe(`${golden.caseId} (${file.replace('../golden/', '')})`, () => {
    it('includes the deck’s model handling at the top grade and its poor handling at the bottom', () => {
      const grades = golden.walkthroughs.map((w) => w.grade);
      expect(grades).toContain('A');
      expect(grades).toContain('D');
      expect(new Set(golden.walkthroughs.map((w) => w.ending)).size).toBeGreaterThanOrEqual(3);
    });
    for (const w of golden.walkthroughs) {
      it(`${w.name} → ${w.ending}, grade ${w.grade}`, () => {
        const straight = walk(golden.caseId, w.choices, false);
        expect({ ending: straight.ending, grade: straight.grade }).toEqual({ ending: w.ending, grade: w.grade });
        expect(walk(golden.caseId, w.choices, true)).toEqual(straight);
      });
    }
  });
}
