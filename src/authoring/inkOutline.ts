/**
 * What the checker needs from a story, read from the ink compiler's own parse (its parsed
 * object tree and debug metadata) rather than from the text line by line: so whatever ink
 * accepts — a choice label on its own line, tags on the line after, choices inside conditionals,
 * `* text[more]` — the checker reads the same way ink does.
 *
 * The tree comes from `inkjs/full`'s Compiler.parsedStory. Its classes are minified in the
 * bundle, so nodes are read by their `typeName` and fields, never by `instanceof`. The parse is
 * available after a syntax error too (ink recovers line by line), which lets the checker still
 * name knots for a divert typo.
 */
import { inkName } from './inkSources';

/** Where a tag is written, as ink reads it. */
export type TagPlace =
  /** The file's global tags: before anything else in the root file (and before INCLUDE). */
  | 'header'
  /** On a line of text, a gather, or a knot's first line. */
  | 'line'
  /** Part of a choice: in its brackets, or anywhere in a choice written without brackets. */
  | 'choice'
  /** After a choice's closing bracket on its own line: ink prints it with the line the choice prints. */
  | 'after-choice';

export interface OutlineTag {
  /** The tag's text after `#`, trimmed (the static part only when `dynamic`). */
  readonly raw: string;
  /** True when the tag contains inline logic (`# speaker: {who}`): its value is known only at run time. */
  readonly dynamic: boolean;
  readonly file: string;
  readonly line: number;
  readonly place: TagPlace;
  /** Index into `choices` for 'choice' and 'after-choice' tags. */
  readonly choice: number | null;
  /** Tags written together (no text or line break between them) share a run number: `# ending: … # band: …`. */
  readonly run: number;
}

export interface OutlineChoice {
  readonly file: string;
  /** The line of the choice's bullet (`*` or `+`). */
  readonly line: number;
  /** The label in `( )`, if any. */
  readonly label: string | null;
  /** The option's text as the trainee sees it (before and inside `[ ]`), or null when it has inline logic. */
  readonly text: string | null;
  /** Text before `[` or, with no brackets, the whole text: ink prints it again after the pick. */
  readonly echoed: string;
  /** True when the choice has no `[ ]`: its whole text is printed again as the next line. */
  readonly bracketless: boolean;
  /** A fallback choice (`* -> knot`): never shown, taken when nothing else is on offer. */
  readonly fallback: boolean;
}

export interface OutlineFlow {
  /** `knot` or `knot.stitch`. */
  readonly name: string;
  readonly file: string;
  readonly line: number;
  readonly isFunction: boolean;
}

export interface InkOutline {
  readonly tags: readonly OutlineTag[];
  readonly choices: readonly OutlineChoice[];
  /** Knots, stitches and functions, in source order. */
  readonly flows: readonly OutlineFlow[];
  /** Global variables and constants declared with VAR / CONST / LIST. */
  readonly variables: readonly string[];
}

/** The fields of a parsed ink object this module reads. */
interface Node {
  readonly typeName: string;
  readonly content?: readonly Node[] | null;
  readonly debugMetadata?: { readonly fileName: string | null; readonly startLineNumber: number } | null;
  readonly text?: string;
  readonly isStart?: boolean;
  readonly name?: string | null;
  readonly isFunction?: boolean;
  readonly variableName?: string;
  readonly isGlobalDeclaration?: boolean;
  readonly startContent?: Node | null;
  readonly choiceOnlyContent?: Node | null;
  readonly innerContent?: Node | null;
  readonly hasWeaveStyleInlineBrackets?: boolean;
  readonly isInvisibleDefault?: boolean;
}

interface OpenTag {
  text: string;
  dynamic: boolean;
  file: string;
  line: number;
  /** The run the tag started in: a tag closed later (after a conditional) still belongs with the tags beside it. */
  run: number;
}

interface ChoiceBuild {
  file: string;
  line: number;
  label: string | null;
  start: string;
  only: string;
  dynamic: boolean;
  bracketless: boolean;
  fallback: boolean;
}

/**
 * Reads tags, choices, flows and variables from a parsed story. `rootFile` names the compiled
 * file (debug metadata of included files carries the INCLUDE name, normalised here).
 */
