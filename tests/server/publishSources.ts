/** Ink sources for publishing tests: a new case made from ink/_template.ink, as `npm run ink:new` makes it. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const INK = resolve(import.meta.dirname, '../../ink');
const ink = (name: string): string => readFileSync(join(INK, name), 'utf8');

/** A new case of the bank's own, as `npm run ink:new -- counter-queue` writes it (it passes the checker). */
export function newCaseSources(id = 'counter-queue', title = '排队的王先生'): Record<string, string> {
  const text = ink('_template.ink')
    .replace(/^# case: .*$/m, `# case: ${id}`)
    .replace(/^# title: .*$/m, `# title: ${title}`);
  return { [`${id}.ink`]: text, 'common.ink': ink('common.ink'), 'principles.ink': ink('principles.ink') };
}

