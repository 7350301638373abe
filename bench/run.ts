import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { imageFromArticles } from "../src/core/image/build-image.js";
import { readImageFile, writeImageFile } from "../src/core/image/image-file.js";
import { indexOfImage } from "../src/core/match/match-index.js";
import { attributeCorpus } from "../src/core/speakers/attribute-corpus.js";
import { type BigFileOptions, parseBigFileOptions, runBigFile } from "./big-file.js";
import { fuseBaseline } from "./fuse-baseline.js";
import { runQueries } from "./measure.js";
import { loadAndExtract } from "./pipeline.js";
import { buildQueryMix } from "./query-mix.js";
import { type BenchFigures, loadAverage, renderSection, writeSection } from "./report.js";
import { createRng } from "./rng.js";
import { generateCorpus } from "./scale-corpus.js";
import { splitSentences } from "./sentences.js";

const USAGE = `usage: npm run bench -- [--scale 1|100] [--queries N] [--baseline N] [--no-write]
  --scale N      corpus size as a multiple of the BBC corpus (1: the corpus itself; more: generated from its sentences)
  --queries N    verify queries to time (default 1000)
  --baseline N   queries to time with the fuse.js baseline (default 3 at scale 1, 0 otherwise; it is slow)
  --no-write     print the figures without updating BENCHMARKS.md
       npm run bench -- --big-file [--sizes 1,2,4,16] [--no-write]
  --big-file     time loading one generated multi-paragraph file of each size (MB), instead of the BBC corpus`;

interface Options {
  scale: number;
  queries: number;
  baseline: number;
  write: boolean;
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { scale: 1, queries: 1000, baseline: -1, write: true };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const number = () => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} needs a whole number`);
      return value;
    };
    if (flag === "--scale") options.scale = Math.max(1, number());
    else if (flag === "--queries") options.queries = Math.max(1, number());
    else if (flag === "--baseline") options.baseline = number();
    else if (flag === "--no-write") options.write = false;
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.baseline < 0) options.baseline = options.scale === 1 ? 3 : 0;
  return options;
}

const root = process.cwd();
const bbcDir = path.resolve(root, "../shared/corpora/bbc");
const SEED = 20_250_101;

/** Heap for the measuring process: the 100x corpus text alone is about 1 GB of strings. */
function heapFor(scale: number): number {
  return scale > 10 ? 8192 : 2048;
}

/** Re-runs this script in a child with a larger heap and gc exposed, so memory figures are after a full collection. */
function respawn(options: Options): number {
  const script = fileURLToPath(import.meta.url);
  const args = [
    ...process.execArgv,
    "--expose-gc",
    `--max-old-space-size=${heapFor(options.scale)}`,
    script,
    ...process.argv.slice(2),
  ];
  const child = spawnSync(process.execPath, args, {
    stdio: "inherit",
    env: { ...process.env, VERBATIM_BENCH_CHILD: "1" },
  });
  return child.status ?? 1;
}

function timed<T>(work: () => T): [T, number] {
  const started = performance.now();
  const value = work();
  return [value, performance.now() - started];
}

function memory(): BenchFigures["memory"] {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return {
    rssMB: m.rss / 2 ** 20,
    heapUsedMB: m.heapUsed / 2 ** 20,
    arrayBuffersMB: m.arrayBuffers / 2 ** 20,
  };
}

async function main(options: Options): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`loading ${bbcDir} ...`);
  const bbc = await loadAndExtract(bbcDir);
  let { articles, quotes } = bbc;
  let generateMs: number | null = null;
  let extractGeneratedMs: number | null = null;
  const sentences = splitSentences(bbc.articles);
  if (options.scale > 1) {
    log(`generating ${options.scale}x corpus from ${sentences.length} sentences ...`);
    const [generated, took] = timed(() =>
      generateCorpus(sentences, bbc.articles.length * options.scale, createRng(SEED)),
    );
    articles = generated;
    generateMs = took;
    // The generated articles go through the product's own extraction, as a corpus this size would at first start.
    log(`extracting quotations from ${articles.length} generated articles ...`);
    [quotes, extractGeneratedMs] = timed(() => attributeCorpus(articles).quotes);
  }
  log(`indexing ${articles.length} articles ...`);
  const [image, buildMs] = timed(() => imageFromArticles(articles, { quotes }));
  const index = indexOfImage(image);
  const mem = memory();
  const cacheDir = await mkdtemp(path.join(tmpdir(), "verbatim-bench-"));
  const cacheFile = path.join(cacheDir, "corpus.image");
  let started = performance.now();
  await writeImageFile(cacheFile, image, null);
  const serialiseMs = performance.now() - started;
  started = performance.now();
  await readImageFile(cacheFile);
  const deserialiseMs = performance.now() - started;
  const cacheBytes = (await stat(cacheFile)).size;
  await rm(cacheDir, { recursive: true, force: true });
  log(`verifying ${options.queries} queries ...`);
  const mix = buildQueryMix(articles, options.queries, createRng(SEED + 1));
  const load = loadAverage();
  const queries = runQueries(index, mix);
  let baseline = null;
  if (options.baseline > 0) {
    log(`fuse.js baseline on ${options.baseline} queries over ${sentences.length} sentences (slow) ...`);
    baseline = fuseBaseline(
      sentences,
      mix.filter((q) => q.document !== null && q.kind !== "reworded").slice(0, options.baseline),
    );
  }
  const flags = [
    `--scale ${options.scale}`,
    `--queries ${options.queries}`,
    ...(options.scale === 1 ? [`--baseline ${options.baseline}`] : []),
  ];
  const figures: BenchFigures = {
    scale: options.scale,
    articles: articles.length,
    quotes: quotes.length,
    words: index.tokens.length,
    vocabulary: index.vocab.length,
    loadMs: bbc.loadMs,
    extractMs: bbc.extractMs,
    generateMs,
    extractGeneratedMs,
    buildMs,
    memory: mem,
    load,
    cache: { bytes: cacheBytes, serialiseMs, deserialiseMs },
    queries,
    baseline,
    command: `npm run bench -- ${flags.join(" ")}`,
  };
  const section = renderSection(figures);
  process.stdout.write(`${section}\n`);
  if (options.write) {
    writeSection(path.resolve(root, "BENCHMARKS.md"), options.scale, section);
    log("BENCHMARKS.md updated");
  }
}

if (process.argv.includes("--big-file")) {
  let bigFile: BigFileOptions;
  try {
    bigFile = parseBigFileOptions(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  await runBigFile(bigFile);
  process.exit(0);
}
let options: Options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
  process.exit(2);
}
if (!existsSync(bbcDir)) {
  process.stdout.write(`Skipping the benchmark: the BBC corpus is not at ${bbcDir}.\n`);
} else if (process.env.VERBATIM_BENCH_CHILD !== "1") {
  process.exit(respawn(options));
} else {
  await main(options);
}
