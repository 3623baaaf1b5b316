/**
 * One way of reading ink (src/authoring/inkSources.ts) for the CLI, the build and the Studio's
 * worker: a case that INCLUDEs a part from a subfolder, saved with a UTF-8 byte-order mark and
 * Windows line endings, gives the same findings, at the same files and lines, through all three.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { InkDiagnostic } from '../../src/authoring/compile';
import { bundledInkName, inkFilesFromRecord, inkName, inkText } from '../../src/authoring/inkSources';
import { buildInk, InkBuildError } from '../../src/build/buildInk';
import { inkFiles } from '../../src/build/inkFolder';
import { handleCheckRequest } from '../../src/studio/checkHandler';
import { INK_DIR } from '../inkBuild';

const ROOT = resolve(import.meta.dirname, '../..');
const BOM = '\uFEFF';
const crlf = (s: string): string => s.replace(/\n/g, '\r\n');

describe('names and text', () => {
  it('spells every name one way, relative to the ink folder, and refuses names that leave it', () => {
    expect(inkName('parts/opening.ink')).toBe('parts/opening.ink');
    expect(inkName('./parts/../parts/opening.ink')).toBe('parts/opening.ink');
    expect(inkName('parts\\opening.ink')).toBe('parts/opening.ink');
    expect(inkName(' common.ink ')).toBe('common.ink');
    for (const bad of ['../secret.ink', '/etc/passwd', 'C:\\x.ink', '', 'parts/../..']) expect(inkName(bad), bad).toBeNull();
    expect(bundledInkName('../../ink/parts/opening.ink', '../../ink')).toBe('parts/opening.ink');
    expect(bundledInkName('../../ink/closing-time.ink', '../../ink/')).toBe('closing-time.ink');
    expect(bundledInkName('../../docs/x.ink', '../../ink/')).toBeNull();
  });

  it('drops a byte-order mark (UTF-8 or UTF-16) and turns CRLF and CR into LF', () => {
    expect(inkText(`${BOM}甲\r\n乙\r丙\n`)).toBe('甲\n乙\n丙\n');
    expect(inkText(new Uint8Array([0xef, 0xbb, 0xbf, 0xe7, 0x94, 0xb2, 0x0d, 0x0a]))).toBe('甲\n');
    expect(inkText(new Uint8Array([0xff, 0xfe, 0x32, 0x75, 0x0d, 0x00, 0x0a, 0x00]))).toBe('甲\n');
    expect(inkText(new Uint8Array([0xfe, 0xff, 0x75, 0x32]))).toBe('甲');
  });
});

/** The template, split: its first scene moves to parts/opening.ink; a mistake planted in each file. */
function splitCase(): { main: string; part: string } {
  const template = readFileSync(join(INK_DIR, '_template.ink'), 'utf8')
    .replace(/^# case: .*$/m, '# case: split-case')
    // A case of its own words (the template's are a warning in any other case: template-text).
    .replace(/^# title: .*$/m, '# title: 分成两个文件的案例')
    .replace(/^# summary: .*$/m, '# summary: 王先生赶时间，柜员先招呼他。')
    .replace(/^# essence: .*$/m, '# essence: 客户着急时，先接住他的急。')
    .replace(/^# advice: .*$/m, '# advice: 先招呼，再办事。');
  const at = template.indexOf('=== opening ===');
  const end = template.indexOf('=== waiting ===');
  const opening = template.slice(at, end);
  const main = template.slice(0, at).replace('INCLUDE common.ink', 'INCLUDE common.ink\nINCLUDE parts/opening.ink') + template.slice(end);
  return {
    // A misspelt principle in the main file (after CRLF lines, so its line number must be right).
    main: main.replace('# score: their-urgency-first +2', '# score: their-urgncy-first +2'),
    // A choice with no explanation in the part.
    part: opening.replace(/ # why: 先放下手头的事[^\]]*\]/, ']'),
  };
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function inkFolder(withPart: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'ink-src-'));
  dirs.push(dir);
  for (const f of ['common.ink', 'principles.ink']) copyFileSync(join(INK_DIR, f), join(dir, f));
  const { main, part } = splitCase();
  writeFileSync(join(dir, 'split-case.ink'), BOM + crlf(main));
  if (withPart) {
    mkdirSync(join(dir, 'parts'));
    writeFileSync(join(dir, 'parts', 'opening.ink'), BOM + crlf(part));
  }
  return dir;
}

/** Every file under `dir` as the Studio page sends it: raw text (BOM, CRLF kept) by its name in the folder. */
function asStudioSends(dir: string, sep: '/' | '\\' = '/'): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split(/[\\/]/).join(sep)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const shape = (list: readonly InkDiagnostic[]): string[] => list.map((d) => d.text).sort();

function viaCli(dir: string): string[] {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/tools/ink-check.ts', '--json', 'split-case.ink'], {
    cwd: ROOT,
    env: { ...process.env, INK_DIR: dir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  return shape((JSON.parse(r.stdout) as { diagnostics: InkDiagnostic[] }).diagnostics);
}

function viaBuild(dir: string): string[] {
  try {
    return shape(buildInk(dir, ['split-case.ink']).diagnostics);
  } catch (e) {
    if (e instanceof InkBuildError) return shape(e.diagnostics);
    throw e;
  }
}

function viaWorker(dir: string, sep: '/' | '\\' = '/'): string[] {
  const res = handleCheckRequest({ id: 1, files: asStudioSends(dir, sep), file: 'split-case.ink' });
  expect(res.failure).toBeNull();
  return shape(res.diagnostics);
}

describe('INCLUDE from a subfolder, BOM and CRLF', () => {
  it('gives the same findings through the CLI, the build and the Studio’s worker', { timeout: 60_000 }, () => {
    const dir = inkFolder(true);
    const worker = viaWorker(dir);
    const { main, part } = splitCase();
    const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(worker).toEqual([
      `ERROR: 'parts/opening.ink' line ${lineOf(part, '请先跟我说说')}: 选项缺少 # why: 解释（写在方括号里），复盘时要向学员说明（choice-unexplained）`,
      expect.stringMatching(new RegExp(`^ERROR: 'split-case\\.ink' line ${lineOf(main, 'their-urgncy-first')}: 未知原则编号“their-urgncy-first”。你是不是想写 their-urgency-first？`)),
    ]);
    expect(viaBuild(dir)).toEqual(worker);
    expect(viaCli(dir)).toEqual(worker);
    // Windows-style names from the page read the same.
    expect(viaWorker(dir, '\\')).toEqual(worker);
  });

  it('reads the case without its mistakes cleanly everywhere, and the worker returns a playable story', () => {
    const dir = inkFolder(true);
    const files = asStudioSends(dir);
    const clean = splitCase();
    files['split-case.ink'] = BOM + crlf(clean.main.replace('their-urgncy-first', 'their-urgency-first'));
    files['parts/opening.ink'] = BOM + crlf(readFileSync(join(INK_DIR, '_template.ink'), 'utf8').slice(...bounds()));
    const res = handleCheckRequest({ id: 2, files, file: 'split-case.ink' });
    expect(res.diagnostics.map((d) => d.text)).toEqual([]);
    expect(res.compiled?.knots['opening']).toBe('parts/opening.ink line 1');
    expect(res.knotNames).toContain('opening');
  });

  it('names a missing INCLUDE once, in Chinese, with no doubled “Error:” prefix', () => {
    const dir = inkFolder(false);
    const texts = viaWorker(dir);
    // The INCLUDE line comes right after the template's `INCLUDE common.ink`.
    const includeLine = readFileSync(join(INK_DIR, '_template.ink'), 'utf8').split('\n').indexOf('INCLUDE common.ink') + 2;
    expect(texts).toContainEqual(expect.stringMatching(new RegExp(`^ERROR: 'split-case\\.ink' line ${includeLine}: INCLUDE 的文件“parts/opening\\.ink”找不到.*（include-missing）$`)));
    for (const t of texts) expect(t).not.toMatch(/Error:\s*Error/);
    expect(viaBuild(dir)).toEqual(texts);
  });

  it('reads files on disk through the same reader as files in memory', () => {
    const dir = inkFolder(true);
    const disk = inkFiles(dir);
    const memory = inkFilesFromRecord(asStudioSends(dir));
    for (const name of ['split-case.ink', 'parts/opening.ink', './parts/opening.ink', 'common.ink']) {
      expect(disk.read(name), name).toBe(memory.read(name));
      expect(disk.read(name)?.includes('\r')).toBe(false);
      expect(disk.read(name)?.charCodeAt(0)).not.toBe(0xfeff);
    }
    expect(disk.read('../principles.ink')).toBeNull();
  });
});

describe('a file saved as “ANSI” by a Chinese Windows editor (GBK)', () => {
  it('is read as GB18030 and the checker says to save it as UTF-8', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ink-gbk-'));
    dirs.push(dir);
    for (const f of ['common.ink', 'principles.ink']) copyFileSync(join(INK_DIR, f), join(dir, f));
    // “你好。” in GBK, then an end: foreign ink, so only warnings.
    const gbk = Uint8Array.from([0xc4, 0xe3, 0xba, 0xc3, 0xa1, 0xa3, 0x0d, 0x0a, ...Buffer.from('-> END\r\n')]);
    writeFileSync(join(dir, 'notepad.ink'), gbk);
    expect(inkFiles(dir).read('notepad.ink')).toBe('你好。\n-> END\n');
    const { diagnostics } = buildInk(dir, ['notepad.ink'], { keepGoing: true });
    expect(diagnostics.filter((d) => d.code === 'file-encoding').map((d) => d.text)).toEqual([
      "WARNING: 'notepad.ink' line 1: 这个文件不是 UTF-8 编码（看起来是记事本“ANSI”保存的 GBK/GB18030），已按 GB18030 读取（file-encoding）",
    ]);
  });
});

function bounds(): [number, number] {
  const t = readFileSync(join(INK_DIR, '_template.ink'), 'utf8');
  return [t.indexOf('=== opening ==='), t.indexOf('=== waiting ===')];
}
