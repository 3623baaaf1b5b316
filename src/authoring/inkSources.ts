/**
 * The one way ink sources are read, for the build, the CLIs, the tests and the Studio's worker:
 * names, encodings and line endings. Pure (no Node built-ins, no DOM): a host gives raw text or
 * bytes by name, this module decides what the compiler sees.
 *
 * - Names are paths relative to the ink folder, with `/` (a Windows `\` is read as `/`), `./`
 *   and `a/../` folded; a name that leaves the folder (`../x.ink`, `/etc/x`) is refused (null).
 *   `INCLUDE parts/opening.ink` is resolved against the ink folder whichever file includes it,
 *   as ink's own tools (inklecate, Inky) do.
 * - Text: a UTF-8 or UTF-16 byte-order mark is honoured and dropped; bytes that are not UTF-8
 *   are read as GB18030 (a Chinese Notepad's “ANSI”), and `encodingOf` says so; CRLF and lone CR
 *   become LF, so line numbers match what an editor shows and no stray `\r` reaches a tag or a line.
 */
import type { InkEncoding, InkFiles } from './compile';

/** What a host hands over for one file: text already decoded, or the file's bytes. */
export type InkSourceRaw = string | Uint8Array;

/**
 * A file name relative to the ink folder in one spelling (`parts/opening.ink`), or null when the
 * name is empty, absolute, or leaves the folder.
 */
export function inkName(name: string): string | null {
  const parts: string[] = [];
  const path = name.trim().replace(/\\/g, '/');
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return null;
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? null : parts.join('/');
}

/**
 * Decodes a file's bytes: UTF-16 with its byte-order mark; otherwise UTF-8 (with or without a
 * mark); bytes that are not UTF-8 are read as GB18030, which is what a Chinese Windows editor
 * writes when it saves as “ANSI” (GBK is a subset). The encoding is returned when not UTF-8.
 */
export function decodeInkBytes(bytes: Uint8Array): { text: string; encoding?: InkEncoding } {
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  if (b0 === 0xfe && b1 === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** The text of a file's bytes (see decodeInkBytes). */
export function decodeInk(bytes: Uint8Array): string {
  return decodeInkBytes(bytes).text;
}

/** The text the compiler sees: decoded, without a byte-order mark, with LF line endings only. */
export function inkText(raw: InkSourceRaw): string {
  const text = typeof raw === 'string' ? raw : decodeInk(raw);
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
}

/**
 * The reader every consumer uses: wraps a host's lookup (by normalised name) so names are
 * resolved and text normalised in one place. Reads are cached: one check sees one version of a
 * file even if the host's copy changes meanwhile.
 */
export function inkSources(lookup: ((name: string) => InkSourceRaw | null) | InkFiles): InkFiles {
  const cache = new Map<string, { text: string; encoding?: InkEncoding } | null>();
  const inner = typeof lookup === 'function' ? null : lookup;
  const get = (name: string): { text: string; encoding?: InkEncoding } | null => {
    const key = inkName(name);
    if (key === null) return null;
    if (!cache.has(key)) {
      const raw = inner !== null ? inner.read(key) : (lookup as (name: string) => InkSourceRaw | null)(key);
      if (raw === null) cache.set(key, null);
      else if (typeof raw === 'string') {
        const encoding = inner?.encodingOf?.(key);
        cache.set(key, { text: inkText(raw), ...(encoding === undefined ? {} : { encoding }) });
      } else {
        const d = decodeInkBytes(raw);
        cache.set(key, { ...d, text: inkText(d.text) });
      }
    }
    return cache.get(key) ?? null;
  };
  return {
    read: (name) => get(name)?.text ?? null,
    encodingOf: (name) => get(name)?.encoding,
  };
}

/**
 * Ink files held in memory by name (the Studio's workspace, tests): names are normalised the
 * same way as INCLUDE names, so `ink/parts/opening.ink`-style keys from a bundler's glob work
 * once their folder prefix is taken off with `bundledInkName`.
 */
export function inkFilesFromRecord(files: Readonly<Record<string, InkSourceRaw>>): InkFiles {
  const byName = new Map<string, InkSourceRaw>();
  for (const [name, raw] of Object.entries(files)) {
    const key = inkName(name);
    if (key !== null) byName.set(key, raw);
  }
  return inkSources((name) => byName.get(name) ?? null);
}

/**
 * The ink name of a file bundled from the ink folder, from the key a bundler gives it
 * (`../../ink/parts/opening.ink` with folder `../../ink/` → `parts/opening.ink`); null if the key
 * is outside that folder or not an .ink file.
 */
export function bundledInkName(key: string, folder: string): string | null {
  const k = key.replace(/\\/g, '/');
  const f = folder.replace(/\\/g, '/').replace(/\/?$/, '/');
  if (!k.startsWith(f) || !k.endsWith('.ink')) return null;
  return inkName(k.slice(f.length));
}

/** Names of case files among ink names: top-level `.ink` files other than the shared ones and `_`-prefixed ones. */
export function caseFileNames(names: Iterable<string>, shared: ReadonlySet<string>): string[] {
  return [...names].filter((n) => !n.includes('/') && n.endsWith('.ink') && !shared.has(n) && !n.startsWith('_')).sort();
}
