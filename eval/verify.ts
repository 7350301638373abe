/**
 * Verdicts measured on a probe set generated from PolNeAR train and BBC (../shared): exact quotations, typos,
 * other spellings, changed figures, flipped negations, replaced words, splices, narration, claimed speakers
 * (right, wrong, unnamed in the source), text-only twins and invented quotations. Each probe's expected verdict
 * is fixed when it is made. Probes fall in two halves by source article: confidence is calibrated on the
 * calibration half; figures are reported on the held-out half.
 *
 * USAGE lists the options.
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createRng } from "../bench/rng.js";
import { buildMatchIndex } from "../src/core/match/match-index.js";
import { verifyQuoteWithStrength } from "../src/core/match/verify-quote.js";
import { attributeCorpus } from "../src/core/speakers/attribute-corpus.js";
import { createSpeakerDirectory } from "../src/core/speakers/speaker-directory.js";
import { parseOptions } from "./cli-options.js";
import { calibrationSource, fitCalibration } from "./verify/calibrate.js";
import { buildEvalCorpus, sharedDataPresent } from "./verify/eval-corpus.js";
import { type Half, makeProbes, PROBE_KINDS } from "./verify/probes.js";
import { wordsOfCorpus } from "./verify/reference.js";
import { markdownSection, recordSection, summarise, terminalTable } from "./verify/report.js";
import { type Answer, isRight } from "./verify/score.js";

const USAGE = `npm run eval:verify                        held-out figures (and the calibration half for comparison)
npm run eval:verify -- --failures 10       also list 10 wrong answers per kind from the calibration half
npm run eval:verify -- --calibrate         refit src/core/match/calibration.ts on the calibration half
npm run eval:verify -- --json              machine-readable figures
npm run eval:verify -- --record            also write the held-out figures into BENCHMARKS.md
npm run eval:verify -- --seed 7 --per-kind 300
npm run eval:verify -- --query "TEXT" [--speaker NAME]   one answer against the evaluation corpus, as JSON`;

const values = parseOptions(
  {
    seed: { type: "string", default: "20240611" },
    "per-kind": { type: "string", default: "200" },
    failures: { type: "string", default: "0" },
    calibrate: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    record: { type: "boolean", default: false },
    query: { type: "string" },
    speaker: { type: "string" },
  },
  USAGE,
);

const log = (line = "") => {
  if (!values.json) console.log(line);
};

async function main(): Promise<void> {
  if (!sharedDataPresent()) {
    console.log("eval:verify: ../shared/corpora (PolNeAR train and BBC) not found; nothing to measure.");
    return;
  }
  const seed = Number(values.seed);
  const started = performance.now();
  const corpus = await buildEvalCorpus(createRng(seed));
  const { quotes, speakers } = attributeCorpus(corpus.articles);
  const index = buildMatchIndex(corpus.articles, quotes);
  const directory = createSpeakerDirectory(speakers);
  const resolveSpeaker = (name: string) => directory.find(name);
  if (values.query !== undefined) {
    const query = values.speaker ? { quote: values.query, speaker: values.speaker } : { quote: values.query };
    console.log(JSON.stringify(verifyQuoteWithStrength(index, query, { resolveSpeaker }), null, 2));
    return;
  }
  const reference = wordsOfCorpus(corpus.articles);
  const probes = makeProbes(corpus, reference.known, reference.sharesPhrase, {
    seed,
    perKind: Number(values["per-kind"]),
  });
  const corpusLine = `Corpus: PolNeAR train and BBC, ${corpus.articles.length} articles (${corpus.twinned.size} of them also as a text-only twin), ${corpus.outside.length} kept out as the world outside the corpus; ${probes.length} probes.`;
  log(`${corpusLine} (${Math.round(performance.now() - started)} ms to build, seed ${seed})`);
  const answers: Answer[] = probes.map((probe) => {
    const query = probe.speaker ? { quote: probe.quote, speaker: probe.speaker } : { quote: probe.quote };
    const { result, strength } = verifyQuoteWithStrength(index, query, { resolveSpeaker });
    return {
      probe,
      verdict: result.verdict,
      confidence: result.confidence,
      strength,
      explanation: result.explanation,
      speaker: result.speaker,
    };
  });
  const half = (h: Half) => answers.filter((a) => a.probe.half === h);
  if (values.calibrate) {
    const file = new URL("../src/core/match/calibration.ts", import.meta.url);
    writeFileSync(
      file,
      calibrationSource(
        fitCalibration(half("calibration")),
        `Fitted by \`npm run eval:verify -- --calibrate\` (seed ${seed}) on the calibration half of the probes.`,
      ),
    );
    log("wrote src/core/match/calibration.ts; run again to report with it.");
    return;
  }
  const report = (h: Half) => summarise(half(h));
  if (values.json) {
    console.log(JSON.stringify({ seed, heldOut: report("held-out"), calibration: report("calibration") }));
    return;
  }
  for (const line of terminalTable(
    "held-out half (articles the confidence was not calibrated on)",
    summarise(half("held-out")),
  ))
    log(line);
  for (const line of terminalTable("calibration half", summarise(half("calibration")))) log(line);
  if (values.record) {
    const file = new URL("../BENCHMARKS.md", import.meta.url);
    recordSection(
      file.pathname,
      markdownSection(summarise(half("held-out")), summarise(half("calibration")), seed, corpusLine),
    );
    log("");
    log("wrote the held-out figures into BENCHMARKS.md");
  }
  const shown = Number(values.failures);
  if (shown > 0) printFailures(half("calibration"), shown);
}

function printFailures(list: readonly Answer[], count: number): void {
  log("");
  log(`== wrong answers, calibration half (up to ${count} per kind) ==`);
  for (const kind of Object.keys(PROBE_KINDS)) {
    const wrong = list.filter((a) => a.probe.kind === kind && !isRight(a)).slice(0, count);
    if (wrong.length === 0) continue;
    log("");
    log(`-- ${kind} (expected ${wrong[0]!.probe.expected})`);
    for (const a of wrong) {
      log(
        `   [${a.verdict} ${a.confidence}] ${a.probe.article}: “${a.probe.quote}”${a.probe.speaker ? ` — ${a.probe.speaker}` : ""}`,
      );
      if (a.probe.goldSource) log(`      gold Source: ${a.probe.goldSource}`);
      log(`      ${a.explanation}`);
    }
  }
}

await main();
