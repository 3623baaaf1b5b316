/**
 * Issue 8, fault 10: the guide opens with a ten-step quick start, and the built site renders it
 * with the anchors the Studio and the guide's own contents link to.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headingId, renderGuide } from '../../src/studio/guide';

const source = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
const html = renderGuide(source);

describe('the trainers’ guide page', () => {
  it('opens with “写一个新案例” in ten steps, before the reference', () => {
    const quick = html.indexOf('<h2 id="写一个新案例十步入门">');
    expect(quick).toBeGreaterThan(0);
    expect(quick).toBeLessThan(html.indexOf('<h2 id="1-概述">'));
    const list = /<ol>([^]*?)<\/ol>/.exec(html.slice(quick))?.[1] ?? '';
    expect(list.match(/<li>/g)).toHaveLength(10);
  });

  it('gives headings the ids its own contents link to', () => {
    for (const m of source.matchAll(/\]\(#([^)]+)\)/g)) expect(html, m[1]).toContain(`id="${m[1] ?? ''}"`);
    expect(headingId('9 案例工作室（Studio）')).toBe('9-案例工作室studio');
  });

  it('joins wrapped Chinese lines without a space, and leaves code blocks as written', () => {
    expect(html).toContain('点“创建”。新案例从模板开始');
    expect(html).toMatch(/<pre tabindex="0"><code class="language-ink">上午十点多，营业厅里正是人多的时候。\n你们这家银行/);
  });
});
