import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (OWASP minimum: 19 MiB, t=2, p=1).
export function hashPassword(plain: string): Promise<string> {
  return hash(plain);
}

// Verifying against this when the account does not exist keeps the timing of both answers alike.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$3E78GNk75Zyf1I81Qx+2Ow$M8ZuVxvQjqekF3i88RLjNM3wi4tYKsF4wFR+nkad+d0';

export async function verifyPassword(hashed: string | undefined, plain: string): Promise<boolean> {
  try {
    return await verify(hashed ?? DUMMY_HASH, plain);
  } catch {
    return false;
  }
}

// No look-alike characters (0/O, 1/l/I): people copy these from a screen.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password people can type: 4 groups of 4 characters. */
export function generatePassword(): string {
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
