/** CSV for Excel: BOM, CRLF, RFC 4180 quoting, Chinese intact, formulas neutralised. */
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/server/csv';

describe('csvField', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes', () => {
    expect(csvField('东湖支行')).toBe('东湖支行');
    expect(csvField('东湖,二支行')).toBe('"东湖,二支行"');
    expect(csvField('他说"您好"')).toBe('"他说""您好"""');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' 前后空格 ')).toBe('" 前后空格 "');
  });

  it('prefixes what Excel would run as a formula with an apostrophe, and still quotes it when needed', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+86 138')).toBe("'+86 138");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=cmd')).toBe("'\t=cmd");
    expect(csvField('=HYPERLINK("http://x","点我")')).toBe('"\'=HYPERLINK(""http://x"",""点我"")"');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers (negative ones too), empty for null, 是/否 for booleans', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(87.67)).toBe('87.67');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('是');
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends every line with CRLF', () => {
    const csv = toCsv(['名次', '姓名'], [[1, '张三'], [2, '李,四']]);
    expect(csv).toBe('\uFEFF名次,姓名\r\n1,张三\r\n2,"李,四"\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
