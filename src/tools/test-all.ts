/**
 * npm test: every check the project has, in order, with one summary at the end.
 *   system packages (Chromium, a CJK font) → type-check → lint → unit tests → build → end-to-end
 * Type-check, lint and build count as one test each; Vitest's counts come from its JSON report.
 * Ends with a plain line `N passed, N failed` and a non-zero exit if anything failed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const results = resolve(root, 'test-results');
mkdirSync(results, { recursive: true });
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', FORCE_COLOR: process.env['FORCE_COLOR'] ?? '1' };

let passed = 0;
let failed = 0;
const lines: string[] = [];

function run(title: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${title} ━━  ${command} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  const ok = r.status === 0;
  lines.push(`${ok ? 'ok  ' : 'FAIL'}  ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function single(title: string, command: string, args: string[]): boolean {
  const ok = run(title, command, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
}

function vitest(title: string, project: string): void {
  const out = resolve(results, `${project}.json`);
  const ok = run(title, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  if (!existsSync(out)) {
    failed++;
    lines.push(`      ${title}: no report (the runner did not start)`);
    return;
  }
  const report = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A run that failed outside any test (a broken file, a setup error) still counts as a failure.
  if (!ok && report.numFailedTests === 0) failed++;
  lines.push(`      ${report.numPassedTests} passed, ${report.numFailedTests} failed of ${report.numTotalTests}`);
}

if (!single('system packages for the browser tests', 'bash', ['src/tools/ensure-system-deps.sh'])) {
  console.error('Cannot install Chromium or a CJK font: the end-to-end tests will fail.');
}
single('type-check (strict)', 'npm', ['run', '-s', 'typecheck']);
single('lint', 'npx', ['eslint', '.']);
vitest('unit and content tests', 'unit');
if (single('build the game', 'npx', ['vite', 'build', '--logLevel', 'warn'])) vitest('end-to-end in headless Chromium', 'e2e');
else {
  failed++;
  lines.push('      end-to-end skipped: the build failed');
}

const summary = `${passed} passed, ${failed} failed`;
console.log(`\n━━ summary ━━\n${lines.join('\n')}\n\nscreenshots: test-results/*.png\n${summary}`);
writeFileSync(resolve(results, 'summary.txt'), `${summary}\n`);
process.exitCode = failed === 0 ? 0 : 1;
