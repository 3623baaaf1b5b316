/**
 * Why something the game needed did not arrive, in the trainee's terms. The browser's own words
 * (`Failed to fetch`, `Failed to fetch dynamically imported module: …`, `Unexpected token < in
 * JSON`) are English and name nothing a trainee can act on; they never reach the screen.
 * No Phaser, no DOM: unit-tested in Node.
 */

/** An answer that arrived but was not the file (HTTP status 4xx/5xx); thrown by the game's loaders. */
export class HttpFailure extends Error {
  constructor(readonly status: number) {
    super(`HTTP ${status}`);
    this.name = 'HttpFailure';
  }
}

const CJK = /[\u4e00-\u9fff]/;

/**
 * A short Chinese reason for a failed load, to go inside a sentence (no final full stop):
 * no answer at all (fetch and dynamic import reject with a TypeError) → the server cannot be
 * reached; an HTTP status → not found or a server fault, with the status; a file that does not
 * parse → damaged; an error already in Chinese → its message; anything else → unknown.
 */
export function loadFailureText(e: unknown): string {
  if (e instanceof HttpFailure) return e.status === 404 ? '服务器上没有找到这个文件（404）' : e.status >= 500 ? `服务器出错了（${e.status}）` : `服务器没有给出这个文件（${e.status}）`;
  if (e instanceof TypeError) return '连不上服务器，网络可能断开了';
  if (e instanceof SyntaxError) return '文件内容不完整或已损坏';
  if (e instanceof Error && CJK.test(e.message)) return e.message;
  return '原因不明';
}
