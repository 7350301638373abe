/** The word index's posting lists and term weights, derived from the corpus's token run once it is complete. */
import { sharedArray } from "./shared-columns.js";

/** Counting sort of positions by term: one pass to count, one to place, so positions come out ascending. */
export function buildPostings(
  tokens: Uint32Array,
  terms: number,
): { postingStarts: Uint32Array; postings: Uint32Array } {
  const starts = sharedArray(Uint32Array, terms + 1);
  for (let p = 0; p < tokens.length; p++) starts[tokens[p]! + 1]!++;
  for (let t = 0; t < terms; t++) starts[t + 1]! += starts[t]!;
  const fill = starts.slice(0, terms);
  const postings = sharedArray(Uint32Array, tokens.length);
  for (let p = 0; p < tokens.length; p++) postings[fill[tokens[p]!]!++] = p;
  return { postingStarts: starts, postings };
}

/**
 * Inverse frequency in the spirit of IDF, over word occurrences rather than documents (the index counts those
 * already): "the" weighs about 3, a word used once about ln(corpus size).
 */
export function termWeights(postingStarts: Uint32Array, total: number): Float32Array {
  const weights = sharedArray(Float32Array, postingStarts.length - 1);
  for (let t = 0; t < weights.length; t++) {
    const frequency = postingStarts[t + 1]! - postingStarts[t]!;
    weights[t] = Math.log(1 + total / (1 + frequency));
  }
  return weights;
}
