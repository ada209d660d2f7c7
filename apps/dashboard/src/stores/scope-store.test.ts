import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it } from 'vitest';
import { useScopeStore } from './scope-store';

describe('the scope store', () => {
  beforeEach(() => setActivePinia(createPinia()));

  it('takes the API\'s default year until the user chooses one', () => {
    const scope = useScopeStore();
    scope.setDefaultYear(2023);
    expect(scope.fiscalYear).toBe(2023);
    expect(scope.yearChosen).toBe(false);
    // Another region's newest year, answered by the overview for that region.
    scope.setDefaultYear(2022);
    expect(scope.fiscalYear).toBe(2022);
    scope.chooseYear(2021);
    scope.setDefaultYear(2023);
    expect(scope.fiscalYear).toBe(2021);
    expect(scope.yearChosen).toBe(true);
    scope.setDefaultYear(undefined);
    expect(scope.fiscalYear).toBe(2021);
  });
});
