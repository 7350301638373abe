/**
 * The corpus pool at scale: memory of the whole process (main thread, query threads and the shared image), query
 * latency through the pool, and what a reload after one new article costs. The measured part runs in a child
 * process so that preparing the corpus does not count in its memory.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleAt, docCount, imageBytes } from "../src/core/image/corpus-image.js";
import { silentLogger } from "../src/core/logger.js";
import { termFrequency } from "../src/core/match/index-structure.js";
import { indexOfImage } from "../src/core/match/match-index.js";
import { collectGarbage } from "../src/core/pool/collect-garbage.js";
import { openPooledCorpus, type PooledCorpus } from "../src/core/pool/pooled-corpus.js";
import { corpusOnDisk } from "./corpus-on-disk.js";
import { commonWords, heavyQuote } from "./heavy-quotes.js";
import { latency } from "./measure.js";
import { buildQueryMix } from "./query-mix.js";
import { loadAverage, writeSection } from "./report.js";
import { createRng } from "./rng.js";

const root = process.cwd();
const bbcDir = path.resolve(root, "../shared/corpora/bbc");
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Figures {
  scale: number;
  threads: number;
  articles: number;
  imageMB: number;
  firstLoadMs: number;
  firstFromCache: boolean;
  rssAfterLoadMB: number;
  sequential: ReturnType<typeof latency>;
  concurrentPerSecond: number;
  heavy: { ms: number; truncated: boolean }[];
  reload: { ms: number; buildMs: number; read: number; reused: number; verdict: string };
  rssAfterReloadMB: number;
  cacheLoadMs: number;
  rssFromCacheMB: number;
  peakRssMB: number;
  load: string;
}

const rssMB = () => process.memoryUsage().rss / 2 ** 20;

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

/** What the queries are made of, taken from the image without keeping a reference to it. */
function queryMaterials(pool: PooledCorpus, queries: number) {
  const { image } = pool.current().engine;
  const index = indexOfImage(image);
  const docs = docCount(image);
  const sample = Array.from({ length: Math.min(3000, docs) }, (_, i) =>
    articleAt(image, Math.floor((i * docs) / Math.min(3000, docs))),
  );
  return {
    articles: docs,
    imageMB: imageBytes(image) / 2 ** 20,
    mix: buildQueryMix(sample, queries, createRng(7)),
    common: commonWords(index.vocab, (t) => termFrequency(index, t)),
  };
}

/** Lets this thread collect what it no longer holds (as the bot does after a swap) before memory is read. */
async function settle(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 500));
}

async function measure(dir: string, scale: number, queries: number): Promise<Figures> {
  // With --cached the cache is kept between runs (the first start then reads it instead of the files).
  const keep = process.argv.includes("--cached");
  const dataDir = keep
    ? path.join(tmpdir(), `verbatim-bench-data-${scale}x`)
    : mkdtempSync(path.join(tmpdir(), "verbatim-bench-data-"));
  const threads = availableParallelism();
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, rssMB());
  }, 200);
  const open = () => openPooledCorpus({ corpusDir: dir, dataDir, logger: silentLogger, threads });
  const firstFromCache = keep && existsSync(path.join(dataDir, "cache"));
  log(
    `loading ${dir} into the pool${firstFromCache ? " (from the kept cache)" : " (every file read and extracted)"} ...`,
  );
  let [pool, firstLoadMs] = await timed(open);
  const { articles, imageMB, mix, common } = queryMaterials(pool, queries);
  const ask = (p: PooledCorpus, quote: string, requester: string) =>
    p.verify({ quote }, { requester }).catch(() => null);
  await Promise.all(mix.slice(0, threads * 4).map((q, i) => ask(pool, q.quote, `warm-${i}`)));
  await settle();
  const rssAfterLoadMB = rssMB();
  log(`${queries} queries one at a time, then all at once ...`);
  const load = loadAverage();
  const samples: number[] = [];
  for (const q of mix) samples.push((await timed(() => ask(pool, q.quote, "one")))[1]);
  const [, allMs] = await timed(() => Promise.all(mix.map((q, i) => ask(pool, q.quote, `user-${i}`))));
  const heavy: Figures["heavy"] = [];
  const rng = createRng(11);
  for (let i = 0; i < 3; i++) {
    const [result, ms] = await timed(() => pool.verify({ quote: heavyQuote(common, rng) }));
    heavy.push({ ms, truncated: result.truncated === true });
  }
  log("adding one article and reloading ...");
  const added = path.join(dir, `zz-bench-added-${Date.now()}.txt`);
  const quote = "The lighthouse keepers will return to the northern cape before the winter storms";
  writeFileSync(
    added,
    `---\ntitle: Cape lights\nsource: Bench Courier\ndate: 2025-01-02\n---\n"${quote}," the harbour board chair Wren Tallis said.\n`,
  );
  const [outcome, reloadMs] = await timed(() => pool.reload());
  const verdict = (await pool.verify({ quote })).verdict;
  await Promise.all(mix.slice(0, threads * 4).map((q, i) => ask(pool, q.quote, `after-${i}`)));
  await settle();
  const rssAfterReloadMB = rssMB();
  await pool.close();
  log("starting again from the cache ...");
  const [restarted, cacheLoadMs] = await timed(open);
  pool = restarted;
  await Promise.all(mix.slice(0, threads * 4).map((q, i) => ask(pool, q.quote, `cache-${i}`)));
  await settle();
  const rssFromCacheMB = rssMB();
  await pool.close();
  clearInterval(sampler);
  unlinkSync(added);
  if (!process.argv.includes("--cached")) rmSync(dataDir, { recursive: true, force: true });
  return {
    scale,
    threads,
    articles,
    imageMB,
    firstLoadMs,
    firstFromCache,
    rssAfterLoadMB,
    sequential: latency(samples),
    concurrentPerSecond: (mix.length / allMs) * 1000,
    heavy,
    reload: { ms: reloadMs, buildMs: outcome.ms, read: outcome.read, reused: outcome.reused, verdict },
    rssAfterReloadMB,
    cacheLoadMs,
    rssFromCacheMB,
    peakRssMB: Math.max(peak, rssFromCacheMB),
    load,
  };
}

