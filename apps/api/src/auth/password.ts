import { hash, verify } from '@node-rs/argon2';

/** argon2id with the library's defaults (OWASP-recommended memory and time costs). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must not turn into a 500 that tells an attacker something.
    return false;
  }
}

/** A hash to verify against when the user does not exist, so that timing does not reveal it. */
export const DUMMY_HASH_PASSWORD = 'jixiao-dummy-password';
