import { editDistance, typoBudget } from "./token-similarity.js";

/**
 * Character trigrams of the corpus vocabulary, so a mistyped query word ("proportionite") finds the corpus words
 * it could stand for without comparing it to every word. Lists are in CSR form: the term ids having trigram g are
 * `terms[starts[g]..starts[g + 1]]`.
 */
export interface TrigramIndex {
  grams: ReadonlyMap<string, number>;
  starts: Uint32Array;
  terms: Uint32Array;
}

/** Only words long enough to be corrected are indexed (see `typoBudget`). */
const MIN_LENGTH = 4;
const HAS_DIGIT = /[0-9]/;

function trigramsOf(word: string): string[] {
  const padded = `^${word}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}

function indexable(term: string): boolean {
  return term.length >= MIN_LENGTH && !HAS_DIGIT.test(term);
}

export function buildTrigramIndex(vocab: readonly string[]): TrigramIndex {
  const grams = new Map<string, number>();
  const counts: number[] = [];
  const perTerm: number[][] = [];
  for (const term of vocab) {
    const ids: number[] = [];
    if (indexable(term)) {
      for (const gram of new Set(trigramsOf(term))) {
        let id = grams.get(gram);
        if (id === undefined) {
          id = grams.size;
          grams.set(gram, id);
          counts.push(0);
        }
        counts[id]!++;
        ids.push(id);
      }
    }
    perTerm.push(ids);
  }
  const starts = new Uint32Array(grams.size + 1);
  for (let g = 0; g < counts.length; g++) starts[g + 1] = starts[g]! + counts[g]!;
  const fill = starts.slice(0, grams.size);
  const terms = new Uint32Array(starts[grams.size]!);
  for (let t = 0; t < perTerm.length; t++) {
    for (const g of perTerm[t]!) terms[fill[g]!++] = t;
  }
  return { grams, starts, terms };
}

export interface FuzzyTerm {
  term: number;
  distance: number;
}

/**
 * Vocabulary words within the typo budget of `word`, closest first (ties: the more frequent word, which is the
 * likelier intent). A candidate must share enough trigrams to be within that many edits, since one edit changes
 * at most three trigrams (a transposition four), before the edit distance is computed.
 */
export function fuzzyTerms(
  index: TrigramIndex,
  vocab: readonly string[],
  frequency: (term: number) => number,
  word: string,
  limit = 4,
): FuzzyTerm[] {
  if (!indexable(word)) return [];
  const budget = typoBudget(word.length);
  const grams = [...new Set(trigramsOf(word))];
  const shared = new Map<number, number>();
  for (const gram of grams) {
    const g = index.grams.get(gram);
    if (g === undefined) continue;
    for (let k = index.starts[g]!; k < index.starts[g + 1]!; k++) {
      const term = index.terms[k]!;
      shared.set(term, (shared.get(term) ?? 0) + 1);
    }
  }
  const needed = Math.max(1, grams.length - 4 * budget);
  const found: FuzzyTerm[] = [];
  for (const [term, count] of shared) {
    if (count < needed) continue;
    const candidate = vocab[term]!;
    if (candidate === word) continue;
    const distance = editDistance(word, candidate, budget);
    if (distance <= budget) found.push({ term, distance });
  }
  for (const term of transposedTerms(index, vocab, word)) {
    if (!found.some((f) => f.term === term)) found.push({ term, distance: 1 });
  }
  found.sort((a, b) => a.distance - b.distance || frequency(b.term) - frequency(a.term));
  return found.slice(0, limit);
}

/**
 * Vocabulary words that are `word` with two neighbouring letters swapped. In a four-letter word a swap changes every
 * trigram ("wrod" and "word" share none), so the trigram filter alone would never compare them; each swapped form
 * is looked up exactly instead, through the postings of its rarest trigram.
 */
function transposedTerms(index: TrigramIndex, vocab: readonly string[], word: string): number[] {
  const terms: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    let rarest: number | undefined;
    for (const gram of trigramsOf(swapped)) {
      const g = index.grams.get(gram);
      if (g === undefined) {
        rarest = undefined;
        break;
      }
      if (rarest === undefined || postingCount(index, g) < postingCount(index, rarest)) rarest = g;
    }
    if (rarest === undefined) continue;
    for (let k = index.starts[rarest]!; k < index.starts[rarest + 1]!; k++) {
      const term = index.terms[k]!;
      if (vocab[term] === swapped && !terms.includes(term)) terms.push(term);
    }
  }
  return terms;
}

function postingCount(index: TrigramIndex, gram: number): number {
  return index.starts[gram + 1]! - index.starts[gram]!;
}
