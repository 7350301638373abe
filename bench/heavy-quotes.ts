import type { Rng } from "./rng.js";

/**
 * The heaviest kind of query: a quotation near the length limit made only of the corpus's commonest words, so every
 * word has long posting lists and thousands of places share several of them.
 */
export function heavyQuote(commonWords: readonly string[], rng: Rng, length = 1400): string {
  const words: string[] = [];
  let size = 0;
  while (size < length) {
    const word = rng.pick(commonWords);
    words.push(word);
    size += word.length + 1;
  }
  return words.join(" ").slice(0, length).trim();
}

/** The `count` most frequent words of an index's vocabulary (letters only). */
export function commonWords(
  vocab: readonly string[],
  frequency: (term: number) => number,
  count = 80,
): string[] {
  return vocab
    .map((word, term) => ({ word, n: frequency(term) }))
    .filter((w) => /^[a-z]+$/.test(w.word))
    .sort((a, b) => b.n - a.n)
    .slice(0, count)
    .map((w) => w.word);
}
