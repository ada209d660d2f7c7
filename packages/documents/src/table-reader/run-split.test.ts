import { describe, expect, it } from 'vitest';
import { cuts, rowReadings, type ValueAtom } from './run-split.js';

const joined = (text: string): ValueAtom => ({ text, joined: true });
const apart = (text: string): ValueAtom => ({ text, joined: false });
const plain = (readings: ReturnType<typeof rowReadings>) => readings.map((r) => Object.fromEntries(r));

describe('run-together digits are split only where the columns allow one reading', () => {
  it('cuts a run every way that leaves valid numbers: the comparator opens the first, the unit closes the last, no leading zeros', () => {
    expect(cuts(joined('1020万元'), 2)).toEqual([['10', '20万元'], ['102', '0万元'], ['1020万元']]);
    expect(cuts(joined('≥266米'), 1)).toEqual([['≥266米']]);
    expect(cuts(apart('1020万元'), 4)).toEqual([['1020万元']]);
    expect(cuts(joined('64.864.8'), 2)).toEqual([['64.8', '64.8'], ['64.86', '4.8']]);
  });

  it('a score is at most its weight and a weight at most the points above it', () => {
    // 101 | 0 is a weight above 100; 1 | 010 is no number; 1 | 15 a score above its weight.
    expect(plain(rowReadings([joined('1010')], ['weight', 'score'], { maxWeight: 100 }))).toEqual([{ weight: '10', score: '10' }]);
    expect(plain(rowReadings([joined('115')], ['weight', 'score'], { maxWeight: 100 }))).toEqual([{ weight: '11', score: '5' }]);
    expect(plain(rowReadings([joined('100100')], ['weight', 'score'], { maxWeight: 100 }))).toEqual([{ weight: '100', score: '100' }]);
  });

  it('a rate agrees with executed ÷ budget within its printed rounding, and needs both amounts in a funds row', () => {
    const readings = plain(rowReadings([joined('202010100.00%'), joined('10')], ['adjustedBudget', 'spent', 'weight', 'rate', 'score'], { maxWeight: 100, fundRow: true, scoreNeedsWeight: true }));
    expect(readings).toContainEqual({ adjustedBudget: '20', spent: '20', weight: '10', rate: '100.00%', score: '10' });
    expect(readings.every((r) => Math.abs((100 * Number(r.spent)) / Number(r.adjustedBudget) - Number((r.rate ?? '').replace('%', ''))) <= 1)).toBe(true);
    // 65.07 ÷ 65.66 = 99.10%: printed 99% (rounded), never 98%.
    expect(rowReadings([apart('65.66'), apart('65.07'), apart('99%')], ['adjustedBudget', 'spent', 'rate'], { maxWeight: 100 })).toHaveLength(1);
    expect(rowReadings([apart('65.66'), apart('65.07'), apart('98%')], ['adjustedBudget', 'spent', 'rate'], { maxWeight: 100 })).toHaveLength(0);
  });

  it('values too few for the columns fit several ways, and all of them are returned (the caller lists the row)', () => {
    expect(rowReadings([apart('38508人')], ['target', 'actual', 'weight', 'score'], { maxWeight: 100 })).toHaveLength(2);
  });
});
