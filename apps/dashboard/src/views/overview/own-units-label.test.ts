import { describe, expect, it } from 'vitest';
import { ownUnitsLabel } from './own-units-label';

describe('ownUnitsLabel', () => {
  it('names a region’s own units by the kind of region', () => {
    expect(ownUnitsLabel('昌吉回族自治州', '本级')).toBe('州本级');
    expect(ownUnitsLabel('乌鲁木齐市', '本级')).toBe('市本级');
    expect(ownUnitsLabel('和田地区', '本级')).toBe('地区本级');
    expect(ownUnitsLabel('Somewhere', 'Own units')).toBe('Own units');
  });
});
