/**
 * Foreign ink: a large story written outside this project (no `# case:` header, choices without
 * scoring, written the way inkle's own stories are) checks with warnings only, and the Studio's
 * worker still returns the compiled story, the knot list and the map, with a Chinese note on
 * what is missing to make it a case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handleCheckRequest } from '../../src/studio/checkHandler';
import { caseFileNames } from '../../src/authoring/inkSources';
import { INK_DIR } from '../inkBuild';

/** A story in inkle's style: stitches, sticky and bracketless choices, a function, a tunnel, LIST, gathers. */
function inkleStyleStory(scenes: number): string {
  const out = ['LIST weather = (sunny), rainy', 'VAR gold = 0', '-> scene_0', '', '=== function pay(n) ===', '~ gold += n', '~ return gold', ''];
  for (let i = 0; i < scenes; i++) {
    const next = i + 1 < scenes ? `scene_${i + 1}` : 'epilogue';
    out.push(
      `=== scene_${i} ===`,
      `= arrive`,
      `You reach the ${i}th square. {weather == sunny: The sun is out.|It rains.}`,
      `* Look around.`,
      `  You see a fountain.`,
      `* [Ask for directions] "Which way?" you ask.`,
      `  ~ pay(1)`,
      `  -> aside ->`,
      `+ {gold > ${i}} Pay a guide.`,
      `  -> ${next}`,
      `- The road goes on.`,
      `-> ${next}`,
      '',
    );
  }
  out.push('=== aside ===', 'A stranger nods at you.', '->->', '', '=== epilogue ===', 'You are home.', '-> END', '');
  return out.join('\n');
}

describe('foreign ink in the Studio', () => {
  const files = {
    'common.ink': readFileSync(join(INK_DIR, 'common.ink'), 'utf8'),
    'principles.ink': readFileSync(join(INK_DIR, 'principles.ink'), 'utf8'),
    'intercept-style.ink': inkleStyleStory(40),
  };
  const res = handleCheckRequest({ id: 7, files, file: 'intercept-style.ink' });

  it('checks with warnings only', () => {
    expect(res.failure).toBeNull();
    expect(res.diagnostics.filter((d) => d.severity === 'error').map((d) => d.text)).toEqual([]);
    expect(res.diagnostics.map((d) => d.code)).toContain('not-a-case');
    // The bracketless choices show their words twice: said once, as a warning per choice.
    expect(res.diagnostics.filter((d) => d.code === 'choice-shown-twice')).toHaveLength(80);
  });

  it('returns the story to play, its knots and its map, and says what is missing in Chinese', () => {
    expect(res.compiled).not.toBeNull();
    expect(res.compiled?.meta.title).toBe('intercept-style');
    expect(res.compiled?.knots['scene_0']).toBe('intercept-style.ink line 9');
    expect(res.knotNames).toEqual(expect.arrayContaining(['scene_0', 'scene_39', 'epilogue', 'aside']));
    expect(res.mapSvg).toMatch(/^<svg/);
    expect(res.notice).toMatch(/^这不是本项目格式的案例：文件开头没有 # case:/);
    expect(res.notice).toContain('可以照常试玩');
  });

  it('gives a case of this project no such note', () => {
    const name = caseFileNames(['_template.ink', 'closing-time.ink', 'common.ink', 'parts/x.ink'], new Set(['common.ink']));
    expect(name).toEqual(['closing-time.ink']);
    const ok = handleCheckRequest({ id: 8, files: { ...files, 'closing-time.ink': readFileSync(join(INK_DIR, 'closing-time.ink'), 'utf8') }, file: 'closing-time.ink' });
    expect(ok.notice).toBeNull();
    expect(ok.compiled).not.toBeNull();
    expect(ok.draft).toBeNull();
  });
});
