/**
 * The branch map (storyMap) and its SVG (mapToSvg): over the real cases, over a hand-made map
 * for escaping, and over a small fixture with a dead end.
 */
import { describe, expect, it } from 'vitest';
import { explore } from '../../src/authoring/explore';
import { mapToSvg } from '../../src/authoring/mapSvg';
import { pathEdges, storyMap, type StoryMap } from '../../src/authoring/storyMap';
import { modelPath } from '../../src/core';
import { NO_LINE_END, NO_LINE_START } from '../../src/core/lineBreak';
import { compiledCase, HEADER } from '../fixtures/inkFixtures';
import { inkBuild } from '../inkBuild';

const { cases, catalogue } = inkBuild();
const key = (e: { from: string; option: number; to: string }): string => `${e.from}#${e.option}#${e.to}`;
const count = (s: string, part: string): number => s.split(part).length - 1;

describe('storyMap over ink/', () => {
  for (const c of cases) {
    describe(c.meta.id, () => {
      const map = storyMap(c, catalogue);
      const ids = new Set(map.nodes.map((n) => n.id));

      it('is complete, with one start node, and every edge joins two nodes', () => {
        expect(map.complete).toBe(true);
        expect(map.nodes.filter((n) => n.kind === 'start')).toHaveLength(1);
        expect(ids.size).toBe(map.nodes.length);
        for (const e of map.edges) {
          expect(ids.has(e.from), e.from).toBe(true);
          expect(ids.has(e.to), e.to).toBe(true);
        }
        expect(new Set(map.edges.map(key)).size).toBe(map.edges.length);
      });

      it('has an ending node for every ending the explorer reaches', () => {
        const endings = Object.keys(explore(c, catalogue).endings);
        expect(endings.length).toBeGreaterThanOrEqual(3);
        for (const id of endings) expect(map.nodes.find((n) => n.id === `end:${id}`)?.kind).toBe('ending');
      });

      it('tones each choice point’s options best to worst, unless they are all equal', () => {
        for (const n of map.nodes.filter((x) => x.kind === 'choice')) {
          expect(n.knot).toBe(n.id.split('.')[0]);
          const out = map.edges.filter((e) => e.from === n.id);
          expect(out.length, n.id).toBeGreaterThan(0);
          const tones = new Set(out.map((e) => e.tone));
          if (new Set(out.map((e) => e.value)).size === 1) expect([...tones]).toEqual(['flat']);
          else {
            expect(tones.has('best'), n.id).toBe(true);
            expect(tones.has('worst'), n.id).toBe(true);
          }
        }
      });

      it('labels each choice point with the line the trainer wrote before it, and each ending with its band', () => {
        for (const n of map.nodes.filter((x) => x.kind === 'choice')) {
          expect(n.line, n.id).toBeDefined();
          expect(n.label).toBe(n.line?.trim());
          expect(n.label).not.toBe(n.knot);
        }
        const svg = mapToSvg(map);
        for (const n of map.nodes.filter((x) => x.kind === 'ending')) {
          expect(n.band, n.id).not.toBeNull();
          expect(svg).toMatch(new RegExp(`class="node ending( on-path)?" data-node="${n.id}" data-band="${n.band?.best ?? ''}"`));
        }
      });

      it('highlights the model path, edge for edge', () => {
        const taken = pathEdges(c, catalogue, 1, modelPath(c, catalogue, 1));
        const edgeKeys = new Set(map.edges.map(key));
        for (const e of taken) expect(edgeKeys.has(key(e)), key(e)).toBe(true);
        expect(taken[0]?.from).toBe('start');
        expect(taken[taken.length - 1]?.to).toMatch(/^end:/);
        const svg = mapToSvg(map, { highlight: taken, title: c.meta.title });
        expect(count(svg, 'class="edge ')).toBe(map.edges.length);
        expect(svg.match(/<g class="edge [a-z]+ taken"/g)).toHaveLength(new Set(taken.map(key)).size);
        expect(svg.match(/<g class="node [a-z]+ on-path"/g)).toHaveLength(new Set(taken.flatMap((e) => [e.from, e.to])).size);
      });

      it('draws an SVG document with every ending title', () => {
        const svg = mapToSvg(map);
        expect(svg.startsWith('<svg')).toBe(true);
        expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
        expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
        for (const n of map.nodes.filter((x) => x.kind === 'ending')) expect(svg).toContain(n.label);
        for (const n of map.nodes) expect(svg).toContain(`data-node="${n.id}"`);
      });

      it('breaks node text by the Chinese rule: no line starts with ，。… or ends with （“…', () => {
        const svg = mapToSvg(map);
        const shown = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
        expect(shown.length).toBeGreaterThan(map.nodes.length);
        for (const l of shown) {
          expect(NO_LINE_START.includes(Array.from(l)[0] ?? ''), `「${l}」`).toBe(false);
          if (!l.endsWith('…')) expect(NO_LINE_END.includes(Array.from(l).at(-1) ?? ''), `「${l}」`).toBe(false);
        }
      });
    });
  }
});

