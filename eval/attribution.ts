/**
 * Quotation extraction and speaker attribution measured on PolNeAR (../shared/corpora/polnear-train); USAGE lists
 * the options. Every figure is given for the held-out articles (never tuned on) with the tuning articles beside it;
 * see polnear/split.ts. Errors are only ever listed from the tuning articles, so that the held-out figures stay
 * honest.
 */
import { performance } from "node:perf_hooks";
import { extractQuotes, SURE_SPEAKER_PROBABILITY } from "../src/core/extract/extract-quotes.js";
import { parseOptions } from "./cli-options.js";
import { type Agreement, annotatorAgreement } from "./polnear/agreement.js";
import { type Figures, figures, pct } from "./polnear/figures.js";
import { goldQuotes } from "./polnear/gold.js";
import { loadPolnear, polnearDir } from "./polnear/load-polnear.js";
import { type MissedQuote, missedQuotes, printMissedQuotes } from "./polnear/miss-causes.js";
import {
  judgeDocument,
  type KindAgreement,
  kindAgreement,
  loadKinds,
  SECOND_KINDS_FILE,
} from "./polnear/quotation-kinds.js";
import { loadReferents } from "./polnear/referents.js";
import { emptyTally, LONG_QUOTE_WORDS, type Miss, scoreDocument, type Tally } from "./polnear/score.js";
import { type Split, splitOf } from "./polnear/split.js";

const USAGE = `npm run eval:attribution                 full run, table output
npm run eval:attribution -- --limit 100  first 100 articles
npm run eval:attribution -- --json       machine-readable figures
npm run eval:attribution -- --errors 20  also list 20 examples of each kind of error (tuning articles only)
npm run eval:attribution -- --missed 50  missed gold quotations by likely cause, in context (tuning only)
npm run eval:attribution -- --tuning-only  tuning articles alone, for day-to-day work (held-out column blank)`;

const PUBLISHED = [
  { system: "SFU GenderGapTracker (rules + coreference)", quoteF1: 83.7, speakerAccuracy: 86.5 },
  { system: "CofeNet (BERT), PolNeAR source F1", sourceF1: 83.2 },
];

/** Held-out targets. */
const TARGETS = { recall: 97, precision: 95, named: 95, pronoun: 88 };

const RULES = [
  "gold direct quotation = the quoted part (inside quotation marks) of a PolNeAR Content span",
  "recall: a gold quotation is found when our quotations cover >= 50% of its characters",
  `recall of ${LONG_QUOTE_WORDS}+ words: the same, over gold quotations of at least ${LONG_QUOTE_WORDS} words`,
  "precision: one of our quotations is correct when gold direct quotations cover >= 50% of its characters",
  "speaker accuracy: over gold quotations found; ours = the overlapping quotation; surname match either way",
  "named sources: a capitalised word other than a function word opening the Source (It, Another, At …)",
  "a wrong name: the speaker named is not the gold one; left unknown (too unsure to name) is counted apart",
  "pronoun sources: he/she is replaced by the nearest preceding gold Source naming a person, in apposition too (they: naming anything)",
  "pronoun speaker, hand-resolved referent: the same pronoun quotations scored against who each pronoun Source refers to, as resolved by a careful reading of the text before it, blind to our answers (eval/polnear/pronoun-referents*.json, every article); Sources left undeterminable (null) are not counted",
  `speaker a verdict would state: over gold quotations found with a named Source or a hand-resolved referent, those whose speaker we name with probability at least ${SURE_SPEAKER_PROBABILITY} (below it a verdict offers the name only as a possibility); the share of them named right`,
  `someone's words, hand-judged: the same figures with the gold quoted parts a careful reader, blind to our answers, judged to be titles, names, mottoes or the writer's scare quotes set aside (eval/polnear/quotation-kinds.json: every gold quoted part under ${LONG_QUOTE_WORDS} words or title-cased, in every article); ours lying mostly on such a part count neither way`,
  "proxy agreement: over gold pronoun quotations with a hand-resolved referent (found or not), how often the nearest-named-Source rule names that referent (surname match; no name = disagreement)",
];

