/**
 * The trainers' guide (docs/authoring.md) as a page of the built site, so the Studio can link to
 * it from any static host: the Markdown is bundled as text and rendered here with `marked`.
 * Headings get GitHub-style ids, so the guide's own table of contents and links into it work.
 */
import { Marked, type Tokens } from 'marked';
import source from '../../docs/authoring.md?raw';

/** GitHub's heading anchor: lower case, punctuation dropped (CJK kept), spaces to hyphens. */
export function headingId(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** CJK characters and full-width punctuation, between which a line break is no space. */
const CJK = '[\\u2e80-\\u9fff\\uff00-\\uffef\\u3000-\\u303f“”‘’]';
const CJK_BREAK = new RegExp(`(${CJK})\\n\\s*(?=${CJK})`, 'gu');

export function renderGuide(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    // The guide wraps its Chinese lines in the source; a browser would show each break as a space.
    walkTokens(token) {
      if (token.type !== 'text') return;
      const t = token as Tokens.Text;
      if (t.tokens === undefined || t.tokens.length === 0) t.text = t.text.replace(CJK_BREAK, '$1');
    },
    renderer: {
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${headingId(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  // Code blocks scroll sideways: keyboard users reach them with Tab.
  return marked.parse(markdown, { async: false }).replace(/<pre>/g, '<pre tabindex="0">');
}

export function showGuide(root: HTMLElement | null): void {
  if (root === null) return;
  root.innerHTML = renderGuide(source);
  // The page was opened at an anchor before the headings existed: go there now.
  const target = decodeURIComponent(window.location.hash.slice(1));
  if (target !== '') document.getElementById(target)?.scrollIntoView();
}