describe('mapToSvg', () => {
  it('draws a long line in two lines of a node, cut with …, and the whole line in its tooltip', () => {
    const line = '李阿姨站在大厅中间，声音越来越大，旁边的客户都回过头来看着你们两个人。';
    const map: StoryMap = {
      complete: true,
      nodes: [
        { id: 'start', kind: 'start', label: '开始', knot: null },
        { id: 'k.0', kind: 'choice', label: line, knot: 'k', line },
        { id: 'end:x', kind: 'ending', label: '气消了', knot: null, band: { best: 'A', worst: 'B' } },
        { id: 'end:y', kind: 'ending', label: '没有等级段', knot: null, band: null },
      ],
      edges: [
        { from: 'start', to: 'k.0', option: -1, choice: 'start', text: '', why: '', value: 0, tone: 'flat' },
        { from: 'k.0', to: 'end:x', option: 0, choice: '1', text: '好', why: '', value: 1, tone: 'best' },
        { from: 'k.0', to: 'end:y', option: 1, choice: '2', text: '坏', why: '', value: -1, tone: 'worst' },
      ],
    };
    const svg = mapToSvg(map);
    const node = /<g class="node choice" data-node="k.0"[^]*?<\/g>/.exec(svg)?.[0] ?? '';
    expect(node.match(/<text /g)).toHaveLength(2);
    expect(node).toContain('>李阿姨站在大厅中间，声音越<');
    expect(node).toContain('…<');
    expect(node).toContain(`<title>${line}`);
    expect(svg).toContain('class="node ending" data-node="end:x" data-band="A"');
    expect(svg).toContain('等级 A–B');
    expect(svg).toContain('class="node ending" data-node="end:y" transform');
  });

  it('escapes text for XML', () => {
    const map: StoryMap = {
      complete: true,
      nodes: [
        { id: 'start', kind: 'start', label: '开始', knot: null },
        { id: 'k.0', kind: 'choice', label: 'k', knot: 'k' },
        { id: 'end:x', kind: 'ending', label: 'A <&> "B" \'C\'', knot: null },
      ],
      edges: [
        { from: 'start', to: 'k.0', option: -1, choice: 'start', text: '', why: '', value: 0, tone: 'flat' },
        { from: 'k.0', to: 'end:x', option: 0, choice: '3', text: '<b>&', why: 'a < b', value: 1, tone: 'best' },
      ],
    };
    const svg = mapToSvg(map, { title: 'T&<' });
    expect(svg).toContain('A &lt;&amp;&gt; &quot;B&quot; &apos;C&apos;');
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).toContain('a &lt; b');
    expect(svg).toContain('T&amp;&lt;');
    expect(svg).not.toMatch(/<&>|<b>/);
  });
});

describe('storyMap over a fixture', () => {
  const source = `${HEADER}开始。
-> counter

=== counter ===
王先生等着你开口。
* [您好，请问办什么业务？ # score: listen-first +2 # why: 主动招呼。]
  好的。 # ending: good 顺利
  -> END
* [（低头不理） # score: listen-first -2 # why: 冷漠。]
  王先生转身走了。
`;

  it('shows an option that runs out of content as a dead end', () => {
    const map = storyMap(compiledCase(source), catalogue);
    expect(map.nodes.find((n) => n.id === 'problem:dead-end')).toMatchObject({ kind: 'problem', label: '断头路' });
    expect(map.nodes.find((n) => n.id === 'end:good')).toMatchObject({ kind: 'ending', label: '顺利' });
    expect(map.edges.find((e) => e.to === 'problem:dead-end')).toMatchObject({ option: 1, tone: 'worst', text: '（低头不理）' });
    expect(map.edges.find((e) => e.to === 'end:good')?.tone).toBe('best');
    expect(mapToSvg(map)).toContain('data-node="problem:dead-end"');
  });
});

describe('choice points whose options come and go', () => {
  it('stay one node, and each option keeps its own edge and text', () => {
    const c = compiledCase(`${HEADER}开始。
-> hub
=== hub ===
王先生在等。
* [问候 # score: listen-first +1 # why: a]
  -> hub
* [解释 # score: listen-first +2 # why: b]
  -> hub
* [离开 # score: listen-first -2 # why: c]
  好。 # ending: out 离开
  -> END
`);
    const map = storyMap(c, inkBuild().catalogue);
    expect(map.nodes.filter((n) => n.kind === 'choice').map((n) => n.id)).toEqual(['hub.0']);
    const fromHub = map.edges.filter((e) => e.from === 'hub.0');
    expect(new Set(fromHub.map((e) => e.text))).toEqual(new Set(['问候', '解释', '离开']));
    const textByChoice = new Map<string, Set<string>>();
    for (const e of fromHub) textByChoice.set(e.choice, (textByChoice.get(e.choice) ?? new Set()).add(e.text));
    for (const texts of textByChoice.values()) expect(texts.size).toBe(1);
    expect(fromHub.find((e) => e.text === '离开')?.to).toBe('end:out');
  });
});
