import { describe, expect, it } from 'vitest';
import type { GradeBand } from '../frameworks/framework.js';
import { NATIONAL_GRADE_BANDS } from '../frameworks/settings.js';
import { Decimal } from '../money/decimal.js';
import { gradeOf, readGrade } from './grade.js';

const label = (total: string, bands: readonly GradeBand[] = NATIONAL_GRADE_BANDS) => gradeOf(Decimal.from(total), bands).label;

/** A deployed variant: 优 ≥ 80, 良 ≥ 70, 中 ≥ 60. */
const LENIENT: readonly GradeBand[] = [
  { grade: 'excellent', label: '优', min: Decimal.from(80) },
  { grade: 'good', label: '良', min: Decimal.from(70) },
  { grade: 'fair', label: '中', min: Decimal.from(60) },
  { grade: 'poor', label: '差', min: Decimal.ZERO },
];

describe('gradeOf', () => {
  it('applies the national bands 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 at their edges', () => {
    expect(['100', '90', '89.99', '80', '79.99', '60', '59.99', '0'].map((t) => label(t))).toEqual(['优', '优', '良', '良', '中', '中', '差', '差']);
  });

  it('applies a custom 优 ≥ 80 set', () => {
    expect(['80', '79.99', '70', '69.99', '60', '59.99'].map((t) => label(t, LENIENT))).toEqual(['优', '良', '良', '中', '中', '差']);
    expect(label('85')).toBe('良');
  });

  it('puts a negative total in the last band and refuses an empty band list', () => {
    expect(label('-1')).toBe('差');
    expect(() => gradeOf(Decimal.ONE, [])).toThrow('at least one grade band');
  });
});

describe('readGrade', () => {
  it.each([
    ['优', 'excellent'],
    ['优秀', 'excellent'],
    ['“优”', 'excellent'],
    [' 优级 ', 'excellent'],
    ['良', 'good'],
    ['良好', 'good'],
    ['中', 'fair'],
    ['中等', 'fair'],
    ['合格', 'fair'],
    ['一般', 'fair'],
    ['差', 'poor'],
    ['较差', 'poor'],
    ['不合格', 'poor'],
    ['"良"', 'good'],
    ['「差」', 'poor'],
  ])('reads %s as %s', (text, grade) => {
    expect(readGrade(text)).toBe(grade);
  });

  it('does not guess at other words', () => {
    expect(readGrade('A')).toBeUndefined();
    expect(readGrade('优良')).toBeUndefined();
    // Names every object inherits are not grades either.
    expect(readGrade('constructor')).toBeUndefined();
    expect(readGrade(' toString ')).toBeUndefined();
    expect(readGrade('')).toBeUndefined();
  });
});
