import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEPARTMENT_EVALUATION_2020 } from '../frameworks/templates.js';
import type { Indicator } from '../indicators/indicator.js';
import { Decimal } from '../money/decimal.js';
import type { Target, TargetOperator } from '../targets/target.js';
import { figures, scoringContext, TEST_FISCAL_YEAR } from '../testing/project-builder.js';
import { scoreEvaluation } from './score-evaluation.js';
import type { RuleOutcome, ScoringRule } from './scoring-rule.js';
import { deadline } from './rules/deadline.js';
import { completionRate, costSavingRate, executionRate, fundingRate, qualityRate } from './rules/formulas.js';
import { equals, higherIsBetter } from './rules/higher-is-better.js';
import { lowerIsBetterLinear, lowerIsBetterRatio } from './rules/lower-is-better.js';

/** Decimals with up to 4 fractional digits, signed, including 0 — targets and actuals as forms write them. */
const decimal = (max = 10n ** 9n, min = -max) => fc.record({ units: fc.bigInt({ min, max }), scale: fc.integer({ min: 0, max: 4 }) }).map(({ units, scale }) => Decimal.of(units, scale));
/** Weights as frameworks write them: ≥ 0, at most 2 decimals (the score precision). */
const weight = fc.record({ units: fc.bigInt({ min: 0n, max: 10_000n }), scale: fc.integer({ min: 0, max: 2 }) }).map(({ units, scale }) => Decimal.of(units, scale));
const unit = fc.constantFrom('次', '%', '万元', '');

function quantitative(w: Decimal, operator: TargetOperator, a: Decimal, b: Decimal, u: string): Indicator {
  const target: Target = { kind: 'quantitative', operator, quantity: { value: a, unit: u }, text: `${a.toString()}${u}` };
  return { id: 'p', level1: 'output', level2: 'quantity', name: '性质测试', weight: w, target, actual: { kind: 'quantitative', quantity: { value: b, unit: u }, text: b.toString() }, readProblems: [], evidence: [] };
}

