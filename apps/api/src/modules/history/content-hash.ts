import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/** SHA-256 (hex) of the canonical JSON (RFC 8785) of a value: independent of key order, so jsonb reordering a stored copy does not change it. */
export function contentHash(content: unknown): string {
  const canonical = canonicalize(content);
  if (canonical === undefined) throw new Error('snapshot content has no JSON form');
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/** True when stored content still hashes to its stored hash. */
export function verifiesHash(content: unknown, hash: string): boolean {
  return contentHash(content) === hash;
}
