/**
 * npm run ink:new -- <case-id> [序号] [--deck]
 * Creates ink/<case-id>.ink from ink/_template.ink (which passes the checker), so a trainer
 * starts from a working case. Without --deck it is a case of the bank's own (`# origin: bank`),
 * numbered after the bank's existing cases unless a number is given; with --deck it is the deck's
 * case of that number (`# origin: deck`; its 精髓 and 忠告 must then be the deck's words).
 * Refuses to overwrite an existing file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inkFiles } from '../build/inkFolder';

/** ink/, or the folder named by INK_DIR (as vite.config.ts reads it). */
const INK_DIR = resolve(process.env['INK_DIR'] ?? resolve(import.meta.dirname, '../../ink'));

/** The next free number among the bank's own cases in ink/ (a case without # origin: is the bank's). */
function nextBankNumber(): number {
  let max = 0;
  for (const f of readdirSync(INK_DIR)) {
    if (!f.endsWith('.ink') || f.startsWith('_')) continue;
    const text = readFileSync(resolve(INK_DIR, f), 'utf8');
    if (!/^#\s*case:/m.test(text) || /^#\s*origin:\s*deck\s*$/m.test(text)) continue;
    const n = Number(/^#\s*number:\s*(\d+)/m.exec(text)?.[1] ?? 0);
    max = Math.max(max, n);
  }
  return max + 1;
}

function main(argv: string[]): number {
  const deck = argv.includes('--deck');
  const [id, numberArg] = argv.filter((a) => a !== '--deck');
  const usage = '用法：npm run ink:new -- <案例编号> [序号] [--deck]\n案例编号用小写字母、数字和连字符。本行自编的案例：npm run ink:new -- fraud-call（序号自动接在本行案例后面）；课件里的案例：npm run ink:new -- atm-card-stuck 19 --deck';
  if (id === undefined || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
    console.error(usage);
    return 2;
  }
  if (numberArg !== undefined && !/^\d+$/.test(numberArg)) {
    console.error(`序号要写数字（现在是“${numberArg}”）。\n${usage}`);
    return 2;
  }
  if (deck && numberArg === undefined) {
    console.error(`课件里的案例要写课件序号，例如 npm run ink:new -- ${id} 19 --deck`);
    return 2;
  }
  const target = resolve(INK_DIR, `${id}.ink`);
  if (existsSync(target)) {
    console.error(`ink/${id}.ink 已经存在，没有覆盖。`);
    return 1;
  }
  const number = numberArg ?? String(nextBankNumber());
  const text = (inkFiles(INK_DIR).read('_template.ink') ?? '')
    .replace(/^# case: .*$/m, `# case: ${id}`)
    .replace(/^# number: .*$/m, `# number: ${number}`)
    .replace(/^# origin: .*$/m, `# origin: ${deck ? 'deck' : 'bank'}`);
  writeFileSync(target, text);
  const label = deck ? `课件案例${number}（精髓和忠告请逐字换成课件原文）` : `本行案例 ${number}`;
  console.log(`已创建 ink/${id}.ink，${label}。改好内容后运行 npm run ink:check -- ${id}.ink 检查；它会自动出现在案例板上。`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
