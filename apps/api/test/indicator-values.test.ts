import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/common/errors/api-error.js';
import { checkActual, checkTarget } from '../src/modules/indicators/indicator-values.js';

/** The `reason` checkActual refuses with, or 'ok'. */
function verdict(actual: string | null, target: string | null): string {
  try {
    checkActual('input.actual', actual, target, 2023);
    return 'ok';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.actual' });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    return String(error.extensions.reason);
  }
}

describe('checking an actual against its target before it is stored', () => {
  it('accepts actuals in the target\'s unit, a convertible one, one without a unit, and non-quantities', () => {
    expect(verdict('12次', '≥10次')).toBe('ok');
    expect(verdict('5000元', '≤1万元')).toBe('ok');
    expect(verdict('12', '≥10次')).toBe('ok');
    expect(verdict('逐步提高', '逐步提高')).toBe('ok');
    expect(verdict('2023年11月30日', '2023年12月31日前')).toBe('ok');
    expect(verdict(null, '≥10次')).toBe('ok');
    expect(verdict('0次', '≥10次')).toBe('ok');
  });

  it('refuses negatives, absurd magnitudes, a unit from another family and unreadable text', () => {
    expect(verdict('-1次', '≥10次')).toBe('negative');
    expect(verdict('123456789012345678901234次', '≥10次')).toBe('tooLarge');
    expect(verdict('1000000000000次', '≥10次')).toBe('tooLarge');
    expect(verdict('3万元', '≥10次')).toBe('unitMismatch');
    expect(verdict('95%', '≥10次')).toBe('unitMismatch');
    expect(verdict('很多很多', '≥10次')).toBe('unreadable');
  });

  it('refuses a target with a negative or absurd number, naming its field', () => {
    expect(() => checkTarget('input.indicators[0].target', '≥-3次', 2023)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'input.indicators[0].target', reason: 'negative' }) }));
    expect(() => checkTarget('input.indicators[0].target', '≥10000000000000次', 2023)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ reason: 'tooLarge' }) }));
    expect(() => checkTarget('input.indicators[0].target', '≥10次', 2023)).not.toThrow();
  });
});