function printTable(
  results: Record<Split, Figures>,
  agreement: Agreement,
  totalSeconds: number,
  printBelow: () => void,
): void {
  const held = results["held-out"];
  const tune = results.tune;
  const cell = (value: number) => `${value.toFixed(1).padStart(5)}%`;
  const row = (label: string, h: number, t: number, target: string, n = "") =>
    console.log(
      `  ${label.padEnd(28)}${held.articles === 0 ? "     —" : cell(h)}     ${cell(t)}   ${target.padEnd(10)}${n}`,
    );
  for (const [name, f] of [
    ["held out", held],
    ["tuning", tune],
  ] as const) {
    console.log(
      `PolNeAR train, ${name}: ${f.articles} articles, ${f.goldQuotes} gold direct quotations, ${f.extractedQuotes} extracted`,
    );
  }
  console.log("");
  console.log(`  ${"".padEnd(28)}held out   tuning   target`);
  row("direct-quotation recall", held.recall, tune.recall, `≥ ${TARGETS.recall}%`);
  row(
    `  of ${LONG_QUOTE_WORDS}+ words`,
    held.longRecall,
    tune.longRecall,
    "",
    `n=${held.longGold}/${tune.longGold} (titles, slogans and scare quotes are mostly shorter)`,
  );
  row("direct-quotation precision", held.precision, tune.precision, `≥ ${TARGETS.precision}%`);
  row("direct-quotation F1", held.f1, tune.f1, "", "(GenderGapTracker quote F1 83.7%)");
  row(
    "speaker accuracy, named",
    held.namedSpeakerAccuracy,
    tune.namedSpeakerAccuracy,
    `≥ ${TARGETS.named}%`,
    `n=${held.namedSpeakerCount}/${tune.namedSpeakerCount} (GenderGapTracker speaker 86.5%)`,
  );
  row(
    "speaker accuracy, pronoun",
    held.pronounSpeakerAccuracy,
    tune.pronounSpeakerAccuracy,
    `≥ ${TARGETS.pronoun}%`,
    `n=${held.pronounSpeakerCount}/${tune.pronounSpeakerCount}`,
  );
  const resolved = (label: string, value: (f: Figures) => [number, number]) => {
    const side = (name: string, f: Figures) => {
      const [share, n] = value(f);
      return `${name} ${n === 0 ? "—" : `${share.toFixed(1)}%`} (n=${n})`;
    };
    console.log(`  ${label}: ${side("held out", held)}, ${side("tuning", tune)}`);
  };
  resolved("pronoun speaker, hand-resolved referent", (f) => [
    f.resolvedPronounAccuracy,
    f.resolvedPronounCount,
  ]);
  resolved("  proxy agreement with the hand-resolved referent", (f) => [
    f.proxyAgreement,
    f.proxyAgreementCount,
  ]);
  resolved(`speaker a verdict would state (probability ≥ ${SURE_SPEAKER_PROBABILITY}), right`, (f) => [
    f.statedSpeakerAccuracy,
    f.statedSpeakerCount,
  ]);
  row(
    "  a wrong name given, named",
    held.namedSpeakerWrong,
    tune.namedSpeakerWrong,
    "",
    "(the rest: left unknown)",
  );
  row("  a wrong name given, pronoun", held.pronounSpeakerWrong, tune.pronounSpeakerWrong, "");
  printBelow();
  const named = pct(agreement.named.agree, agreement.named.total);
  const pronoun = pct(agreement.pronoun.agree, agreement.pronoun.total);
  console.log("");
  console.log(
    `Two PolNeAR annotators scored against each other (${agreement.articles} articles annotated twice):`,
  );
  console.log(
    `  named ${named.toFixed(1)}% (n=${agreement.named.total}), pronoun ${pronoun.toFixed(1)}% (n=${agreement.pronoun.total})`,
  );
  console.log("");
  console.log("Published (for reference; different data splits and definitions):");
  console.log("  SFU GenderGapTracker: quote F1 83.7%, speaker accuracy 86.5%");
  console.log("  CofeNet (BERT): source F1 83.2% on PolNeAR");
  console.log("");
  console.log("Rules:");
  for (const rule of RULES) console.log(`  - ${rule}`);
  console.log("");
  const extracting = held.extractionSeconds + tune.extractionSeconds;
  console.log(`Extraction ${extracting.toFixed(2)} s; whole run ${totalSeconds.toFixed(2)} s`);
}

/** The headline figures again over the gold quotations judged to be someone's words. */
function printJudged(
  results: Record<Split, Figures>,
  setAside: Record<Split, number>,
  agreement: KindAgreement,
): void {
  const side = (name: string, f: Figures, value: number, n: number, articles = f.articles) =>
    `${name} ${articles === 0 ? "—" : `${value.toFixed(1)}%`} (n=${n})`;
  const line = (label: string, value: (f: Figures) => [number, number], target = "") => {
    const [h, hn] = value(results["held-out"]);
    const [t, tn] = value(results.tune);
    console.log(
      `  ${label}${target}: ${side("held out", results["held-out"], h, hn)}, ${side("tuning", results.tune, t, tn)}`,
    );
  };
  console.log("");
  console.log(
    `Someone's words, hand-judged (titles, names, mottoes and scare quotes set aside: ${setAside["held-out"]} held out, ${setAside.tune} tuning):`,
  );
  line("recall", (f) => [f.recall, f.goldQuotes], ` (target ≥ ${TARGETS.recall}%)`);
  line("precision", (f) => [f.precision, f.extractedQuotes], ` (target ≥ ${TARGETS.precision}%)`);
  line(
    "speaker accuracy, named",
    (f) => [f.namedSpeakerAccuracy, f.namedSpeakerCount],
    ` (target ≥ ${TARGETS.named}%)`,
  );
  line(
    "pronoun speaker, hand-resolved referent",
    (f) => [f.resolvedPronounAccuracy, f.resolvedPronounCount],
    ` (target ≥ ${TARGETS.pronoun}%)`,
  );
  line("speaker a verdict would state, right", (f) => [f.statedSpeakerAccuracy, f.statedSpeakerCount]);
  const share = pct(agreement.agree, agreement.total);
  console.log(
    `  two readers judging the same ${agreement.total} parts agree on setting aside in ${share.toFixed(1)}% (Cohen's kappa ${agreement.kappa.toFixed(2)})`,
  );
}

