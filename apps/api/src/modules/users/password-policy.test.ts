import { describe, expect, it } from 'vitest';
import { ApiError } from '../../common/errors/api-error.js';
import { assertPasswordAllowed } from './password-policy.js';

function reason(password: string, username = 'wang.fang'): string | undefined {
  try {
    assertPasswordAllowed(password, username, 'input.password');
    return undefined;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.password' });
    return String(error.extensions.reason);
  }
}

describe('assertPasswordAllowed', () => {
  it('refuses short, username-based and common passwords, naming the field', () => {
    expect(reason('short-9ch')).toBe('tooShort');
    expect(reason('WANG.FANG')).toBe('tooShort');
    expect(reason('wang.fang2024!')).toBe('containsUsername');
    expect(reason('administrator', 'administrator')).toBe('containsUsername');
    expect(reason('Qwertyuiop')).toBe('common');
    expect(reason('jixiao-demo')).toBe('common');
    expect(reason('x'.repeat(257))).toBe('tooLong');
  });

  it('accepts a long passphrase, counting characters rather than bytes', () => {
    expect(reason('昌吉州绩效管理二〇二三年度')).toBeUndefined();
    expect(reason('correct horse battery staple')).toBeUndefined();
  });

  it('says in Chinese what is wrong', () => {
    expect(() => assertPasswordAllowed('short', 'u', 'input.newPassword')).toThrow('密码至少需要 10 个字符（现为 5 个）');
  });
});
