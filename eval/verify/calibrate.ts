/**
 * Fits the strength → confidence steps of src/core/match/calibration.ts from answered probes of the calibration
 * half. Per verdict, answers are sorted by strength and cut into bins of at least MIN_BIN; each bin's accuracy is
 * made monotone in strength (pool-adjacent-violators), then lowered to the one-sided 95% Wilson lower bound, so a
 * bin measured on few probes claims less.
 */
import { VERDICTS, type Verdict } from "../../src/core/types.js";
import { type Answer, isRight } from "./score.js";

const MIN_BIN = 40;
/** Confidence for a verdict no calibration probe received: a coin toss, until measured. */
const UNMEASURED = 0.5;
const Z = 1.645;

function wilsonLower(right: number, total: number): number {
  if (total === 0) return 0;
  const p = right / total;
  const centre = p + (Z * Z) / (2 * total);
  const margin = Z * Math.sqrt((p * (1 - p)) / total + (Z * Z) / (4 * total * total));
  return (centre - margin) / (1 + (Z * Z) / total);
}

interface Bin {
  from: number;
  right: number;
  total: number;
}

function pool(bins: Bin[]): Bin[] {
  const out: Bin[] = [];
  for (const bin of bins) {
    out.push({ ...bin });
    while (out.length > 1) {
      const last = out.at(-1)!;
      const before = out.at(-2)!;
      if (before.right / before.total <= last.right / last.total) break;
      out.splice(-2, 2, {
        from: before.from,
        right: before.right + last.right,
        total: before.total + last.total,
      });
    }
  }
  return out;
}

export type Steps = Record<Verdict, [number, number][]>;

export function fitCalibration(answers: readonly Answer[]): Steps {
  const steps = {} as Steps;
  for (const verdict of VERDICTS) {
    const given = answers.filter((a) => a.verdict === verdict).sort((a, b) => a.strength - b.strength);
    const bins: Bin[] = [];
    given.forEach((a, i) => {
      const current = bins.at(-1);
      // A bin closes once it is big enough and the strength moves on (equal strengths stay together).
      if (!current || (current.total >= MIN_BIN && a.strength > given[i - 1]!.strength)) {
        bins.push({ from: bins.length === 0 ? 0 : a.strength, right: 0, total: 0 });
      }
      const bin = bins.at(-1)!;
      bin.total++;
      if (isRight(a)) bin.right++;
    });
    const last = bins.at(-1);
    if (bins.length > 1 && last && last.total < MIN_BIN) {
      const before = bins.at(-2)!;
      bins.splice(-2, 2, {
        from: before.from,
        right: before.right + last.right,
        total: before.total + last.total,
      });
    }
    // Accuracy rises with strength (pooled above), so a stronger step never claims less than a weaker one.
    let floor = 0;
    const fitted = pool(bins).map((b): [number, number] => {
      floor = Math.max(floor, round(wilsonLower(b.right, b.total)));
      return [round(b.from), floor];
    });
    // Neighbouring steps with the same confidence are one step.
    steps[verdict] = fitted.filter((step, i) => i === 0 || step[1] !== fitted[i - 1]![1]);
    if (steps[verdict].length === 0) steps[verdict] = [[0, UNMEASURED]];
  }
  return steps;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function calibrationSource(steps: Steps, note: string): string {
  // Written as the formatter writes it: one step on the line, several one per line.
  const rows = VERDICTS.map((v) => {
    const pairs = steps[v].map(([from, c]) => `[${from}, ${c}]`);
    return pairs.length === 1
      ? `  ${v}: [${pairs[0]}],`
      : `  ${v}: [\n${pairs.map((p) => `    ${p},`).join("\n")}\n  ],`;
  }).join("\n");
  return `import type { Verdict } from "../types.js";

/**
 * Strength (see confidence.ts) → the share of answers right, per verdict: [lowest strength, confidence] steps.
 * ${note}
 */
export const CALIBRATION: Readonly<Record<Verdict, readonly (readonly [number, number])[]>> = {
${rows}
};
`;
}
