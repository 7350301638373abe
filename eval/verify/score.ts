/** Scoring verification probes: accuracy per kind, false confirmations, and confidence against accuracy. */
import type { Verdict } from "../../src/core/types.js";
import type { Probe, ProbeKind } from "./probes.js";

export interface Answer {
  probe: Probe;
  verdict: Verdict;
  confidence: number;
  strength: number;
  explanation: string;
  speaker: string | null;
}

const CONFIRMING = new Set<Verdict>(["verified", "variant"]);

export const isRight = (a: Answer): boolean => a.verdict === a.probe.expected;

/** "Verified" or "said, with different wording" where the corpus shows something else. */
export const isFalseConfirmation = (a: Answer): boolean =>
  CONFIRMING.has(a.verdict) && !CONFIRMING.has(a.probe.expected);

export interface KindScore {
  kind: ProbeKind;
  expected: Verdict;
  total: number;
  right: number;
  falseConfirmations: number;
  /** What was answered instead, most common first. */
  wrong: [Verdict, number][];
}

export function scoreByKind(answers: readonly Answer[]): KindScore[] {
  const byKind = new Map<ProbeKind, Answer[]>();
  for (const a of answers) byKind.set(a.probe.kind, [...(byKind.get(a.probe.kind) ?? []), a]);
  return [...byKind.entries()].map(([kind, list]) => {
    const wrong = new Map<Verdict, number>();
    for (const a of list) if (!isRight(a)) wrong.set(a.verdict, (wrong.get(a.verdict) ?? 0) + 1);
    return {
      kind,
      expected: list[0]!.probe.expected,
      total: list.length,
      right: list.filter(isRight).length,
      falseConfirmations: list.filter(isFalseConfirmation).length,
      wrong: [...wrong.entries()].sort((a, b) => b[1] - a[1]),
    };
  });
}

export interface Bucket {
  from: number;
  to: number;
  total: number;
  right: number;
}

export const BUCKETS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 1.01];

/** Answers grouped by confidence, with the share right in each group. */
export function reliability(answers: readonly Answer[]): Bucket[] {
  return BUCKETS.slice(0, -1).map((from, i) => {
    const to = BUCKETS[i + 1]!;
    const inside = answers.filter((a) => a.confidence >= from && a.confidence < to);
    return { from, to, total: inside.length, right: inside.filter(isRight).length };
  });
}

export function highConfidence(answers: readonly Answer[], at = 0.9): { total: number; right: number } {
  const high = answers.filter((a) => a.confidence >= at);
  return { total: high.length, right: high.filter(isRight).length };
}
