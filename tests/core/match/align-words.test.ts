/**
 * The word alignment against a naive reference: Smith-Waterman with Gotoh's affine gaps written straight from its
 * definition (full matrices, double precision, no reuse), over random corpus and query word sequences drawn from a
 * vocabulary with typos, stems and repeats, as MiniSearch tests its fuzzy search.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignWindow } from "../../../src/core/match/align-words.js";
import { buildMatchIndex } from "../../../src/core/match/match-index.js";
import { readQueryWords, wordSimilarity } from "../../../src/core/match/query-words.js";

// The scoring DESIGN.md documents: a mismatch, opening a gap (its first word) and extending it.
const MISMATCH = -0.7;
const GAP_OPEN = 0.9;
const GAP_EXTEND = 0.4;

const WORDS = [
  "we",
  "do",
  "not",
  "seek",
  "seeking",
  "escalation",
  "escalaton",
  "or",
  "war",
  "wars",
  "defence",
  "defense",
  "proportionate",
  "proportionite",
  "the",
  "and",
];

/** Best local alignment score of query words (rows) against corpus words (columns). */
function naiveBestScore(rows: number, cols: number, sim: (i: number, j: number) => number): number {
  const NEG = Number.NEGATIVE_INFINITY;
  const H = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  const E = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(NEG));
  const F = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(NEG));
  let best = 0;
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= cols; j++) {
      const s = sim(i - 1, j - 1);
      E[i]![j] = Math.max(H[i]![j - 1]! - GAP_OPEN, E[i]![j - 1]! - GAP_EXTEND);
      F[i]![j] = Math.max(H[i - 1]![j]! - GAP_OPEN, F[i - 1]![j]! - GAP_EXTEND);
      H[i]![j] = Math.max(0, H[i - 1]![j - 1]! + (s > 0 ? s : MISMATCH), E[i]![j]!, F[i]![j]!);
      best = Math.max(best, H[i]![j]!);
    }
  }
  return best;
}

const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max });

describe("alignWindow", () => {
  it("finds the best-scoring local alignment, as the reference does", () => {
    fc.assert(
      fc.property(words(1, 14), words(1, 9), (corpusWords, queryWords) => {
        const body = corpusWords.join(" ");
        const index = buildMatchIndex([{ id: "a", file: "a", body, format: "text", punctuated: true }], []);
        const query = readQueryWords(index, queryWords.join(" "));
        const cols = index.tokens.length;
        const rows = query.tokens.count;
        const sim = (i: number, j: number) => wordSimilarity(index, query, i, index.tokens[j]!);
        const expected = naiveBestScore(rows, cols, sim);
        const got = alignWindow(index, query, 0, rows, { doc: 0, start: 0, end: cols });
        if (expected <= 0) {
          expect(got).toBeNull();
          return;
        }
        expect(got).not.toBeNull();
        expect(Math.abs((got?.score ?? 0) - expected)).toBeLessThan(1e-4);
        // The pairs form one path through both sequences, each a real word match.
        const pairs = got?.pairs ?? [];
        for (const [k, pair] of pairs.entries()) {
          expect(pair.s).toBeCloseTo(sim(pair.q, pair.t), 5);
          expect(pair.s).toBeGreaterThan(0);
          if (k > 0) {
            expect(pair.q).toBeGreaterThan(pairs[k - 1]!.q);
            expect(pair.t).toBeGreaterThan(pairs[k - 1]!.t);
          }
        }
        expect(got?.qStart).toBe(pairs[0]?.q);
        expect(got?.tEnd).toBe((pairs.at(-1)?.t ?? 0) + 1);
      }),
      { numRuns: 300 },
    );
  });
});
