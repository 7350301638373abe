import type { Verdict } from "../types.js";

/**
 * Strength (see confidence.ts) → the share of answers right, per verdict: [lowest strength, confidence] steps.
 */
export const CALIBRATION: Readonly<Record<Verdict, readonly (readonly [number, number])[]>> = {
  verified: [[0, 0.8], [0.9, 0.95]],
  variant: [[0, 0.6], [0.85, 0.85]],
  misquoted: [[0, 0.7], [0.85, 0.85]],
  partial: [[0, 0.6], [0.8, 0.8]],
  unattributed: [[0, 0.7]],
  misattributed: [[0, 0.6], [0.8, 0.85]],
  unquoted: [[0, 0.7], [0.9, 0.9]],
  not_found: [[0, 0.6], [0.5, 0.9]],
};
