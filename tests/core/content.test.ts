/** Content as data (src/core/content.ts): the index the build publishes and the game reads. */
import { describe, expect, it } from 'vitest';
import { contentBundle, ContentError, parseContentIndex } from '../../src/core';
import { contentOf } from '../../src/build/vitePluginInk';
import { inkBuild } from '../inkBuild';

describe('the content index', () => {
  const { index, assets } = contentOf(inkBuild());
  const plain = JSON.parse(JSON.stringify(index)) as unknown;

  it('lists every case with its card, hash and files named by that hash, and the catalogue with its hash', () => {
    expect(index.cases.map((c) => c.meta.id).sort()).toEqual(inkBuild().cases.map((c) => c.meta.id).sort());
    for (const c of index.cases) {
      expect(c.story).toBe(`cases/${c.hash}.json`);
      expect(c.map).toBe(`maps/${c.hash}.svg`);
      expect(assets.find((a) => a.path === c.story)?.content).toBe(inkBuild().cases.find((x) => x.hash === c.hash)?.json);
      expect(assets.find((a) => a.path === c.map)?.content).toMatch(/^<svg/);
    }
    expect(index.catalogue.hash).toBe(inkBuild().catalogue.hash);
    // In case-number order, as the board shows them.
    const numbers = index.cases.map((c) => c.meta.number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });

  it('reads back what it wrote', () => {
    const back = parseContentIndex(plain);
    expect(back.skipped).toEqual([]);
    expect(back.index).toEqual(plain);
  });

  it('skips one malformed case with its id, keeps the rest, and refuses a broken index with a reason', () => {
    const data = JSON.parse(JSON.stringify(index)) as { cases: { meta: { id: string; look: string }; story: string }[] };
    const [first, second] = data.cases;
    if (first === undefined || second === undefined) throw new Error('need two cases');
    first.meta.look = 'robot';
    second.story = '../../etc/passwd';
    const r = parseContentIndex(data);
    expect(r.skipped).toEqual([first.meta.id, second.meta.id]);
    expect(r.index.cases.length).toBe(index.cases.length - 2);
    expect(() => parseContentIndex('nope')).toThrow(ContentError);
    expect(() => parseContentIndex({ ...data, format: 99 })).toThrow(/格式版本/);
    expect(() => parseContentIndex({ format: 1, cases: [] })).toThrow(/原则目录/);
  });

  it('is written by one function from compiled cases (the build now, a publishing server later)', () => {
    const c = inkBuild().cases[0];
    if (c === undefined) throw new Error('no case');
    const one = contentBundle([{ meta: c.meta, hash: c.hash, json: c.json, mapSvg: '<svg/>' }], inkBuild().catalogue);
    expect(one.index.cases).toHaveLength(1);
    expect(one.assets.map((a) => a.path)).toEqual([`cases/${c.hash}.json`, `maps/${c.hash}.svg`]);
  });
});
