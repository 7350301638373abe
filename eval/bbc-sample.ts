/**
 * Quotation extraction and speaker attribution measured on two hand-annotated samples of 40 BBC articles each
 * (../shared/corpora/bbc): a second kind of news, never used for tuning. See eval/bbc-sample/choose.ts for how the
 * articles were chosen and DESIGN.md ("Measured") for how they were annotated. Reports the first sample, the
 * second, and both together, each in the same shape.
 *
 *   npm run eval:bbc-sample            tables
 *   npm run eval:bbc-sample -- --json  machine-readable figures: { first, second, both }
 *
 * Only the aggregate is printed, never a per-article error: looking at the extractor's output on these articles
 * would make them tuning data.
 */
import { existsSync } from "node:fs";
import { extractQuotes, SURE_SPEAKER_PROBABILITY } from "../src/core/extract/extract-quotes.js";
import { type SampleNumber, sampleAnnotations, sampleArticles } from "./bbc-sample/load-sample.js";
import { bbcDir, readBbcArticle } from "./bbc-sample/read-article.js";
import {
  addTally,
  emptySampleTally,
  type SampleTally,
  type SpeakerKind,
  scoreArticle,
} from "./bbc-sample/score.js";

const KINDS: readonly SpeakerKind[] = ["person", "organisation", "description"];

const RULES = [
  "the samples: 8 articles per category with a double quotation mark, ranked by SHA-256 of a fixed seed and the name",
  "first sample: ranks 1-8 in each category; second sample: ranks 9-16, annotated blind by a second annotator",
  "gold: every direct quotation inside double marks that the article reports someone said or wrote (annotated by hand)",
  "recall: an annotated quotation is found when extracted quotations cover >= 50% of its characters",
  "precision: an extracted quotation is correct when annotated quotations cover >= 50% of its characters",
  "speaker: over quotations found; a person by surname either way, an organisation or description by its words",
];

function pct(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10;
}

export function measureSample(which: SampleNumber): SampleTally {
  const annotations = sampleAnnotations(which);
  const tally = emptySampleTally();
  for (const name of sampleArticles(which)) {
    const quotes = extractQuotes(readBbcArticle(name));
    scoreArticle(
      annotations.filter((a) => a.article === name),
      quotes,
      tally,
    );
  }
  return tally;
}

export function figures(t: SampleTally) {
  const sum = (key: "total" | "right" | "unknown") => KINDS.reduce((n, k) => n + t.speaker[k][key], 0);
  const [total, right, unknown] = [sum("total"), sum("right"), sum("unknown")];
  const recall = pct(t.found, t.annotated);
  const precision = pct(t.correct, t.extracted);
  return {
    articles: t.articles,
    annotatedQuotes: t.annotated,
    extractedQuotes: t.extracted,
    recall,
    precision,
    f1: recall + precision === 0 ? 0 : Math.round((20 * recall * precision) / (recall + precision)) / 10,
    speakerAccuracy: pct(right, total),
    speakerCount: total,
    wrongName: pct(total - right - unknown, total),
    leftUnknown: pct(unknown, total),
    statedSpeakerAccuracy: pct(t.stated.right, t.stated.total),
    statedSpeakerCount: t.stated.total,
    byKind: Object.fromEntries(
      KINDS.map((k) => [k, { accuracy: pct(t.speaker[k].right, t.speaker[k].total), n: t.speaker[k].total }]),
    ),
  };
}

/** The three reports: each sample alone, and both together (their tallies added, not their percentages). */
export function sampleReports(first: SampleTally, second: SampleTally) {
  return { first: figures(first), second: figures(second), both: figures(addTally(first, second)) };
}

const TITLES: Record<keyof ReturnType<typeof sampleReports>, string> = {
  first: "BBC sample 1",
  second: "BBC sample 2",
  both: "BBC samples 1 and 2",
};

function printTable(title: string, f: ReturnType<typeof figures>): void {
  const row = (label: string, value: number, n: string) =>
    console.log(`  ${label.padEnd(30)}${value.toFixed(1).padStart(5)}%   ${n}`);
  console.log(
    `${title}: ${f.articles} articles, ${f.annotatedQuotes} annotated quotations, ${f.extractedQuotes} extracted`,
  );
  console.log("");
  row("quotation recall", f.recall, `n=${f.annotatedQuotes}`);
  row("quotation precision", f.precision, `n=${f.extractedQuotes}`);
  row("quotation F1", f.f1, "");
  row("speaker accuracy", f.speakerAccuracy, `n=${f.speakerCount} (quotations found)`);
  for (const k of KINDS) row(`  ${k}`, f.byKind[k]!.accuracy, `n=${f.byKind[k]!.n}`);
  row("  a wrong name given", f.wrongName, `n=${f.speakerCount}`);
  row("  left unknown", f.leftUnknown, `n=${f.speakerCount}`);
  row(
    `stated in a verdict (p ≥ ${SURE_SPEAKER_PROBABILITY}), right`,
    f.statedSpeakerAccuracy,
    `n=${f.statedSpeakerCount}`,
  );
  console.log("");
}

if (process.argv[1]?.endsWith("bbc-sample.ts")) {
  if (!existsSync(bbcDir)) {
    console.log(`Skipping: the BBC corpus is not at ${bbcDir}.`);
  } else {
    const reports = sampleReports(measureSample(1), measureSample(2));
    if (process.argv.includes("--json")) console.log(JSON.stringify(reports));
    else {
      console.log(
        "These articles were never used for tuning; annotated by hand without looking at the extractor's output.\n",
      );
      for (const key of ["first", "second", "both"] as const) printTable(TITLES[key], reports[key]);
      console.log("Rules:");
      for (const rule of RULES) console.log(`  - ${rule}`);
    }
  }
}
