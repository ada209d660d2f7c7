import { describe, expect, it } from 'vitest';
import { constantTimeEqual } from '../constant-time.js';
import { requireParam } from '../headers.js';
import { decodeStrictBase64 } from '../base64.js';
import { expectRejected } from './reject.js';

describe('constantTimeEqual', () => {
  it('accepts equal strings and refuses different or differently long ones without throwing', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'abcd')).toBe(false);
    expect(constantTimeEqual('abc', '')).toBe(false);
  });
});

describe('requireParam', () => {
  it('finds headers case-insensitively and refuses missing, empty or repeated ones', () => {
    expect(requireParam({ 'x-lark-signature': 'v' }, 'X-Lark-Signature')).toBe('v');
    expect(requireParam({ sign: ['v'] }, 'sign')).toBe('v');
    expectRejected(() => requireParam({}, 'sign'), 'missing-header');
    expectRejected(() => requireParam({ sign: '' }, 'sign'), 'missing-header');
    expectRejected(() => requireParam({ sign: ['a', 'b'] }, 'sign'), 'bad-header');
  });
});

describe('decodeStrictBase64', () => {
  it('refuses characters and padding that Node would silently skip', () => {
    expect(decodeStrictBase64('aGk=').toString()).toBe('hi');
    expectRejected(() => decodeStrictBase64('aGk'), 'bad-ciphertext');
    expectRejected(() => decodeStrictBase64('a$k='), 'bad-ciphertext');
    expectRejected(() => decodeStrictBase64('aG=k'), 'bad-ciphertext');
  });
});
