/** The evaluation's figures as text: the terminal table, and the markdown section kept in BENCHMARKS.md. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { PROBE_KINDS } from "./probes.js";
import {
  type Answer,
  highConfidence,
  isFalseConfirmation,
  isRight,
  reliability,
  scoreByKind,
} from "./score.js";

export const TARGETS = { accuracy: 95, falseConfirmations: 1, highConfidence: 97 };

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);

export function summarise(list: readonly Answer[]) {
  const high = highConfidence(list);
  const falseConfirmations = list.filter(isFalseConfirmation).length;
  return {
    probes: list.length,
    accuracy: pct(list.filter(isRight).length, list.length),
    falseConfirmations,
    falseConfirmationRate: pct(falseConfirmations, list.length),
    highConfidence: { answers: high.total, right: pct(high.right, high.total) },
    kinds: scoreByKind(list).map((k) => ({ ...k, accuracy: pct(k.right, k.total) })),
    reliability: reliability(list).map((b) => ({ ...b, right: pct(b.right, b.total) })),
  };
}

type Summary = ReturnType<typeof summarise>;

const ordered = (s: Summary) =>
  Object.keys(PROBE_KINDS).flatMap((kind) => s.kinds.filter((k) => k.kind === kind));
const instead = (k: Summary["kinds"][number]) => k.wrong.map(([v, n]) => `${v} ${n}`).join(", ");
const range = (b: Summary["reliability"][number]) => `${b.from.toFixed(2)}–${Math.min(1, b.to).toFixed(2)}`;

export function terminalTable(title: string, s: Summary): string[] {
  const lines = ["", `== ${title}: ${s.probes} probes ==`, ""];
  lines.push("  kind               expected       right   n     false conf.  answered instead");
  for (const k of ordered(s)) {
    lines.push(
      `  ${k.kind.padEnd(18)} ${k.expected.padEnd(14)} ${`${k.accuracy.toFixed(1)}%`.padStart(6)}  ${String(k.total).padStart(4)}  ${String(k.falseConfirmations).padStart(6)}       ${instead(k)}`,
    );
  }
  lines.push(
    "",
    `  overall right           ${s.accuracy.toFixed(1)}%   (target ≥ ${TARGETS.accuracy}%)`,
    `  false confirmations     ${s.falseConfirmations} of ${s.probes} = ${s.falseConfirmationRate.toFixed(1)}%   (target ≤ ${TARGETS.falseConfirmations}%)`,
    `  confidence ≥ 0.9        ${s.highConfidence.answers} answers, ${s.highConfidence.right.toFixed(1)}% right   (target ≥ ${TARGETS.highConfidence}%)`,
    "",
    "  reliability: confidence   answers   right",
  );
  for (const b of s.reliability) {
    if (b.total > 0)
      lines.push(
        `               ${range(b).padEnd(11)} ${String(b.total).padStart(7)}   ${b.right.toFixed(1)}%`,
      );
  }
  return lines;
}

export function markdownSection(
  heldOut: Summary,
  calibration: Summary,
  seed: number,
  corpusLine: string,
): string {
  const rows = ordered(heldOut).map((k) => {
    const other = calibration.kinds.find((c) => c.kind === k.kind);
    return `| ${k.kind} | ${k.expected} | ${k.accuracy.toFixed(1)}% (n=${k.total}) | ${k.falseConfirmations} | ${instead(k) || "—"} | ${other ? `${other.accuracy.toFixed(1)}%` : "—"} |`;
  });
  const buckets = heldOut.reliability
    .filter((b) => b.total > 0)
    .map((b) => `| ${range(b)} | ${b.total} | ${b.right.toFixed(1)}% |`);
  return [
    "## Verdicts on the probe set (held-out half)",
    "",
    `Produced by \`npm run eval:verify -- --record\` (seed ${seed}). ${corpusLine}`,
    "Probes are split by source article: confidence is calibrated on one half (`npm run eval:verify -- --calibrate`),",
    "and the figures below are the other half's.",
    "",
    "| kind | expected | right | false confirmations | answered instead | calibration half |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
    `| held-out half | measured | target |`,
    "|---|---|---|",
    `| probes right | ${heldOut.accuracy.toFixed(1)}% of ${heldOut.probes} | ≥ ${TARGETS.accuracy}% |`,
    `| false confirmations (verified/variant when the expected verdict is another) | ${heldOut.falseConfirmations} = ${heldOut.falseConfirmationRate.toFixed(1)}% | ≤ ${TARGETS.falseConfirmations}% |`,
    `| right among answers with confidence ≥ 0.9 | ${heldOut.highConfidence.right.toFixed(1)}% of ${heldOut.highConfidence.answers} | ≥ ${TARGETS.highConfidence}% |`,
    "",
    "Reliability (held-out half): answers grouped by the confidence given, and the share of them right.",
    "",
    "| confidence | answers | right |",
    "|---|---|---|",
    ...buckets,
    "",
    `Calibration half for comparison: ${calibration.accuracy.toFixed(1)}% right, ${calibration.falseConfirmations} false confirmation${calibration.falseConfirmations === 1 ? "" : "s"}, ${calibration.highConfidence.right.toFixed(1)}% right at confidence ≥ 0.9.`,
  ].join("\n");
}

const BEGIN = "<!-- eval:verify -->";
const END = "<!-- /eval:verify -->";

/** Replaces the evaluation's section of BENCHMARKS.md (or appends it), leaving everything else alone. */
export function recordSection(file: string, section: string): void {
  const block = `${BEGIN}\n${section}\n${END}`;
  let text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const from = text.indexOf(BEGIN);
  const to = text.indexOf(END);
  if (from >= 0 && to > from) text = text.slice(0, from) + block + text.slice(to + END.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