function render(f: Figures, command: string): string {
  const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
  const mb = (x: number) => `${x.toFixed(0)} MB`;
  return [
    `## Corpus pool, ${f.scale === 1 ? "BBC corpus" : `${f.scale}× BBC (generated, one file per article)`}`,
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} with ${f.threads} query threads; load average ${f.load} when queries started.`,
    "",
    "Reproduce with:",
    "",
    "```sh",
    command,
    "```",
    "",
    "| figure | value |",
    "|---|---|",
    `| articles | ${f.articles.toLocaleString("en-US")} |`,
    `| corpus image in shared memory (texts, quotations, index) | ${mb(f.imageMB)} |`,
    `| first start (${f.firstFromCache ? "from a kept cache" : "every file read and extracted, off the main thread"}) | ${(f.firstLoadMs / 1000).toFixed(1)} s |`,
    `| whole process RSS after the first start | ${mb(f.rssAfterLoadMB)} |`,
    `| verify through the pool, one at a time: p50 / p99 / max | ${ms(f.sequential.p50)} / ${ms(f.sequential.p99)} / ${ms(f.sequential.max)} ms |`,
    `| verify through the pool, ${f.sequential.count} at once from different users | ${f.concurrentPerSecond.toFixed(0)} queries/s |`,
    `| 1,400-character quotations of common words (work budget) | ${f.heavy.map((h) => `${ms(h.ms)} ms${h.truncated ? " (cut)" : ""}`).join(", ")} |`,
    `| reload after adding one article (${f.reload.read} file read, ${f.reload.reused.toLocaleString("en-US")} copied) | ${(f.reload.ms / 1000).toFixed(1)} s, of which building the image and writing the cache ${(f.reload.buildMs / 1000).toFixed(1)} s (the rest: starting the loading thread, preparing the query threads); the new quotation: ${f.reload.verdict} |`,
    `| whole process RSS after the reload | ${mb(f.rssAfterReloadMB)} |`,
    `| restart from the cache | ${(f.cacheLoadMs / 1000).toFixed(1)} s, RSS ${mb(f.rssFromCacheMB)} |`,
    `| peak RSS over the run (sampled every 200 ms) | ${mb(f.peakRssMB)} |`,
    "",
  ].join("\n");
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const scale = option("--scale", 1);
const queries = option("--queries", 300);
const command = `npm run bench:pool -- --scale ${scale} --queries ${queries}${process.argv.includes("--cached") ? " --cached" : ""}`;
if (!existsSync(bbcDir)) {
  process.stdout.write(`Skipping the benchmark: the BBC corpus is not at ${bbcDir}.\n`);
} else if (process.env.VERBATIM_BENCH_CHILD === "1") {
  const figures = await measure(process.env.VERBATIM_BENCH_DIR!, scale, queries);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
} else {
  const dir = await corpusOnDisk(bbcDir, scale, log);
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, VERBATIM_BENCH_CHILD: "1", VERBATIM_BENCH_DIR: dir },
      maxBuffer: 1 << 24,
    },
  );
  const figures = JSON.parse(child.stdout.toString().trim().split("\n").pop() ?? "null") as Figures | null;
  if (!figures) process.exit(child.status ?? 1);
  const section = render(figures, command);
  process.stdout.write(`${section}\n`);
  if (!process.argv.includes("--no-write"))
    writeSection(path.resolve(root, "BENCHMARKS.md"), `pool:scale=${scale}`, section);
}
