import type { Verdict } from "../src/core/types.js";
import type { Platform } from "./platform.js";

/** How a verification ended: its verdict, a query refused as uncheckable (empty, too long…), or a failure. */
export type VerificationOutcome = Verdict | "refused" | "failed";

/**
 * What the running service counts. Commands, front ends and the scheduler call this small sink; how the numbers
 * are kept and exported (Prometheus, or nothing) is the host's choice. Labels are low-cardinality by design:
 * front ends, verdicts, configured digest targets — never users or text.
 */
export interface MetricsSink {
  /** Starts timing one verification; the returned function records how it ended and how long it took. */
  verificationStarted(frontEnd: Platform): (outcome: VerificationOutcome) => void;
  /** Starts timing one platform request up to its acknowledgement (platforms give up after 3 s). */
  acknowledgementStarted(frontEnd: Platform): () => void;
  /** One digest post to a target ("slack:C0123…"), after its retries: delivered or given up for now. */
  digestPost(target: string, outcome: "posted" | "failed"): void;
  /** One reload of a changed corpus. */
  corpusReload(outcome: "succeeded" | "failed"): void;
}

const done = () => undefined;

/** Counts nothing: the CLI and tests that do not look at metrics. */
export const noMetrics: MetricsSink = {
  verificationStarted: () => done,
  acknowledgementStarted: () => done,
  digestPost: done,
  corpusReload: done,
};
