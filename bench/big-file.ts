/**
 * Loads single multi-paragraph articles of growing size through the product's own path (read, extract, index), so
 * a cost that grows faster than the text shows as a time that more than doubles when the file doubles.
 *
 *   npm run bench -- --big-file [--sizes 1,2,4,16] [--no-write]
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { MAX_ARTICLE_BYTES } from "../src/core/corpus/read-corpus-file.js";
import { imageFromArticles } from "../src/core/image/build-image.js";
import { loadAndExtract } from "./pipeline.js";
import { loadAverage, machine, writeSection } from "./report.js";
import { createRng, type Rng } from "./rng.js";

const SEED = 20_260_101;
const MB = 1024 * 1024;
/** The largest size stays just under the corpus reader's limit for one article. */
const MAX_BYTES = MAX_ARTICLE_BYTES - 1024;

const NAMES = ["Anna Berg", "Tomas Reyes", "Priya Natarajan", "Joe Whitlock", "Mei Lin", "Carl Osei"];
const CUES = ["said", "told reporters", "added", "warned", "insisted"];
const WORDS =
  "the council plan budget river school road new week year people town vote money water park bridge market tax late early local report".split(
    " ",
  );

function words(rng: Rng, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(rng.pick(WORDS));
  return out.join(" ");
}

function sentence(rng: Rng): string {
  const text = words(rng, rng.int(6, 16));
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** One paragraph in one of the shapes news text takes: narration, a quotation with its cue, or a run-on line. */
function paragraph(rng: Rng): string {
  const name = rng.pick(NAMES);
  switch (rng.int(0, 3)) {
    case 0:
      return `${sentence(rng)} ${sentence(rng)}`;
    case 1:
      return `"${sentence(rng)}" ${name} ${rng.pick(CUES)}.`;
    case 2:
      return `${name} ${rng.pick(CUES)}: "${sentence(rng)} ${sentence(rng)}`;
    default:
      return `${sentence(rng)} ${name} said it was 'a ${words(rng, 2)}'.`;
  }
}

/** The last paragraph carries an inline tag, as pasted web text does: a reader that looks ahead for tags from
 * every paragraph then reads the whole rest of the article each time. */
const LAST_PARAGRAPH = 'Further reading: <a href="/council">the council plan</a>.';

/** A generated article of about `bytes` bytes, paragraphs separated by blank lines. */
export function bigArticle(bytes: number, rng: Rng): string {
  const parts = ["Council weighs the new plan", ""];
  let size = parts[0]!.length + LAST_PARAGRAPH.length + 3;
  while (size < bytes) {
    const p = paragraph(rng);
    parts.push(p, "");
    size += p.length + 2;
  }
  parts.push(LAST_PARAGRAPH);
  return parts.join("\n");
}

interface BigFileRow {
  mb: number;
  paragraphs: number;
  quotes: number;
  loadMs: number;
  extractMs: number;
  buildMs: number;
}

async function measure(mb: number): Promise<BigFileRow> {
  const dir = await mkdtemp(path.join(tmpdir(), "verbatim-big-file-"));
  try {
    const text = bigArticle(Math.min(mb * MB, MAX_BYTES), createRng(SEED + mb));
    await writeFile(path.join(dir, "big.txt"), text);
    const loaded = await loadAndExtract(dir);
    const started = performance.now();
    imageFromArticles(loaded.articles, { quotes: loaded.quotes });
    return {
      mb,
      paragraphs: text.split("\n\n").length,
      quotes: loaded.quotes.length,
      loadMs: loaded.loadMs,
      extractMs: loaded.extractMs,
      buildMs: performance.now() - started,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

function render(rows: readonly BigFileRow[], command: string, load: string): string {
  const lines = [
    "## One big multi-paragraph file",
    "",
    `${machine()}; load average ${load}. A generated article (narration, quotations with cues, run-on lines,`,
    "an inline tag at the end) of each size, read, extracted and indexed on its own. Loading is linear when each doubling",
    "roughly doubles the time.",
    "",
    "```",
    command,
    "```",
    "",
    "| file | paragraphs | quotations | read | extract | index | total |",
    "|---|---|---|---|---|---|---|",
  ];
  for (const r of rows) {
    const total = r.loadMs + r.extractMs + r.buildMs;
    lines.push(
      `| ${r.mb} MB | ${r.paragraphs} | ${r.quotes} | ${seconds(r.loadMs)} s | ${seconds(r.extractMs)} s | ${seconds(r.buildMs)} s | ${seconds(total)} s |`,
    );
  }
  return lines.join("\n");
}

export interface BigFileOptions {
  sizes: number[];
  write: boolean;
}

/** Reads `--big-file [--sizes 1,2,4,16] [--no-write]`; throws a message for the usage line on bad input. */
export function parseBigFileOptions(argv: readonly string[]): BigFileOptions {
  const options: BigFileOptions = { sizes: [1, 2, 4, 16], write: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--sizes") options.sizes = String(argv[++i]).split(",").map(Number);
    else if (argv[i] === "--no-write") options.write = false;
    else if (argv[i] !== "--big-file") throw new Error(`unknown option ${argv[i]}`);
  }
  const largest = MAX_ARTICLE_BYTES / MB;
  if (options.sizes.some((s) => !Number.isFinite(s) || s <= 0 || s > largest))
    throw new Error(`--sizes takes sizes in MB up to ${largest}, e.g. 1,2,4,${largest}`);
  return options;
}

export async function runBigFile({ sizes, write }: BigFileOptions): Promise<void> {
  const load = loadAverage();
  const rows: BigFileRow[] = [];
  for (const mb of sizes) {
    process.stderr.write(`loading a ${mb} MB file ...\n`);
    const row = await measure(mb);
    process.stderr.write(`  ${seconds(row.loadMs + row.extractMs + row.buildMs)} s\n`);
    rows.push(row);
  }
  const section = render(rows, `npm run bench -- --big-file --sizes ${sizes.join(",")}`, load);
  process.stdout.write(`${section}\n`);
  if (write) writeSection(path.resolve(process.cwd(), "BENCHMARKS.md"), "big-file", section);
}
