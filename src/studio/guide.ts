/**
 * The trainers' guide (docs/authoring.md) as a page of the built site, so the Studio can link to
 * it from any static host: the Markdown is bundled as text and rendered here with `marked`.
 * Headings get GitHub-style ids, so the guide's own table of contents and links into it work.
 */
import { Marked } from 'marked';
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

export function renderGuide(markdown: string): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        return `<h${depth} id="${headingId(text)}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

export function showGuide(root: HTMLElement | null): void {
  if (root === null) return;
  root.innerHTML = renderGuide(source);
  // The page was opened at an anchor before the headings existed: go there now.
  const target = decodeURIComponent(window.location.hash.slice(1));
  if (target !== '') document.getElementById(target)?.scrollIntoView();
}
