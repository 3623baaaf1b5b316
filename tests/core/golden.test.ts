/**
 * Golden walkthroughs: for each case, paths a person following the deck would take
 * (tests/golden/*.golden.ts, written as data: the start of each chosen option's text, the ending
 * and the grade it must reach). Each is played straight through and again with a save/restore at
 * every event, and its full transcript — every line, every option with its value, the meters,
 * the exact score, red lines and per-principle percents — must equal the reviewed file in
 * tests/golden/transcripts/. Updating those files is an explicit command: `npm run golden:update`.
 */
import { describe, expect, it } from 'vitest';
import { CaseSession, makeSave, restoreSave, type CaseResult, type ChoiceOption, type StoryEvent } from '../../src/core';
import type { Golden } from '../golden/golden';
import { caseById, inkBuild } from '../inkBuild';

const goldens = import.meta.glob<{ default: Golden }>('../golden/*.golden.ts', { eager: true });
const { catalogue } = inkBuild();

/** The option whose text is `prefix` exactly, else the one option it starts. */
function pickByPrefix(options: readonly ChoiceOption[], prefix: string, turn: number): number {
  const exact = options.filter((o) => o.text === prefix);
  const hits = exact.length === 1 ? exact : options.filter((o) => o.text.startsWith(prefix));
  if (hits.length !== 1) {
    throw new Error(`step ${turn + 1}: “${prefix}” matches ${hits.length} options of: ${options.map((o) => o.text).join(' | ')}`);
  }
  return hits[0]?.index ?? -1;
}

function deltas(o: ChoiceOption): string {
  const d = o.deltas.map((x) => `${x.principle} ${x.delta > 0 ? '+' : ''}${x.delta}`).join(', ');
  return `[${o.value}${d === '' ? '' : `: ${d}`}${o.redlines.length > 0 ? ` | redline ${o.redlines.join(', ')}` : ''}]`;
}

function describeEvent(e: StoryEvent, chosen: number | null): string[] {
  const out: string[] = [];
  for (const c of e.cues) out.push(`  (${c.kind} ${c.kind === 'walk' ? c.place : c.kind === 'sfx' ? c.sound : c.mood})`);
  for (const m of e.meters) out.push(`  (${m.id} ${m.delta >= 0 ? '+' : ''}${m.delta} → ${m.value})`);
  if (e.kind === 'line') out.push(`${e.speaker ?? '旁白'}：${e.text}`);
  else if (e.kind === 'choices') {
    for (const o of e.options) out.push(`${o.index === chosen ? '  >' : '   '} ${o.index}. ${o.text} ${deltas(o)}`);
  }
  return out;
}

function describeResult(r: CaseResult): string[] {
  const bars = r.principles.filter((p) => p.percent !== null).map((p) => `  ${p.id}: ${p.percent}% (${p.earned}/${p.possible})`);
  return [
    '',
    `结局：${r.endingId} ${r.endingTitle}${r.band === null ? '' : `（等级段 ${r.band.best}-${r.band.worst}）`}`,
    `得分：${r.score}（未封顶 ${r.rawScore}）等级：${r.grade}`,
    `红线：${r.breaches.length === 0 ? '无' : r.breaches.map((b) => `${b.redline}（上限 ${b.ceiling}，${b.via}${b.meter === undefined ? '' : ` ${b.meter}`}，第 ${b.turn} 步）`).join('；')}`,
    `仪表：${Object.entries(r.meters).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    '原则：',
    ...bars,
    '',
  ];
}

/** Plays a walkthrough; returns its transcript and result. `saveEveryStep` restores from a save at every event. */
function walk(caseId: string, choices: readonly string[], saveEveryStep: boolean): { transcript: string; result: CaseResult } {
  const c = caseById(caseId);
  let s = new CaseSession(c, catalogue, 42);
  const lines: string[] = [];
  for (let steps = 0; steps < 5000; steps++) {
    if (saveEveryStep) s = restoreSave(JSON.parse(JSON.stringify(makeSave(s, new Date(0)))) as unknown, c, catalogue);
    const e = s.next();
    if (e.kind === 'end') {
      expect(s.path.length, 'every listed choice was used').toBe(choices.length);
      lines.push(...describeEvent(e, null), ...describeResult(e.result));
      return { transcript: lines.join('\n'), result: e.result };
    }
    if (e.kind === 'choices') {
      const prefix = choices[s.path.length];
      if (prefix === undefined) throw new Error(`the walkthrough ran out of choices at step ${s.path.length + 1}`);
      const i = pickByPrefix(e.options, prefix, s.path.length);
      lines.push(...describeEvent(e, i));
      s.choose(i);
    } else lines.push(...describeEvent(e, null));
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
    golden.walkthroughs.forEach((w, n) => {
      it(`${w.name} → ${w.ending}, grade ${w.grade}`, async () => {
        const straight = walk(golden.caseId, w.choices, false);
        expect({ ending: straight.result.endingId, grade: straight.result.grade }).toEqual({ ending: w.ending, grade: w.grade });
        const header = `# ${golden.caseId} · ${w.name}\n# 选择：${w.choices.join(' → ')}\n\n`;
        await expect(header + straight.transcript).toMatchFileSnapshot(`../golden/transcripts/${golden.caseId}/${String(n + 1).padStart(2, '0')}.txt`);
        expect(walk(golden.caseId, w.choices, true).transcript).toBe(straight.transcript);
      });
    });
  });
}
