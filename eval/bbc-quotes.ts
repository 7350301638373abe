/**
 * Counts the quotations extracted from the BBC corpus (../shared/corpora/bbc), per category: how many, and how many
 * of them have a speaker. No gold annotation exists for BBC; the counts show what a change to quotation reading
 * gains or drops.
 *
 *   npm run eval:bbc-quotes            table
 *   npm run eval:bbc-quotes -- --json  machine-readable counts
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../src/core/corpus/load-corpus.js";
import { extractQuotes } from "../src/core/extract/extract-quotes.js";

interface Count {
  articles: number;
  quotations: number;
  withSpeaker: number;
}

const bbcDir = path.resolve(process.cwd(), "../shared/corpora/bbc");

async function countQuotes(): Promise<Map<string, Count>> {
  const { articles } = await loadCorpus(bbcDir);
  const counts = new Map<string, Count>();
  for (const article of articles) {
    const category = article.file.split("/")[0] ?? "";
    const count = counts.get(category) ?? { articles: 0, quotations: 0, withSpeaker: 0 };
    const quotes = extractQuotes(article);
    count.articles++;
    count.quotations += quotes.length;
    count.withSpeaker += quotes.filter((q) => q.speakerName !== null).length;
    counts.set(category, count);
  }
  return counts;
}

function table(counts: Map<string, Count>): string {
  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  const total = rows.reduce(
    (sum, [, c]) => ({
      articles: sum.articles + c.articles,
      quotations: sum.quotations + c.quotations,
      withSpeaker: sum.withSpeaker + c.withSpeaker,
    }),
    { articles: 0, quotations: 0, withSpeaker: 0 },
  );
  const lines = ["| category | articles | quotations | with a speaker |", "|---|---|---|---|"];
  for (const [category, c] of [...rows, ["all", total] as const])
    lines.push(`| ${category} | ${c.articles} | ${c.quotations} | ${c.withSpeaker} |`);
  return lines.join("\n");
}

if (!existsSync(bbcDir)) {
  process.stdout.write(`Skipping: the BBC corpus is not at ${bbcDir}.\n`);
} else {
  const counts = await countQuotes();
  if (process.argv.includes("--json"))
    process.stdout.write(`${JSON.stringify(Object.fromEntries(counts))}\n`);
  else process.stdout.write(`${table(counts)}\n`);
}
