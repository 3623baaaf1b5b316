/**
 * The deck's words as data: every principle's and red line's source in the catalogue, and every
 * flagship case's 精髓/忠告, is a verbatim part of the deck's 精髓 or 忠告 (src/authoring/
 * deckQuotes.json). Where the cleaned deck is beside the repository (../shared/deck/CASES.md, as
 * on the developers' machines and in CI), the data is also checked against it word for word.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCatalogue } from '../../src/authoring/check';
import { DECK_CASES, headerQuoteProblem, sourceProblem } from '../../src/authoring/deckSources';
import { inkFiles } from '../../src/build/inkFolder';
import { inkBuild, INK_DIR } from '../inkBuild';

const CASES_MD = resolve(INK_DIR, '../../shared/deck/CASES.md');

describe('the catalogue quotes the deck', () => {
  const catalogue = checkCatalogue(inkFiles(INK_DIR)).catalogue;
  if (catalogue === null) throw new Error('the catalogue does not compile');
  const entries = [...catalogue.principles, ...catalogue.redlines];

  it('has a verbatim source for every principle and red line', () => {
    expect(entries.length).toBeGreaterThanOrEqual(20);
    for (const e of entries) {
      expect(e.sources.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources) expect(sourceProblem(s), `${e.id}: ${s}`).toBeNull();
    }
  });

  it('covers the hall and its bystanders (cases 4, 7, 10, 17) with its own principle', () => {
    expect(catalogue.principles.map((p) => p.id)).toContain('mind-the-hall');
  });

  it('refuses a source that is not the deck’s words', () => {
    expect(sourceProblem('案例4 忠告：言语柔和，使其消气')).toMatch(/不是案例4忠告的原文/);
    expect(sourceProblem('案例9 忠告：客户不喜欢被判断')).toMatch(/没有忠告/);
    expect(sourceProblem('案例21 精髓：任何话')).toMatch(/没有案例21/);
    expect(sourceProblem('课件说：要热情')).toMatch(/应写成/);
    expect(sourceProblem('本行：《厅堂服务规范》第三条')).toBeNull();
  });
});

describe('the flagship cases quote the deck', () => {
  for (const c of inkBuild().cases) {
    it(`${c.meta.id}: 精髓 and 忠告 are the deck’s`, () => {
      expect(DECK_CASES.some((d) => d.number === c.meta.number)).toBe(true);
      expect(headerQuoteProblem(c.meta.number, '精髓', c.meta.essence)).toBeNull();
      expect(headerQuoteProblem(c.meta.number, '忠告', c.meta.advice)).toBeNull();
    });
  }
});

describe.skipIf(!existsSync(CASES_MD))('deckQuotes.json against the cleaned deck', () => {
  /** Each case's 精髓 and 忠告 blockquotes, joined line by line, as the JSON was made. */
  function fromMarkdown(md: string): { number: number; essence: string | null; advice: string | null }[] {
    const parts = md.split(/^## 案例 (\d+) · .+$/m);
    const out: { number: number; essence: string | null; advice: string | null }[] = [];
    for (let i = 1; i < parts.length; i += 2) {
      const body = parts[i + 1] ?? '';
      const grab = (label: string): string | null => {
        const m = new RegExp(`^\\*\\*${label}[^*]*\\*\\*\\s*\\n((?:>.*\\n?)+)`, 'm').exec(body);
        if (m === null) return null;
        return (m[1] ?? '').split('\n').filter((l) => l.startsWith('>')).map((l) => l.slice(1).trim()).join('');
      };
      out.push({ number: Number(parts[i]), essence: grab('精髓'), advice: grab('忠告') });
    }
    return out;
  }

  it('holds every case’s 精髓 and 忠告 word for word', () => {
    const deck = fromMarkdown(readFileSync(CASES_MD, 'utf8'));
    expect(deck.length).toBe(20);
    expect(DECK_CASES.map(({ number, essence, advice }) => ({ number, essence, advice }))).toEqual(deck);
  });
});