function printMisses(misses: readonly Miss[], perKind: number): void {
  for (const kind of ["missed", "spurious", "speaker", "pronoun"] as const) {
    const some = misses.filter((m) => m.kind === kind);
    console.log(`\n== ${kind} (${some.length}) ==`);
    for (const m of some.slice(0, perKind)) {
      console.log(`[${m.document}] «${m.text.slice(0, 140).replace(/\s+/g, " ")}» ${m.detail}`);
    }
  }
}

function main(): void {
  const values = parseOptions(
    {
      limit: { type: "string" },
      json: { type: "boolean", default: false },
      errors: { type: "string" },
      missed: { type: "string" },
      "tuning-only": { type: "boolean", default: false },
    },
    USAGE,
  );
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if ((!Number.isInteger(limit) || limit < 1) && limit !== Number.POSITIVE_INFINITY) {
    console.error("--limit takes a whole number of articles, e.g. --limit 100");
    process.exit(2);
  }
  const began = performance.now();
  const dir = polnearDir();
  const docs = loadPolnear(dir, limit);
  if (docs.length === 0) {
    console.error(`No PolNeAR data at ${dir}; nothing to measure.`);
    process.exit(1);
  }
  const tallies: Record<Split, Tally> = { "held-out": emptyTally(), tune: emptyTally() };
  const articles: Record<Split, number> = { "held-out": 0, tune: 0 };
  const seconds: Record<Split, number> = { "held-out": 0, tune: 0 };
  const misses: Miss[] = [];
  const missed: MissedQuote[] = [];
  const referents = loadReferents();
  const kinds = loadKinds();
  const judged: Record<Split, Tally> = { "held-out": emptyTally(), tune: emptyTally() };
  const setAside: Record<Split, number> = { "held-out": 0, tune: 0 };
  for (const doc of docs) {
    const split = splitOf(doc.article.id);
    // Day-to-day work reads the tuning articles alone, so the held-out figures are read only when reported.
    if (values["tuning-only"] && split === "held-out") continue;
    const t0 = performance.now();
    const ours = extractQuotes(doc.article);
    seconds[split] += (performance.now() - t0) / 1000;
    articles[split]++;
    // Held-out errors are never collected: nothing may be tuned on them.
    const sink = split === "tune" ? misses : [];
    const gold = goldQuotes(doc, referents.get(doc.article.id));
    scoreDocument(doc.article.id, doc.article.body, gold, ours, tallies[split], sink);
    const words = judgeDocument(gold, ours, kinds.get(doc.article.id));
    setAside[split] += words.setAside;
    scoreDocument(doc.article.id, doc.article.body, words.gold, words.ours, judged[split], []);
    if (values.missed && split === "tune")
      missed.push(...missedQuotes(doc.article.id, doc.article.body, gold, ours));
  }
  const results: Record<Split, Figures> = {
    "held-out": figures(tallies["held-out"], articles["held-out"], seconds["held-out"]),
    tune: figures(tallies.tune, articles.tune, seconds.tune),
  };
  const judgedResults: Record<Split, Figures> = {
    "held-out": figures(judged["held-out"], articles["held-out"], 0),
    tune: figures(judged.tune, articles.tune, 0),
  };
  const readers = kindAgreement(kinds, loadKinds(SECOND_KINDS_FILE));
  const agreement = annotatorAgreement(dir);
  const total = (performance.now() - began) / 1000;
  if (values.json) {
    const json = {
      heldOut: results["held-out"],
      tuning: results.tune,
      targets: TARGETS,
      totalSeconds: Math.round(total * 100) / 100,
      annotatorAgreement: agreement,
      someonesWords: {
        heldOut: judgedResults["held-out"],
        tuning: judgedResults.tune,
        setAside,
        readerAgreement: readers,
      },
    };
    console.log(JSON.stringify({ ...json, rules: RULES, published: PUBLISHED }, null, 2));
  } else {
    printTable(results, agreement, total, () => printJudged(judgedResults, setAside, readers));
  }
  if (values.errors) printMisses(misses, Number(values.errors));
  if (values.missed) printMissedQuotes(missed, Number(values.missed));
}

main();
