import type { Verdict } from "../types.js";

/**
 * Strength (see confidence.ts) → the share of answers right, per verdict: [lowest strength, confidence] steps.
 * Fitted by `npm run eval:verify -- --calibrate` (seed 20240611) on the calibration half of the probes.
 */
export const CALIBRATION: Readonly<Record<Verdict, readonly (readonly [number, number])[]>> = {
  verified: [
    [0, 0.94],
    [0.84, 0.96],
    [0.94, 0.99],
  ],
  variant: [
    [0, 0.94],
    [0.91, 0.95],
    [0.93, 0.98],
  ],
  misquoted: [
    [0, 0.94],
    [0.92, 0.96],
  ],
  partial: [[0, 0.95]],
  unattributed: [[0, 0.6]],
  misattributed: [
    [0, 0.78],
    [0.92, 0.84],
  ],
  unquoted: [[0, 0.94]],
  not_found: [[0, 0.93]],
};
