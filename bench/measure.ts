import { isVerbatimError } from "../src/core/errors.js";
import type { MatchIndex } from "../src/core/match/match-index.js";
import { verifyQuote } from "../src/core/match/verify-quote.js";
import type { BenchQuery, QueryKind } from "./query-mix.js";
import { QUERY_KINDS } from "./query-mix.js";

export interface Latency {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface KindResult extends Latency {
  /** Answered as expected: found in the article it came from, or (invented) not found. */
  correct: number;
}

export interface MixResult {
  all: Latency;
  byKind: Record<QueryKind, KindResult>;
  errors: number;
}

export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  const mean = sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), mean, max: sorted.at(-1) ?? 0 };
}

const noSpeakers = { resolveSpeaker: () => null };

/** Runs each query once (after a short warm-up) and times it, recording whether the answer is the expected one. */
export function runQueries(index: MatchIndex, queries: readonly BenchQuery[]): MixResult {
  for (const q of queries.slice(0, 20)) {
    try {
      verifyQuote(index, { quote: q.quote }, noSpeakers);
    } catch {}
  }
  const times: Record<QueryKind, number[]> = { exact: [], typo: [], reworded: [], invented: [] };
  const correct: Record<QueryKind, number> = { exact: 0, typo: 0, reworded: 0, invented: 0 };
  let errors = 0;
  for (const q of queries) {
    const started = performance.now();
    try {
      const result = verifyQuote(index, { quote: q.quote }, noSpeakers);
      times[q.kind].push(performance.now() - started);
      const ok =
        q.document === null
          ? result.verdict === "not_found"
          : result.verdict !== "not_found" && result.matches.some((m) => m.document === q.document);
      if (ok) correct[q.kind]++;
    } catch (error) {
      if (!isVerbatimError(error)) throw error;
      errors++;
    }
  }
  const byKind = Object.fromEntries(
    QUERY_KINDS.map((kind) => [kind, { ...latency(times[kind]), correct: correct[kind] }]),
  ) as Record<QueryKind, KindResult>;
  return { all: latency(Object.values(times).flat()), byKind, errors };
}
