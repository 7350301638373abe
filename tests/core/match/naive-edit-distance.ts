/**
 * Optimal string alignment distance straight from its definition, by memoised recursion over suffixes: insert,
 * delete, replace, or swap two adjacent characters, each one edit.
 */
export function naiveEditDistance(a: string, b: string): number {
  const memo = new Map<string, number>();
  const go = (i: number, j: number): number => {
    if (i === a.length) return b.length - j;
    if (j === b.length) return a.length - i;
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let best = Math.min(go(i + 1, j) + 1, go(i, j + 1) + 1, go(i + 1, j + 1) + (a[i] === b[j] ? 0 : 1));
    if (i + 1 < a.length && j + 1 < b.length && a[i] === b[j + 1] && a[i + 1] === b[j]) {
      best = Math.min(best, go(i + 2, j + 2) + 1);
    }
    memo.set(key, best);
    return best;
  };
  return go(0, 0);
}
