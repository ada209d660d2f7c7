/**
 * Whether two expense names mean the same thing. Reports spell one category two ways (the sample
 * writes both 通信连路费 and 通信链路费), so names of three or more characters that differ in one
 * character at the same place count as the same.
 */
export function sameExpenseName(a: string, b: string): boolean {
  if (a === b) return true;
  const x = [...normalise(a)];
  const y = [...normalise(b)];
  if (x.join('') === y.join('')) return true;
  if (x.length !== y.length || x.length < 3) return false;
  let differences = 0;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) differences += 1;
  return differences <= 1;
}

function normalise(name: string): string {
  return name.normalize('NFKC').replace(/[\s“”"'‘’]/g, '');
}
