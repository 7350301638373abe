import type { Verdict } from "../types.js";

/**
 * Strength (see confidence.ts) → the share of answers right, per verdict: [lowest strength, confidence] steps.
 * Fitted by `npm run eval:verify -- --calibrate` (seed 20240611) on the calibration half of the probes.
 */
export const CALIBRATION: Readonly<Record<Verdict, readonly (readonly [number, number])[]>> = {
  verified: [
    [0, 0.939],
    [0.862, 0.95],
    [0.94, 0.986],
  ],
  variant: [
    [0, 0.939],
    [0.914, 0.941],
    [0.928, 0.978],
  ],
  misquoted: [
    [0, 0.937],
    [0.782, 0.938],
    [0.83, 0.942],
    [0.856, 0.939],
    [0.875, 0.939],
    [0.89, 0.939],
    [0.903, 0.939],
    [0.913, 0.939],
    [0.927, 0.955],
  ],
  partial: [[0, 0.943]],
  unattributed: [[0, 0.699]],
  misattributed: [
    [0, 0.752],
    [0.94, 0.866],
  ],
  unquoted: [[0, 0.971]],
  not_found: [[0, 0.956]],
};
