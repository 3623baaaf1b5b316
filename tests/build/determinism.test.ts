/**
 * `npm run ink:check` gives byte-identical output whatever the machine is doing: once on a quiet
 * machine, once with both cores saturated by busy processes and every clock reading jumping ten
 * seconds. Every bound in the checker is a count, so nothing may differ.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const slowClock = resolve(root, 'tests/fixtures/clock/slow-clock.ts');
const busy: ChildProcess[] = [];
afterAll(() => {
  for (const p of busy) p.kill('SIGKILL');
});

function inkCheck(extraImports: string[]): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', ...extraImports.flatMap((m) => ['--import', m]), 'src/tools/ink-check.ts', '--json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  return r.stdout;
}

it('gives byte-identical findings on an idle machine and with both cores saturated and a crawling clock', { timeout: 120_000 }, () => {
  const idle = inkCheck([]);
  expect(JSON.parse(idle)).toHaveProperty('cases');
  for (let i = 0; i < 2; i++) busy.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  const loaded = inkCheck([`file://${slowClock}`]);
  expect(loaded).toBe(idle);
});
