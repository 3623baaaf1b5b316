/**
 * PINs are stored only as scrypt hashes (node:crypto), each with its own random salt, in the
 * self-describing form `scrypt$N$r$p$salt$hash` so the cost can be raised later without
 * breaking old hashes. Comparison is constant-time.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import pLimit from 'p-limit';

/** scrypt cost: N = 2^15, r = 8, p = 1 (32 MiB, tens of milliseconds a hash). */
const N = 32768;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

/**
 * How many hashes are computed at once. Each holds 128·N·r bytes (32 MiB) while it runs, and
 * Node would run four at a time: a training room signing in together at nine o'clock took the
 * server from 130 to 270 MB (npm run bench:server). Two at a time keep both cores busy (a hash
 * takes about 75 ms here) and the server under 200 MB; the rest wait their turn.
 */
export const CONCURRENT_HASHES = 1;
const hashing = pLimit(CONCURRENT_HASHES);

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return hashing(() => deriveNow(pin, salt, options));
}

function deriveNow(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, { ...options, maxmem: 64 * 1024 * 1024 }, (err, key) => {
      if (err === null) resolve(key);
      else reject(err);
    });
  });
}

export async function hashPin(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(pin, salt, { N, r: R, p: P });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

/** True when `pin` matches `stored`; false for a wrong PIN or a hash this code cannot read. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  if (![n, r, p].every(Number.isInteger)) return false;
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const expected = Buffer.from(parts[5] ?? '', 'base64url');
  const key = await derive(pin, salt, { N: n, r, p });
  return key.length === expected.length && timingSafeEqual(key, expected);
}
