/**
 * What it costs to make one newly ingested article answerable: the corpus watcher notices the new file and
 * reloads the corpus (parse, extract and attribute quotations, build the index, write the cache), while the old
 * engine keeps answering. Run once: `npm run bench:ingest` (BBC corpus from ../shared, copied to a temp folder).
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openEngine } from "../src/core/engine.js";
import { articleFileText, documentPath, writeArticleFile } from "../src/ingest/corpus-file.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const BBC = path.resolve(here, "../../shared/corpora/bbc");

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - started };
}

async function main(): Promise<void> {
  if (!existsSync(BBC)) {
    console.log(`The BBC corpus is not at ${BBC}; nothing to measure.`);
    return;
  }
  const work = mkdtempSync(path.join(tmpdir(), "verbatim-bench-ingest-"));
  const corpusDir = path.join(work, "corpus");
  const dataDir = path.join(work, "data");
  try {
    cpSync(BBC, corpusDir, { recursive: true });
    const cold = await timed(() => openEngine({ corpusDir, dataDir }));
    const cached = await timed(() => openEngine({ corpusDir, dataDir }));
    const url = "https://news.example.org/harbour-wall";
    const article = {
      url,
      document: documentPath(url, "2024-03-04", "Harbour wall repairs to finish by spring"),
      feedUrl: "https://news.example.org/rss.xml",
      title: "Harbour wall repairs to finish by spring",
      source: "Example News",
      author: null,
      date: "2024-03-04",
      tags: [],
      body: '"The harbour wall will be finished by spring, and not a week later," Mayor Ines Okafor said.\n',
      fetchedFrom: url,
    };
    const written = await timed(() =>
      writeArticleFile(corpusDir, article.document, articleFileText(article)),
    );
    const reload = await timed(() => openEngine({ corpusDir, dataDir }));
    const answer = reload.value.verify({ quote: "The harbour wall will be finished by spring" });
    const rss = process.memoryUsage().rss / 1024 / 1024;
    console.log(`articles before: ${cold.value.articles.length}, after: ${reload.value.articles.length}`);
    console.log(`cold load (parse, extract, index, write cache): ${seconds(cold.ms)}`);
    console.log(`start from the cache: ${seconds(cached.ms)}`);
    console.log(`writing the ingested article: ${written.ms.toFixed(1)} ms`);
    console.log(`reload after one new article (the watcher's cost): ${seconds(reload.ms)}`);
    console.log(`the new article answers: ${answer.verdict} (${answer.matches[0]?.source ?? "no source"})`);
    console.log(`RSS with two engines alive: ${rss.toFixed(0)} MB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
