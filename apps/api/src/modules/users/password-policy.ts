import { ApiError } from '../../common/errors/api-error.js';
import commonPasswords from './common-passwords.json' with { type: 'json' };

export const MIN_PASSWORD_LENGTH = 10;
/** Bounds argon2's work per login (auth/dto/login.input.ts refuses longer ones too). */
export const MAX_PASSWORD_LENGTH = 256;

/** Passwords at least 10 characters long seen most often in breaches, and the demo password. */
const COMMON = new Set(commonPasswords.map((p) => p.toLowerCase()));

/**
 * The password rules for every new password (first admin, created users, resets, changes), after
 * NIST SP 800-63B §3.1.1.2: length over composition, no username, no commonly used password.
 * Throws BAD_USER_INPUT on `field` with the reason.
 */
export function assertPasswordAllowed(password: string, username: string, field: string): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) throw ApiError.badInput(field, 'tooShort', `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符（现为 ${length} 个）`);
  if (length > MAX_PASSWORD_LENGTH) throw ApiError.badInput(field, 'tooLong', `密码不能超过 ${MAX_PASSWORD_LENGTH} 个字符`);
  const lower = password.toLowerCase();
  const name = username.trim().toLowerCase();
  if (name !== '' && (lower === name || (name.length >= 4 && lower.includes(name)))) {
    throw ApiError.badInput(field, 'containsUsername', '密码不能与用户名相同，也不能包含用户名');
  }
  if (COMMON.has(lower)) throw ApiError.badInput(field, 'common', '该密码过于常见，容易被猜中，请换一个');
}
