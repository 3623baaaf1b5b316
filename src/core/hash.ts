import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Content hash of a compiled story: the first 16 hex digits of SHA-256 over its JSON text. */
export function contentHash(json: string): string {
  return bytesToHex(sha256(utf8ToBytes(json))).slice(0, 16);
}
