/**
 * Compiles ink source with inkjs's compiler and reports every problem in ink's own shape:
 * `ERROR: 'file.ink' line N: message`. File access goes through a small handler so the same
 * code runs in Node (build, CLI) and in the browser (Studio).
 */
import * as inkFull from 'inkjs/full';
import { Compiler, CompilerOptions } from 'inkjs/full';
import { readOutline, type InkOutline } from './inkOutline';
import { explainInkMessage, projectDiag } from './inkMessages';
import { fullWidthFindings } from './fullWidth';
import { inkName, inkSources } from './inkSources';

/**
 * inkjs builds the set of characters allowed in names (ASCII plus every CJK and other Unicode
 * range it lists, tens of thousands of characters) afresh for every parser, and it makes one
 * parser per file per compile: about a fifth of compile time when the checker compiles twenty
 * cases. The set is only read (ParseCharactersFromCharSet), so one built set serves every parser.
 */
function shareIdentifierCharSet(): void {
  // InkParser is exported by inkjs/full but not declared in its types.
  const proto = (inkFull as unknown as { InkParser?: { prototype: object } }).InkParser?.prototype;
  if (proto === undefined) return;
  const own = Object.getOwnPropertyDescriptor(proto, 'identifierCharSet');
  if (own?.get === undefined) return; // another inkjs layout: keep its own behaviour
  let shared: unknown = null;
  Object.defineProperty(proto, 'identifierCharSet', {
    configurable: true,
    get(this: object): unknown {
      shared ??= own.get?.call(this);
      return shared;
    },
  });
}
shareIdentifierCharSet();

export interface InkFiles {
  /** Returns the text of an ink file by its name relative to the ink folder, or null if missing. */
  read(name: string): string | null;
  /**
   * How a file's bytes were decoded, when it was not UTF-8 (`gb18030`: saved as “ANSI” by a
   * Chinese Windows editor). Absent or undefined for UTF-8 and for text handed over as text.
   */
  encodingOf?(name: string): InkEncoding | undefined;
}

/** Encodings the ink reader accepts besides UTF-8 (src/authoring/inkSources.ts). */
export type InkEncoding = 'utf-16' | 'gb18030';

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
  /** For a message from the ink compiler: its own English words, as inklecate and Inky print them. */
  readonly inkMessage?: string;
}

export type CompileResult =
  | { readonly ok: true; readonly json: string; readonly diagnostics: readonly InkDiagnostic[]; readonly outline: InkOutline; readonly syntaxErrors: false }
  | {
      readonly ok: false;
      readonly diagnostics: readonly InkDiagnostic[];
      /** What ink could parse (null when the file itself is missing). */
      readonly outline: InkOutline | null;
      /** True when ink stopped at syntax errors: it has not yet looked for the problems that come after parsing (diverts, variables). */
      readonly syntaxErrors: boolean;
    };

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
  const at = m[2] === undefined ? file : (inkName(m[2]) ?? m[2]);
  return make(severity, at, Number(m[3]), (m[4] ?? '').trim());
}

function make(severity: InkDiagnostic['severity'], file: string, line: number, message: string): InkDiagnostic {
  const label = severity === 'error' ? 'ERROR' : severity === 'warning' ? 'WARNING' : 'TODO';
  return { severity, file, line, message, text: `${label}: '${file}' line ${line}: ${message}` };
}

/** Marks a file the handler could not find; ink wraps it as "Failed to load: 'name'". */
const MISSING = 'missing';

/**
 * Compiles `file` (a name understood by `files`), following INCLUDEs through the same reader
 * (src/authoring/inkSources.ts: names relative to the ink folder, BOM and CRLF handled). Every
 * message comes back in Chinese with a code and a fix hint (src/authoring/inkMessages.ts), the
 * compiler's English kept in `inkMessage`. Never throws for the author's ink.
 */