function scoreOf(outcome: RuleOutcome): Decimal {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.reason}`);
  return outcome.score;
}

const context = scoringContext();
const QUANTITATIVE_RULES: readonly (readonly [ScoringRule, TargetOperator])[] = [
  [higherIsBetter, 'gte'],
  [equals, 'eq'],
  [lowerIsBetterLinear, 'lte'],
  [lowerIsBetterRatio, 'lte'],
  [completionRate, 'gte'],
  [qualityRate, 'gte'],
  [costSavingRate, 'lte'],
];

const inRange = (score: Decimal, w: Decimal) => !score.isNegative() && score.lte(w) && score.round(2).eq(score);

describe('every quantitative rule keeps 0 ≤ score ≤ weight, rounded to 2 decimals', () => {
  for (const [rule, operator] of QUANTITATIVE_RULES) {
    it(rule.id, () => {
      fc.assert(
        fc.property(weight, decimal(), decimal(), unit, (w, a, b, u) => {
          const score = scoreOf(rule.score(quantitative(w, operator, a, b, u), context));
          expect(inRange(score, w)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('fundingRate and executionRate on both bases, for any amounts', () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((fen) => Decimal.of(fen, 2));
    fc.assert(
      fc.property(weight, amount, amount, amount, fc.constantFrom('received' as const, 'adjustedBudget' as const), (w, budgeted, received, spent, base) => {
        const ctx = scoringContext({ budget: { budget: budgeted, received, spent }, settings: { executionRateBase: base } });
        const ind = quantitative(w, 'gte', Decimal.ONE, Decimal.ONE, '');
        for (const rule of [fundingRate, executionRate]) {
          const outcome = rule.score(ind, ctx);
          if (outcome.ok) expect(inRange(outcome.score, w)).toBe(true);
          else expect(outcome.code).toBe('notComputable');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('deadline, for any dates and late share in [0, 1]', () => {
    const day = fc.integer({ min: 0, max: 3 * 365 });
    const share = fc.integer({ min: 0, max: 100 }).map((p) => Decimal.of(BigInt(p), 2));
    fc.assert(
      fc.property(weight, day, day, share, (w, due, done, lateScoreShare) => {
        const date = (n: number) => {
          const d = new Date(Date.UTC(2021, 0, 1 + n));
          return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
        };
        const ind: Indicator = {
          ...quantitative(w, 'gte', Decimal.ONE, Decimal.ONE, ''),
          target: { kind: 'date', operator: 'lte', date: date(due), monthEnd: false, text: '' },
          actual: { kind: 'date', date: date(done), text: '' },
        };
        const score = scoreOf(deadline.score(ind, scoringContext({ settings: { lateScoreShare } })));
        expect(inRange(score, w)).toBe(true);
        if (done <= due) expect(score.eq(w)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('monotonicity in the actual', () => {
  const pairOfActuals = fc.tuple(decimal(), decimal()).map(([x, y]) => (x.lte(y) ? [x, y] as const : [y, x] as const));

  for (const [rule, operator] of QUANTITATIVE_RULES.filter(([, op]) => op !== 'lte')) {
    it(`${rule.id}: a higher actual never scores less`, () => {
      fc.assert(
        // “= 0” is the one exception by definition (rules.md: with A = 0 only B ≤ 0 earns the points).
        fc.property(weight, decimal().filter((a) => operator !== 'eq' || !a.isZero()), pairOfActuals, (w, a, [low, high]) => {
          const s1 = scoreOf(rule.score(quantitative(w, operator, a, low, '次'), context));
          const s2 = scoreOf(rule.score(quantitative(w, operator, a, high, '次'), context));
          expect(s1.lte(s2)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  }

  for (const [rule, operator] of QUANTITATIVE_RULES.filter(([, op]) => op === 'lte')) {
    it(`${rule.id}: a higher actual never scores more`, () => {
      fc.assert(
        fc.property(weight, decimal(), pairOfActuals, (w, a, [low, high]) => {
          const s1 = scoreOf(rule.score(quantitative(w, operator, a, low, '万元'), context));
          const s2 = scoreOf(rule.score(quantitative(w, operator, a, high, '万元'), context));
          expect(s1.gte(s2)).toBe(true);
        }),
        { numRuns: 400 },
      );
    });
  }

  it('higherIsBetter: an actual at or above the target always earns full marks', () => {
    fc.assert(
      fc.property(weight, decimal(), decimal(10n ** 6n, 0n), (w, a, extra) => {
        expect(scoreOf(higherIsBetter.score(quantitative(w, 'gte', a, a.plus(extra), '%'), context)).eq(w)).toBe(true);
      }),
    );
  });
});

describe('totals are exact sums', () => {
  const groups = DEPARTMENT_EVALUATION_2020.dimensions.flatMap((d) => d.groups.map((g) => [d.id, g.id] as const));
  const scoredIndicator = fc
    .record({
      place: fc.constantFrom(...groups),
      w: weight,
      operator: fc.constantFrom<TargetOperator>('gte', 'eq', 'lte', 'lt', 'gt'),
      a: decimal(10n ** 7n, 0n),
      b: decimal(10n ** 7n, 0n),
    })
    .map(({ place: [level1, level2], w, operator, a, b }) => ({ ...quantitative(w, operator, a, b, '个'), level1, level2 }));

  it('total = Σ dimension scores = Σ group scores = Σ indicator scores', () => {
    fc.assert(
      fc.property(fc.array(scoredIndicator, { maxLength: 40 }), (indicators) => {
        const card = scoreEvaluation({ framework: DEPARTMENT_EVALUATION_2020, indicators, budget: figures(), fiscalYear: TEST_FISCAL_YEAR });
        const byIndicator = Decimal.sum(card.indicators.map((s) => s.score));
        const byDimension = Decimal.sum(card.dimensions.map((d) => d.score));
        const byGroup = Decimal.sum(card.dimensions.flatMap((d) => d.groups.map((g) => g.score)));
        expect(card.totalScore.eq(byDimension)).toBe(true);
        expect(card.totalScore.eq(byGroup)).toBe(true);
        expect(card.totalScore.eq(byIndicator)).toBe(true);
        // and exact against an integer-cents recomputation
        const cents = card.indicators.reduce((sum, s) => sum + s.score.round(2).units * 10n ** BigInt(2 - s.score.round(2).scale), 0n);
        expect(card.totalScore.eq(Decimal.of(cents, 2))).toBe(true);
        for (const d of card.dimensions) expect(d.score.eq(Decimal.sum(d.groups.map((g) => g.score)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
