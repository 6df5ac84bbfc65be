import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/**
 * Passwords are kept only as scrypt hashes (Node's own implementation of the memory-hard function
 * of RFC 7914), each with its own random salt. N = 2^15, r = 8, p = 1 take about a tenth of a second
 * and 32 MB per try: nothing for a person signing in, a wall for someone guessing a stolen file.
 * The parameters are stored with each hash, so they can be raised later without locking anyone out.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keylen: 32 };

export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, PARAMS.keylen, options(PARAMS.N, PARAMS.r, PARAMS.p));
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, options(Number(n), Number(r), Number(p)));
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected);
}

function options(N: number, r: number, p: number): crypto.ScryptOptions {
  // 128 × N × r bytes, with room: Node refuses a hash that needs more than maxmem.
  return { N, r, p, maxmem: 256 * N * r };
}

/** A password an office can live with and a guesser cannot: at least 8 characters, not the user name. */
export function passwordProblem(password: string, username: string): string | null {
  if (password.length < 8) return 'Kata sandi paling sedikit 8 karakter.';
  if (password.length > 200) return 'Kata sandi paling panjang 200 karakter.';
  if (password.toLowerCase() === username.toLowerCase()) return 'Kata sandi tidak boleh sama dengan nama pengguna.';
  return null;
}
