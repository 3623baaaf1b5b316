/**
 * What a trainee reads when a file the game needed did not arrive (src/game/loadFailure.ts): the
 * browser's English never, the reason in Chinese always.
 */
import { describe, expect, it } from 'vitest';
import { HttpFailure, loadFailureText } from '../../src/game/loadFailure';

describe('loadFailureText', () => {
  it('says the server cannot be reached when fetch or a dynamic import got no answer', () => {
    for (const message of ['Failed to fetch', 'Failed to fetch dynamically imported module: http://x/assets/caseRun.js', 'NetworkError when attempting to fetch resource.', 'Load failed']) {
      expect(loadFailureText(new TypeError(message)), message).toBe('连不上服务器，网络可能断开了');
    }
  });

  it('names an HTTP status in Chinese, a damaged file, and keeps a Chinese message; nothing English gets through', () => {
    expect(loadFailureText(new HttpFailure(404))).toBe('服务器上没有找到这个文件（404）');
    expect(loadFailureText(new HttpFailure(503))).toBe('服务器出错了（503）');
    expect(loadFailureText(new SyntaxError('Unexpected token < in JSON at position 0'))).toBe('文件内容不完整或已损坏');
    expect(loadFailureText(new Error('案例文件不完整'))).toBe('案例文件不完整');
    for (const e of [new Error('Story is null'), 'boom', null, { message: 'x' }]) {
      expect(loadFailureText(e)).toBe('原因不明');
    }
  });
});
