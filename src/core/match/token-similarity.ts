/**
 * How alike two normalised words are, 0..1: 1 for the same word, less for a contraction read two ways, a typo or
 * another form of the same stem, 0 for different words. Alignment adds these up, so a typo still counts as most
 * of a match while a different word does not count at all.
 */

export const SAME = 1;
/** "it s" from "it's" against "it is": the same words, spelled out. */
export const EQUIVALENT = 0.9;
export const TYPO = 0.8;
export const TWO_TYPOS = 0.7;
/** "seek" against "seeking": said differently, but the same word. */
export const SAME_STEM = 0.6;

const EQUIVALENTS: Record<string, readonly string[]> = {
  s: ["is", "has", "us"],
  d: ["would", "had"],
  a: ["an"],
  an: ["a"],
  is: ["s"],
  has: ["s"],
  would: ["d"],
  had: ["d"],
  us: ["s"],
};

const HAS_DIGIT = /[0-9]/;

/** Whether a and b are at most one edit apart (insertion, deletion, substitution or adjacent transposition). */
function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === la && i === lb) return true;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return (
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      a.slice(i + 2) === b.slice(i + 2)
    );
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal-string-alignment distance (a transposition counts once), or `max + 1` as soon as it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  if (max === 1) return withinOneEdit(a, b) ? 1 : 2;
  if (rows[0]!.length <= lb) rows = [new Int32Array(lb + 1), new Int32Array(lb + 1), new Int32Array(lb + 1)];
  let [prevPrev, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= lb; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return Math.min(prev[lb]!, max + 1);
}

/** Typos allowed in a word of this length: none in short words, where one letter makes another word. */
export function typoBudget(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}

/** A light stem: plural and verb endings off, and a final e, so "concluded" and "conclude" meet. */
export function lightStem(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith("ies")) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 5 && stem.endsWith("ing")) stem = stem.slice(0, -3);
  else if (stem.length > 4 && stem.endsWith("ed")) stem = stem.slice(0, -2);
  else if (stem.length > 4 && stem.endsWith("es")) stem = stem.slice(0, -1);
  else if (stem.length > 3 && stem.endsWith("s") && !stem.endsWith("ss") && !stem.endsWith("us")) {
    stem = stem.slice(0, -1);
  }
  if (stem.length > 3 && stem.endsWith("e")) stem = stem.slice(0, -1);
  return stem;
}

/**
 * Similarity of two words given their light stems (callers cache stems: this runs for every pair of a query word
 * and a corpus word met during alignment).
 */
export function stemmedSimilarity(a: string, stemA: string, b: string, stemB: string): number {
  if (a === b) return SAME;
  if (EQUIVALENTS[a]?.includes(b)) return EQUIVALENT;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || Math.abs(a.length - b.length) > 4) return 0;
  if (HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return 0;
  const budget = typoBudget(shorter);
  const distance = editDistance(a, b, budget);
  if (distance <= budget) return distance === 1 ? TYPO : TWO_TYPOS;
  return stemA === stemB ? SAME_STEM : 0;
}

export function tokenSimilarity(a: string, b: string): number {
  return stemmedSimilarity(a, lightStem(a), b, lightStem(b));
}
