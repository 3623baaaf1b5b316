/** The PIN rule (src/core/pin.ts) shared by the game, the admin page and the server. */
import { describe, expect, it } from 'vitest';
import { cleanPin } from '../../src/core/pin';

describe('cleanPin', () => {
  it('folds full-width digits (a Chinese input method in full-width mode) and spaces to the ASCII PIN', () => {
    expect(cleanPin('１２３４')).toBe('1234');
    expect(cleanPin('１２３４５６７８')).toBe('12345678');
    expect(cleanPin(' 12 34 ')).toBe('1234');
    expect(cleanPin('１２\u3000３４')).toBe('1234');
    expect(cleanPin('12３４')).toBe('1234');
  });

  it('refuses anything that is not then 4 to 8 digits', () => {
    for (const bad of ['', '123', '１２３', '123456789', '12ab', '１２ａｂ', '١٢٣٤', '12.34', '-1234']) expect(cleanPin(bad), bad).toBeNull();
  });
});