export function compileInk(file: string, files: InkFiles, options: { countAllVisits?: boolean } = {}): CompileResult {
  const sources = inkSources(files);
  const root = inkName(file) ?? file;
  const source = sources.read(root);
  if (source === null) {
    return { ok: false, diagnostics: [projectDiag('error', root, 1, `找不到文件“${root}”`, 'file-missing')], outline: null, syntaxErrors: false };
  }
  const raw: { message: string; parsing: boolean }[] = [];
  const included: string[] = [];
  let compiler: Compiler | null = null;
  /** True while ink is still parsing: the parsed story is not there yet. */
  const parsing = (): boolean => {
    if (compiler === null) return true;
    try {
      // The getter throws until ink has finished parsing.
      return typeof compiler.parsedStory !== 'object';
    } catch {
      return true;
    }
  };
  const handler = {
    ResolveInkFilename: (name: string): string => inkName(name) ?? name,
    LoadInkFileContents: (name: string): string => {
      included.push(inkName(name) ?? name);
      const text = sources.read(name);
      if (text === null) throw new Error(MISSING);
      return text;
    },
  };
  const compilerOptions = new CompilerOptions(root, [], options.countAllVisits ?? false, (message: string) => raw.push({ message, parsing: parsing() }), handler);
  compiler = new Compiler(source, compilerOptions);
  let json: string | null = null;
  try {
    const story = compiler.Compile();
    const out = story.ToJson();
    json = typeof out === 'string' ? out : null;
  } catch (e) {
    // Compile() throws "Compilation failed." after reporting through the handler; anything else
    // is an internal error of the compiler. Never print the stack: inkjs's is huge.
    const message = e instanceof Error ? e.message : String(e);
    if (!/Compilation failed/.test(message)) raw.push({ message: `ERROR: '${root}' line 1: ${message}`, parsing: parsing() });
  }
  let outline: InkOutline | null;
  try {
    outline = readOutline(compiler.parsedStory, root);
  } catch {
    outline = null;
  }
  const context = { flows: outline?.flows.map((f) => f.name) ?? [], variables: outline?.variables ?? [], labels: choiceLabels(outline) };
  const parsed = raw.map((r) => ({ ...r, d: parseInkMessage(r.message, root) }));
  const syntaxErrors = parsed.some((r) => r.parsing && r.d.severity === 'error');
  // Full-width characters typed where ink syntax goes come first: they are the cause of what
  // ink reports after them (or of a line shown as narration, which ink does not report at all).
  const fullWidth = [...new Set([root, ...included])].flatMap((name) => fullWidthFindings(name, sources.read(name) ?? ''));
  const diagnostics = dedupe([...fullWidth, ...parsed.map((r) => explainInkMessage(r.d, context))]);
  // Files ink read that were not saved as UTF-8: read anyway, and said.
  for (const name of [root, ...included]) {
    const enc = sources.encodingOf?.(name);
    if (enc === 'gb18030') diagnostics.push(projectDiag('warning', name, 1, '这个文件不是 UTF-8 编码（看起来是记事本“ANSI”保存的 GBK/GB18030），已按 GB18030 读取', 'file-encoding'));
  }
  if (json === null || outline === null || diagnostics.some((d) => d.severity === 'error')) {
    if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(projectDiag('error', root, 1, '编译失败', 'compile-failed'));
    return { ok: false, diagnostics, outline, syntaxErrors };
  }
  return { ok: true, json, diagnostics, outline, syntaxErrors: false };
}

/** Labelled choices as a read count names them: `knot.label` (`knot.stitch.label` in a stitch). */
function choiceLabels(outline: InkOutline | null): string[] {
  if (outline === null) return [];
  const out: string[] = [];
  for (const c of outline.choices) {
    if (c.label === null) continue;
    const flow = outline.flows.filter((f) => f.file === c.file && f.line <= c.line).at(-1);
    out.push(flow === undefined ? c.label : `${flow.name}.${c.label}`);
  }
  return out;
}

function dedupe(list: InkDiagnostic[]): InkDiagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => (seen.has(d.text) ? false : (seen.add(d.text), true)));
}

/**
 * Where each knot (and function) starts: name → `file.ink line N`, read from the compiler's parse
 * (so INCLUDEd files, subfolders and any identifier ink accepts are covered). Used to point an
 * author at the source of a runtime error (compiled JSON carries no line numbers).
 */
export function knotLines(outline: InkOutline | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of outline?.flows ?? []) if (!f.name.includes('.')) out[f.name] = `${f.file} line ${f.line}`;
  return out;
}
