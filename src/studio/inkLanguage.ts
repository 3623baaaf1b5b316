/** Syntax colouring for ink in CodeMirror: a small stream tokenizer, enough for writers to see structure. */
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from '@codemirror/language';
import { tags as t } from '@lezer/highlight';

interface InkState {
  inComment: boolean;
  inTag: boolean;
}

const parser: StreamParser<InkState> = {
  name: 'ink',
  startState: () => ({ inComment: false, inTag: false }),
  token(stream, state) {
    if (stream.sol()) state.inTag = false;
    if (state.inComment) {
      if (stream.skipTo('*/')) {
        stream.match('*/');
        state.inComment = false;
      } else stream.skipToEnd();
      return 'comment';
    }
    if (stream.match('/*')) {
      state.inComment = true;
      return 'comment';
    }
    if (stream.match('//')) {
      stream.skipToEnd();
      return 'comment';
    }
    if (state.inTag) {
      if (stream.eat(']')) {
        state.inTag = false;
        return 'bracket';
      }
      stream.next();
      return 'meta';
    }
    if (stream.sol()) {
      if (stream.match(/^\s*={2,}.*$/)) return 'heading';
      if (stream.match(/^\s*=\s*\w+/)) return 'heading';
      if (stream.match(/^\s*(INCLUDE|VAR|CONST|LIST|EXTERNAL)\b/)) return 'keyword';
      if (stream.match(/^\s*~/)) {
        stream.skipToEnd();
        return 'operator';
      }
      if (stream.match(/^\s*([*+]\s*)+/)) return 'keyword';
      if (stream.match(/^\s*(-\s*)+(?!>)/)) return 'keyword';
    }
    if (stream.match(/^->->?|^<-/)) {
      stream.match(/^\s*[\w.]*/);
      return 'link';
    }
    if (stream.eat('#')) {
      state.inTag = true;
      return 'meta';
    }
    if (stream.match(/^[{}|]/)) return 'brace';
    if (stream.match(/^[[\]]/)) return 'bracket';
    stream.next();
    return null;
  },
};

export const inkLanguage = StreamLanguage.define(parser);

export const inkHighlight = syntaxHighlighting(
  HighlightStyle.define([
    { tag: t.comment, color: '#8a8f98', fontStyle: 'italic' },
    { tag: t.heading, color: '#9f2a2a', fontWeight: 'bold' },
    { tag: t.keyword, color: '#1f6fd1', fontWeight: 'bold' },
    { tag: t.operator, color: '#7a4fb3' },
    { tag: t.link, color: '#0f7b6c', fontWeight: 'bold' },
    { tag: t.meta, color: '#b06a00' },
    { tag: t.brace, color: '#7a4fb3' },
    { tag: t.bracket, color: '#6b5d52' },
  ]),
);
