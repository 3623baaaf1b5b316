/**
 * Issue 8, faults 8 and 9: the new-case dialog's checks, and what the Studio says about ink
 * without this project's header.
 */
import { describe, expect, it } from 'vitest';
import { foreignNote, missingHeader } from '../../src/studio/foreign';
import { nextBankNumber, newCaseProblem } from '../../src/studio/newCase';

describe('newCaseProblem', () => {
  const used = new Map([[4, 'angry-customer.ink']]);
  const exists = (name: string): boolean => name === 'angry-customer.ink';
  it('accepts a title, a free number and a new file name', () => {
    expect(newCaseProblem({ title: '存折挂失', number: '21', id: 'passbook-lost' }, used, exists)).toBeNull();
  });
  it('says in Chinese what to change', () => {
    expect(newCaseProblem({ title: ' ', number: '21', id: 'a' }, used, exists)).toBe('请填写案例标题。');
    expect(newCaseProblem({ title: 'T', number: '0', id: 'a' }, used, exists)).toContain('1 以上的整数');
    expect(newCaseProblem({ title: 'T', number: '2.5', id: 'a' }, used, exists)).toContain('整数');
    expect(newCaseProblem({ title: 'T', number: '4', id: 'a' }, used, exists)).toBe('本行案例 4 已经是 angry-customer.ink，请换一个序号。');
    expect(newCaseProblem({ title: 'T', number: '21', id: 'Passbook' }, used, exists)).toContain('小写字母');
    expect(newCaseProblem({ title: 'T', number: '21', id: 'angry-customer' }, used, exists)).toContain('已经存在');
  });
});

describe('nextBankNumber', () => {
  it('offers 1 + the largest bank case number, 1 when there is none (as npm run ink:new)', () => {
    expect(nextBankNumber(new Map())).toBe(1);
    expect(nextBankNumber(new Map([[1, 'a.ink'], [4, 'b.ink']]))).toBe(5);
  });
});

describe('foreign ink', () => {
  it('lists the header tags a story lacks, and says nothing about a case', () => {
    expect(missingHeader('VAR x = 1\n-> start\n=== start ===\nHello\n-> END\n')).toEqual(['case', 'title', 'number', 'principles', 'setting', 'customer', 'essence', 'advice']);
    expect(missingHeader('# title: 外来\n# number：3\n正文')).toEqual(['case', 'principles', 'setting', 'customer', 'essence', 'advice']);
    expect(foreignNote('# case: a\n正文', { diagnostics: [] }, true)).toBeNull();
  });
  it('says what is missing, whether it plays, and prefers the checker’s own note', () => {
    const note = foreignNote('Hello\n-> END\n', { diagnostics: [] }, true) ?? '';
    expect(note).toContain('缺少 # case:、# title:');
    expect(note).toContain('试玩、分支地图和场景列表照常可用');
    expect(foreignNote('Hello', { diagnostics: [] }, false)).toContain('它有编译错误');
    const fromChecker = { diagnostics: [], note: '检查器的说明。' };
    expect(foreignNote('Hello', fromChecker, null)).toMatch(/^检查器的说明。要把它做成案例/);
  });
});
