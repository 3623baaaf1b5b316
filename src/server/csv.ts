/**
 * CSV for spreadsheets (competition results, case boards), written for Excel on a Chinese
 * Windows PC: UTF-8 with a byte-order mark (without it Excel reads UTF-8 as the ANSI code page and
 * the Chinese is garbled), CRLF line ends, RFC 4180 quoting (a field with a comma, quote, line
 * break or edge space is quoted, quotes doubled). Formula injection (OWASP "CSV injection"): a
 * text value starting with = + - @ or a tab or carriage return would be run by Excel as a formula,
 * so it is prefixed with an apostrophe. Numbers are written as numbers.
 */

export type CsvValue = string | number | boolean | null;

export const BOM = '\uFEFF';

/** One field, guarded and quoted as the module comment says. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, a header row, then the rows, each line ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
