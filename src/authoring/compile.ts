/**
 * Compiles ink source with inkjs's compiler and reports every problem in ink's own shape:
 * `ERROR: 'file.ink' line N: message`. File access goes through a small handler so the same
 * code runs in Node (build, CLI) and in the browser (Studio).
 */
import { Compiler, CompilerOptions } from 'inkjs/full';

export interface InkFiles {
  /** Returns the text of an ink file by its name relative to the ink folder, or null if missing. */
  read(name: string): string | null;
}

export interface InkDiagnostic {
  readonly severity: 'error' | 'warning' | 'todo';
  /** The project's own stable code (see docs/authoring.md); absent for ink's own messages. */
  readonly code?: string;
  /** How to fix it, for the project's own codes. */
  readonly hint?: string;
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** The diagnostic in ink's own shape, for editors and logs. */
  readonly text: string;
}

export type CompileResult =
  | { readonly ok: true; readonly json: string; readonly diagnostics: readonly InkDiagnostic[] }
  | { readonly ok: false; readonly diagnostics: readonly InkDiagnostic[] };

const SHAPE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?line (\d+):\s*([\s\S]*)$/;

/** Parses one message from inkjs into a diagnostic; messages without a location point at line 1 of `file`. */
export function parseInkMessage(message: string, file: string): InkDiagnostic {
  const m = SHAPE.exec(message.trim());
  if (m === null) {
    const severity = /^WARNING/.test(message) ? 'warning' : /^TODO/.test(message) ? 'todo' : 'error';
    const body = message.replace(/^(ERROR|WARNING|TODO):\s*/, '');
    return make(severity, file, 1, body);
  }
  const kind = m[1] ?? 'ERROR';
  const severity = kind.includes('WARNING') ? 'warning' : kind === 'TODO' ? 'todo' : 'error';
  return make(severity, m[2] ?? file, Number(m[3]), (m[4] ?? '').trim());
}

function make(severity: InkDiagnostic['severity'], file: string, line: number, message: string): InkDiagnostic {
  const label = severity === 'error' ? 'ERROR' : severity === 'warning' ? 'WARNING' : 'TODO';
  return { severity, file, line, message, text: `${label}: '${file}' line ${line}: ${message}` };
}

/** Compiles `file` (a name understood by `files`), following INCLUDEs through the same handler. */
export function compileInk(file: string, files: InkFiles, options: { countAllVisits?: boolean } = {}): CompileResult {
  const source = files.read(file);
  if (source === null) {
    return { ok: false, diagnostics: [make('error', file, 1, '找不到文件')] };
  }
  const messages: string[] = [];
  const handler = {
    ResolveInkFilename: (name: string): string => name,
    LoadInkFileContents: (name: string): string => {
      const text = files.read(name);
      if (text === null) throw new Error(`ERROR: '${file}' line 1: INCLUDE 的文件“${name}”不存在`);
      return text;
    },
  };
  const compilerOptions = new CompilerOptions(file, [], options.countAllVisits ?? false, (message: string) => messages.push(message), handler);
  const compiler = new Compiler(stripBom(source), compilerOptions);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    const out = story.ToJson();
    json = typeof out === 'string' ? out : null;
  } catch (e) {
    // Compile() throws "Compilation failed." after reporting through the handler; anything else
    // (a missing INCLUDE, an internal error) is reported here. Never print the stack: inkjs's is huge.
    const message = e instanceof Error ? e.message : String(e);
    if (!/Compilation failed/.test(message)) messages.push(message);
  }
  const diagnostics = dedupe(messages.map((m) => parseInkMessage(m, file)));
  if (json === null || diagnostics.some((d) => d.severity === 'error')) {
    if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(make('error', file, 1, '编译失败'));
    return { ok: false, diagnostics };
  }
  return { ok: true, json, diagnostics };
}

function dedupe(list: InkDiagnostic[]): InkDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)));
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

const KNOT = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_]\w*)/;
const INCLUDE = /^\s*INCLUDE\s+(\S+)/;

/**
 * Where each knot starts: knot name → `file.ink line N`, following INCLUDEs. Used to point an
 * author at the source of a runtime error (compiled JSON carries no line numbers).
 */
export function knotLines(file: string, files: InkFiles, seen: Set<string> = new Set()): Record<string, string> {
  if (seen.has(file)) return {};
  seen.add(file);
  const out: Record<string, string> = {};
  const text = files.read(file) ?? '';
  text.split(/\r?\n/).forEach((line, i) => {
    const knot = KNOT.exec(line)?.[1];
    if (knot !== undefined) out[knot] = `${file} line ${i + 1}`;
    const inc = INCLUDE.exec(line)?.[1];
    if (inc !== undefined) Object.assign(out, knotLines(inc, files, seen));
  });
  return out;
}
