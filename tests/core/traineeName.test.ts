/**
 * One name rule for the welcome screen and the leaderboard server (core traineeName.ts): what is
 * kept, and what is refused before a trainee plays rather than after.
 */
import { expect, it } from 'vitest';
import { cleanTraineeName, TRAINEE_NAME_MAX, traineeNameKey } from '../../src/core';

it('keeps names of any script with the separators names use, tidied', () => {
  expect(cleanTraineeName('王晓明')).toBe('王晓明');
  expect(cleanTraineeName('  欧阳·娜娜 ')).toBe('欧阳·娜娜');
  expect(cleanTraineeName('Anna-Lena   O.')).toBe('Anna-Lena O.');
  expect(cleanTraineeName('阿依古丽・买买提')).toBe('阿依古丽・买买提');
  expect(cleanTraineeName('柜员2号')).toBe('柜员2号');
  // NFC: a decomposed é is kept composed, so the same name is one name.
  expect(cleanTraineeName('Rene\u0301')).toBe('René');
  expect(cleanTraineeName('张'.repeat(TRAINEE_NAME_MAX))).toBe('张'.repeat(TRAINEE_NAME_MAX));
});

it('refuses empty names, markup, quotes, brackets, control and format characters, and long names', () => {
  for (const bad of ['', '   ', '张三(柜员)', '【王】', '<b>王</b>', '王"五"', "O'Neil", '王\n五', '王\u202e五', '王\u200b五', '-王五', '·王', '张'.repeat(TRAINEE_NAME_MAX + 1), "'; DROP TABLE players;--"]) {
    expect(cleanTraineeName(bad), JSON.stringify(bad)).toBeNull();
  }
});

it('gives names written another way one key: spaces, separators, full-width letters and case', () => {
  const key = traineeNameKey('王晓明');
  for (const same of ['王 晓明', '王晓明.', '王·晓明', '王・晓明', '王-晓明']) expect(traineeNameKey(same), same).toBe(key);
  for (const same of ['WANG', 'wang', 'ＷＡＮＧ', 'Ｗang', 'W A N G']) expect(traineeNameKey(same), same).toBe('wang');
  for (const other of ['王晓鸣', '王小明', '汪晓明']) expect(traineeNameKey(other), other).not.toBe(key);
});
