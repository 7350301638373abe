/**
 * The trigram lookup against a naive reference: every vocabulary word compared with a plain edit distance. The
 * trigram filter may only save work; it must never lose a word the reference finds, nor find one it does not.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { typoBudget } from "../../../src/core/match/token-similarity.js";
import { buildTrigramIndex, fuzzyTerms } from "../../../src/core/match/vocabulary-trigrams.js";

const trigrams = (w: string) => {
  const padded = `^${w}$`;
  return new Set(Array.from({ length: padded.length - 2 }, (_, i) => padded.slice(i, i + 3)));
};
/** Whether two words have a character trigram in common. */
const shareTrigram = (a: string, b: string) => [...trigrams(a)].some((g) => trigrams(b).has(g));
/** Whether `b` is `a` with two neighbouring letters swapped. */
const isAdjacentSwap = (a: string, b: string) =>
  a.length === b.length &&
  Array.from({ length: a.length - 1 }, (_, i) => a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2)).includes(
    b,
  );

import { naiveEditDistance } from "./naive-edit-distance.js";

function naiveFuzzyTerms(
  vocab: readonly string[],
  frequency: (t: number) => number,
  word: string,
  limit: number,
) {
  if (word.length < 4 || /[0-9]/.test(word)) return [];
  const budget = typoBudget(word.length);
  return (
    vocab
      .map((candidate, term) => ({ term, candidate, distance: naiveEditDistance(word, candidate) }))
      .filter((c) => c.candidate !== word && c.candidate.length >= 4 && c.distance <= budget)
      // Only a swap of neighbouring letters leaves a word within the budget without a trigram in common.
      .filter((c) => shareTrigram(word, c.candidate) || isAdjacentSwap(word, c.candidate))
      .sort((a, b) => a.distance - b.distance || frequency(b.term) - frequency(a.term))
      .slice(0, limit)
      .map(({ term, distance }) => ({ term, distance }))
  );
}

const letters = fc.constantFrom("a", "b", "c", "d", "e", "é");
const word = fc.array(letters, { minLength: 2, maxLength: 10 }).map((chars) => chars.join(""));
/** A word near another: a few random edits of it. */
const nearby = (base: string) =>
  fc
    .array(fc.tuple(fc.nat(12), fc.constantFrom("insert", "delete", "replace", "swap"), letters), {
      maxLength: 3,
    })
    .map((edits) => {
      let out = base;
      for (const [at, kind, letter] of edits) {
        const i = out.length === 0 ? 0 : at % out.length;
        if (kind === "insert") out = out.slice(0, i) + letter + out.slice(i);
        else if (kind === "delete") out = out.slice(0, i) + out.slice(i + 1);
        else if (kind === "replace") out = out.slice(0, i) + letter + out.slice(i + 1);
        else if (i + 1 < out.length) out = out.slice(0, i) + out[i + 1] + out[i] + out.slice(i + 2);
      }
      return out;
    });

describe("fuzzyTerms", () => {
  it("finds a transposition in a four-letter word, where no trigram is shared", () => {
    const vocab = ["from", "word"];
    expect(fuzzyTerms(buildTrigramIndex(vocab), vocab, () => 1, "wrod").map((f) => vocab[f.term])).toEqual([
      "word",
    ]);
  });

  it("finds exactly the vocabulary words within the typo budget that share a trigram, closest and most frequent first", () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.nat(), (vocab, pick) => {
        const base = vocab[pick % vocab.length] ?? "";
        fc.pre(base.length > 0);
        fc.assert(
          fc.property(nearby(base), (query) => {
            // Distinct frequencies, so the expected order is fully determined.
            const frequency = (term: number) => (term * 7919) % 1009;
            const index = buildTrigramIndex(vocab);
            expect(fuzzyTerms(index, vocab, frequency, query, 4)).toEqual(
              naiveFuzzyTerms(vocab, frequency, query, 4),
            );
          }),
          { numRuns: 10 },
        );
      }),
      { numRuns: 50 },
    );
  });
});
