/** Which meters a story reads for a consequence (src/authoring/meterUse.ts). */
import { expect, it } from 'vitest';
import { metersRead } from '../../src/authoring/meterUse';
import { compileSource, HEADER } from '../fixtures/inkFixtures';

const bare = HEADER.replace(/\{ trust < 0:[^\n]*\n/, '');

it.each([
  ['a condition', '{ trust > 5: 高 }\n-> END\n', ['trust']],
  ['a divert chosen by it', '{ trust >= 60: -> good | -> END }\n=== good ===\n好。\n-> END\n', ['trust']],
  ['only changes (+=, x = x - n)', '~ trust += 3\n~ trust = trust - 1\n~ trust -= 2\n-> END\n', []],
  ['only printing it', '信任是 {trust}。\n-> END\n', []],
  ['a change by another meter', '~ trust = trust + crowd\n-> END\n', ['crowd']],
])('%s', (_what, body, expected) => {
  const r = compileSource('x.ink', bare + body);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.text).join('\n'));
  expect([...metersRead(r.json, ['trust', 'crowd'])].sort()).toEqual(expected);
});