export function readOutline(parsedStory: unknown, rootFile: string): InkOutline {
  const tags: OutlineTag[] = [];
  const choices: ChoiceBuild[] = [];
  const flows: OutlineFlow[] = [];
  const variables: string[] = [];
  /**
   * The tags being read. Several at once when branches of a conditional left different tags
   * open: ink closes a tag at the end of its line, so `{c: a # ending: x | b # ending: y}` has
   * each branch's tag closed after the conditional.
   */
  let open: OpenTag[] = [];
  let run = 0;
  let headerOpen = true;
  let weaveDepth = 0;
  let place: TagPlace = 'line';
  let choice: number | null = null;
  /** Where the text outside tags goes while walking a choice's parts. */
  let textSink: ((s: string) => void) | null = null;
  let dynamicSink: (() => void) | null = null;

  const where = (n: Node): { file: string; line: number } => {
    const dm = n.debugMetadata ?? null;
    return { file: dm?.fileName == null ? rootFile : (inkName(dm.fileName) ?? dm.fileName), line: dm?.startLineNumber ?? 1 };
  };
  const closeHeader = (): void => {
    headerOpen = false;
  };

  const visit = (n: Node): void => {
    switch (n.typeName) {
      case 'Tag': {
        if (n.isStart === true) {
          open = [{ text: '', dynamic: false, run, ...where(n) }];
          return;
        }
        const closing = open;
        open = [];
        const p: TagPlace = headerOpen && place === 'line' && closing.every((t) => t.file === rootFile) ? 'header' : place;
        const seen = new Set<string>();
        for (const t of closing) {
          const key = `${t.line} ${t.text}`;
          if (seen.has(key)) continue;
          seen.add(key);
          tags.push({ raw: t.text.trim(), dynamic: t.dynamic, file: t.file, line: t.line, place: p, choice: p === 'choice' || p === 'after-choice' ? choice : null, run: t.run });
        }
        return;
      }
      case 'Text': {
        const s = n.text ?? '';
        if (open.length > 0) {
          for (const t of open) t.text += s;
          return;
        }
        if (s.trim() !== '') {
          closeHeader();
          run++;
        }
        if (s.includes('\n')) {
          run++;
          // A choice's own line ends at its first line break: later tags belong to later lines.
          if (place === 'after-choice') place = 'line';
        }
        textSink?.(s);
        return;
      }
      case 'Choice': {
        closeHeader();
        run++;
        visitChoice(n);
        run++;
        return;
      }
      case 'Knot':
      case 'Stitch':
      case 'Function': {
        closeHeader();
        const parent = flows.length > 0 && n.typeName !== 'Knot' && !isTopLevel(n) ? flows.filter((f) => !f.name.includes('.')).at(-1)?.name : undefined;
        const name = n.name ?? '';
        flows.push({ name: parent === undefined ? name : `${parent}.${name}`, isFunction: n.isFunction === true, ...where(n) });
        visitAll(n);
        return;
      }
      case 'VAR':
      case 'CONST':
      case 'LIST': {
        if (n.variableName !== undefined) variables.push(n.variableName);
        return;
      }
      case 'ContentList':
      case 'Weave':
      case 'Story':
      case 'Gather':
      case 'IncludedFile': {
        if (n.typeName === 'Gather' || n.typeName === 'Weave') run++;
        // An INCLUDE (its file's weave, nested in the root weave) ends the header.
        if (n.typeName === 'IncludedFile' || (n.typeName === 'Weave' && weaveDepth > 0)) closeHeader();
        if (n.typeName === 'Weave') weaveDepth++;
        visitAll(n);
        if (n.typeName === 'Weave') weaveDepth--;
        return;
      }
      case 'Conditional':
      case 'Sequence': {
        // Each branch is walked from the state before the conditional; tags a branch leaves
        // open are closed later, each on its own.
        closeHeader();
        dynamicSink?.();
        const before = open;
        const after: OpenTag[] = [];
        for (const branch of n.content ?? []) {
          if (n.typeName === 'Conditional' && branch.typeName !== 'ConditionalSingleBranch') continue;
          open = before.map((t) => ({ ...t }));
          const savedSink = textSink;
          textSink = null;
          visit(branch);
          textSink = savedSink;
          after.push(...open);
        }
        open = after;
        run++;
        return;
      }
      case 'ConditionalSingleBranch': {
        // Its own condition (`- x > 1:`) is logic, not text.
        for (const c of n.content ?? []) if (c.typeName === 'Weave' || c.typeName === 'ContentList') visit(c);
        return;
      }
      default: {
        // Logic and diverts: inside a tag they make it dynamic; in a choice's text they make
        // the text known only at run time. Their content is walked for the tags and choices
        // it holds.
        if (n.typeName !== 'Divert' && n.typeName !== 'Glue') closeHeader();
        if (open.length > 0) {
          for (const t of open) t.dynamic = true;
          return;
        }
        if (n.typeName !== 'Divert' && n.typeName !== 'Glue') dynamicSink?.();
        run++;
        const savedSink = textSink;
        textSink = null;
        visitAll(n);
        textSink = savedSink;
      }
    }
  };

  const visitAll = (n: Node): void => {
    for (const c of n.content ?? []) visit(c);
  };

  /** A stitch or function at the top of the story (outside any knot). */
  const isTopLevel = (n: Node): boolean => (n as { parent?: Node | null }).parent?.typeName === 'Story';

  const visitChoice = (n: Node): void => {
    const at = where(n);
    const c: ChoiceBuild = {
      ...at,
      label: n.name ?? null,
      start: '',
      only: '',
      dynamic: false,
      bracketless: n.hasWeaveStyleInlineBrackets !== true,
      fallback: n.isInvisibleDefault === true,
    };
    choices.push(c);
    const saved = { place, choice, textSink, dynamicSink };
    choice = choices.length - 1;
    dynamicSink = () => {
      c.dynamic = true;
    };
    place = 'choice';
    textSink = (s) => {
      c.start += s;
    };
    if (n.startContent != null) visit(n.startContent);
    textSink = (s) => {
      c.only += s;
    };
    if (n.choiceOnlyContent != null) visit(n.choiceOnlyContent);
    textSink = null;
    dynamicSink = null;
    place = 'after-choice';
    run++;
    if (n.innerContent != null) visit(n.innerContent);
    ({ place, choice, textSink, dynamicSink } = saved);
  };

  visit(parsedStory as Node);
  return {
    tags,
    choices: choices.map((c) => {
      const text = `${c.start}${c.only}`.replace(/\s+/g, ' ').trim();
      const echoed = c.start.replace(/\s+/g, ' ').trim();
      return {
        file: c.file,
        line: c.line,
        label: c.label,
        text: c.dynamic || c.fallback ? null : text,
        echoed,
        bracketless: c.bracketless && !c.fallback && echoed !== '',
        fallback: c.fallback,
      };
    }),
    flows,
    variables,
  };
}
