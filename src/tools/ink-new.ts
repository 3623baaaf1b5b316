/**
 * npm run ink:new -- <case-id> [案例序号]
 * Creates ink/<case-id>.ink from ink/_template.ink (which passes the checker), so a trainer
 * starts from a working case. Refuses to overwrite an existing file.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inkFiles } from '../build/inkFolder';

/** ink/, or the folder named by INK_DIR (as vite.config.ts reads it). */
const INK_DIR = resolve(process.env['INK_DIR'] ?? resolve(import.meta.dirname, '../../ink'));

function main(argv: string[]): number {
  const [id, numberArg] = argv;
  if (id === undefined || !/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(id)) {
    console.error('用法：npm run ink:new -- <案例编号> [课件案例序号]\n案例编号用小写字母、数字和连字符，例如 npm run ink:new -- atm-card-stuck 19');
    return 2;
  }
  const target = resolve(INK_DIR, `${id}.ink`);
  if (existsSync(target)) {
    console.error(`ink/${id}.ink 已经存在，没有覆盖。`);
    return 1;
  }
  const number = numberArg !== undefined && /^\d+$/.test(numberArg) ? numberArg : '0';
  const text = (inkFiles(INK_DIR).read('_template.ink') ?? '')
    .replace(/^# case: .*$/m, `# case: ${id}`)
    .replace(/^# number: .*$/m, `# number: ${number}`);
  writeFileSync(target, text);
  console.log(`已创建 ink/${id}.ink。改好内容后运行 npm run ink:check -- ${id}.ink 检查；它会自动出现在案例板上。`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
