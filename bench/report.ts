import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import type { BaselineResult } from "./fuse-baseline.js";
import { latency, type MixResult } from "./measure.js";
import { QUERY_KINDS } from "./query-mix.js";

export interface BenchFigures {
  scale: number;
  articles: number;
  quotes: number;
  words: number;
  vocabulary: number;
  loadMs: number;
  extractMs: number;
  /** Time to generate the scaled corpus from corpus sentences (scale > 1 only). */
  generateMs: number | null;
  /** Time to extract and attribute quotations over the generated corpus (scale > 1 only). */
  extractGeneratedMs: number | null;
  buildMs: number;
  memory: { rssMB: number; heapUsedMB: number; arrayBuffersMB: number };
  /** One-minute load average when the queries were timed. */
  load: string;
  cache: { bytes: number; serialiseMs: number; deserialiseMs: number };
  queries: MixResult;
  baseline: BaselineResult | null;
  command: string;
}

const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (bytes: number) => bytes / 1024 / 1024;
const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GB RAM, Node ${process.version}, ${os.platform()} ${os.arch()}`;
}

/** Other work on the machine skews timings; the one-minute load average is recorded beside them. */
export function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(2);
}

function targets(f: BenchFigures): string[] {
  const p95Target = f.scale === 1 ? 10 : 50;
  const lines = [
    `| verify p95 ≤ ${p95Target} ms | ${ms(f.queries.all.p95)} ms | ${f.queries.all.p95 <= p95Target ? "met" : "missed"} |`,
  ];
  if (f.scale > 1) {
    const gb = f.memory.rssMB / 1024;
    lines.push(
      `| index build ≤ 3 min | ${(f.buildMs / 1000).toFixed(1)} s | ${f.buildMs <= 180_000 ? "met" : "missed"} |`,
    );
    if (f.extractGeneratedMs !== null) {
      const start = (f.extractGeneratedMs + f.buildMs) / 1000;
      lines.push(
        `| first start: extraction + index build (no target; later starts load the cache) | ${start.toFixed(1)} s | |`,
      );
    }
    lines.push(`| memory (RSS) ≤ 4 GB | ${gb.toFixed(2)} GB | ${gb <= 4 ? "met" : "missed"} |`);
  }
  lines.push(
    `| loading the cached image beats rebuilding | ${ms(f.cache.deserialiseMs)} ms vs ${ms(f.buildMs)} ms | ${f.cache.deserialiseMs < f.buildMs ? "met" : "missed"} |`,
  );
  return lines;
}

export function renderSection(f: BenchFigures): string {
  const q = f.queries;
  const title = f.scale === 1 ? "BBC corpus (scale 1)" : `Generated corpus, ${f.scale}× BBC`;
  const rows = QUERY_KINDS.map((kind) => {
    const k = q.byKind[kind];
    const expected = kind === "invented" ? "not found" : "found in its source article";
    return `| ${kind} | ${k.count} | ${ms(k.p50)} | ${ms(k.p95)} | ${ms(k.p99)} | ${ms(k.max)} | ${pct(k.correct, k.count)} ${expected} |`;
  });
  const out = [
    `## ${title}`,
    "",
    `Measured ${new Date().toISOString().slice(0, 10)} on ${machine()}; load average ${f.load} while timing queries.`,
    "",
    "Reproduce with:",
    "",
    "```sh",
    f.command,
    "```",
    "",
    "| figure | value |",
    "|---|---|",
    `| articles | ${f.articles.toLocaleString("en-US")} |`,
    `| quotations | ${f.quotes.toLocaleString("en-US")} |`,
    `| indexed words | ${f.words.toLocaleString("en-US")} |`,
    `| vocabulary | ${f.vocabulary.toLocaleString("en-US")} terms |`,
    `| load BBC files (read and parse) | ${ms(f.loadMs)} ms |`,
    `| extract BBC quotations and speakers | ${ms(f.extractMs)} ms |`,
    ...(f.generateMs === null ? [] : [`| generate the scaled corpus in memory | ${ms(f.generateMs)} ms |`]),
    ...(f.extractGeneratedMs === null
      ? []
      : [`| extract quotations and speakers over the generated corpus | ${ms(f.extractGeneratedMs)} ms |`]),
    `| image build (texts into shared memory, hashes, index) | ${ms(f.buildMs)} ms |`,
    `| memory after build: RSS / JS heap / array buffers | ${f.memory.rssMB.toFixed(0)} MB / ${f.memory.heapUsedMB.toFixed(0)} MB / ${f.memory.arrayBuffersMB.toFixed(0)} MB |`,
    `| corpus image cache (articles, quotations, index): size / write / read | ${mb(f.cache.bytes).toFixed(1)} MB / ${ms(f.cache.serialiseMs)} ms / ${ms(f.cache.deserialiseMs)} ms |`,
    "",
    `Verify latency over ${q.all.count} seeded queries (${q.errors} refused as invalid input), in milliseconds:`,
    "",
    "| kind | queries | p50 | p95 | p99 | max | answered as expected |",
    "|---|---|---|---|---|---|---|",
    ...rows,
    `| **all** | ${q.all.count} | ${ms(q.all.p50)} | ${ms(q.all.p95)} | ${ms(q.all.p99)} | ${ms(q.all.max)} | |`,
    "",
  ];
  if (f.baseline) {
    const b = latency(f.baseline.perQueryMs);
    out.push(
      `Baseline, fuse.js over all ${f.baseline.sentences.toLocaleString("en-US")} sentences (index ${ms(f.baseline.buildMs)} ms), on the first ${b.count} exact or typo queries of the same mix: ` +
        `${(b.mean / 1000).toFixed(1)} s per query on average (max ${(b.max / 1000).toFixed(1)} s), best hit in the source article for ${f.baseline.correct} of ${b.count}. ` +
        `The index answers the same mix ${(b.mean / Math.max(q.all.mean, 0.001)).toFixed(0)}× faster on average.`,
      "",
    );
  }
  out.push("| target | measured | |", "|---|---|---|", ...targets(f), "");
  return out.join("\n");
}

const HEADER = `# Benchmarks

Speed and memory of quote verification (\`src/core/match\`), produced by \`npm run bench\` (\`bench/run.ts\`). The BBC
corpus is read from \`../shared/corpora/bbc\`; the larger corpus is generated in memory from its sentences with a
seeded generator. Queries are a fixed, seeded mix: exact excerpts (6-18 words) of corpus articles, the same with one
or two typos, reworded (a word dropped, added or replaced, or the end cut off), and invented word sequences. Each
section below is rewritten by the run that measured it.
`;

/** Replaces this scale's section of BENCHMARKS.md (or appends it), leaving the other scales' figures alone. */
export function writeSection(file: string, scale: number | string, section: string): void {
  const key = typeof scale === "number" ? `scale=${scale}` : scale;
  const begin = `<!-- bench:${key} -->`;
  const end = `<!-- /bench:${key} -->`;
  const block = `${begin}\n${section}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, "utf8") : HEADER;
  const from = text.indexOf(begin);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) text = text.slice(0, from) + block + text.slice(to + end.length);
  else text = `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
