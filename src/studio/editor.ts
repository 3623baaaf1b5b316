/** The ink editor: CodeMirror with line numbers, ink colouring, history, search and inline diagnostics. */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { bracketMatching } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { InkDiagnostic } from '../authoring/compile';
import { inkHighlight, inkLanguage } from './inkLanguage';

export class InkEditor {
  readonly view: EditorView;

  constructor(parent: HTMLElement, onChange: (text: string) => void) {
    this.view = new EditorView({
      parent,
      state: this.stateFor('', onChange),
    });
    this.onChange = onChange;
  }

  private readonly onChange: (text: string) => void;

  private stateFor(text: string, onChange: (text: string) => void): EditorState {
    return EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        bracketMatching(),
        highlightSelectionMatches(),
        inkLanguage,
        inkHighlight,
        lintGutter(),
        EditorView.lineWrapping,
        // No Tab binding: Tab leaves the editor as it leaves any field, so keyboard users are never
        // trapped in it (the page says so; indenting is Ctrl+] and Ctrl+[ from defaultKeymap).
        keymap.of([...defaultKeymap, ...historyKeymap, ...searchKeymap]),
        // tabindex: the editable area is in the Tab order anyway; saying so lets checkers (axe) see
        // that the editor's scroller is reachable from the keyboard.
        EditorView.contentAttributes.of({ 'aria-label': 'ink 源文件', 'aria-describedby': 'editor-keys', spellcheck: 'false', tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
      ],
    });
  }

  /** Replaces the document (opening another file); the undo history starts afresh. */
  load(text: string): void {
    this.view.setState(this.stateFor(text, this.onChange));
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Shows the findings for this file at their lines. */
  show(diagnostics: readonly InkDiagnostic[]): void {
    const doc = this.view.state.doc;
    const marks: Diagnostic[] = diagnostics
      .filter((d) => d.severity !== 'todo')
      .map((d) => {
        const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
        return { from: line.from, to: Math.max(line.from, line.to), severity: d.severity === 'error' ? 'error' : 'warning', message: d.message, source: d.code ?? 'ink' };
      });
    this.view.dispatch(setDiagnostics(this.view.state, marks));
  }

  goToLine(n: number): void {
    const doc = this.view.state.doc;
    const line = doc.line(Math.min(Math.max(1, n), doc.lines));
    this.view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
    this.view.focus();
  }

  /** The knot the cursor is in (for "play from here"). */
  knotAtCursor(): string | null {
    const doc = this.view.state.doc;
    for (let n = doc.lineAt(this.view.state.selection.main.head).number; n >= 1; n--) {
      const m = /^\s*={2,}\s*(?:function\s+)?([A-Za-z_]\w*)/.exec(doc.line(n).text);
      if (m?.[1] !== undefined) return m[1];
    }
    return null;
  }
}
