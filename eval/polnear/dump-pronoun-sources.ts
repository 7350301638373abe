/**
 * Lists the pronoun Sources (he, she, they …) of the held-out (or, with --split tune, the tuning) PolNeAR articles with the text around each, for
 * resolving by hand who each one refers to (pronoun-referents.json). Deterministic. It prints only the article
 * and the gold Source: nothing about what our extractor answers, nor the nearest-named-Source guess of gold.ts,
 * so that the reading is not anchored on either.
 *
 * USAGE lists the options.
 */

import { parseOptions } from "../cli-options.js";
import { categorise, quotedParts } from "./gold.js";
import { loadPolnear, type PolnearDocument, polnearDir } from "./load-polnear.js";
import { splitOf } from "./split.js";

const USAGE = `npx tsx eval/polnear/dump-pronoun-sources.ts                       every item
npx tsx eval/polnear/dump-pronoun-sources.ts --from 25 --count 25  a batch
npx tsx eval/polnear/dump-pronoun-sources.ts --article ID --at N --before 3000   more context for one item
npx tsx eval/polnear/dump-pronoun-sources.ts --split tune --part 2/3               a share of the tuning articles`;

const BEFORE = 900;
const AFTER = 250;

export interface PronounSource {
  article: string;
  at: number;
  pronoun: string;
}

/**
 * Distinct pronoun Sources (by start offset) of attributions whose Content holds a direct quotation (the only
 * ones the measure scores), in text order.
 */
export function pronounSources(doc: PolnearDocument): PronounSource[] {
  const seen = new Map<number, PronounSource>();
  for (const a of doc.attributions) {
    if (!a.content || !a.source) continue;
    const body = doc.article.body;
    if (!a.content.ranges.some(([s, e]) => quotedParts(body.slice(s, e), s).length > 0)) continue;
    const [start, end] = a.source.ranges[0]!;
    const text = a.source.ranges.map(([s, e]) => doc.article.body.slice(s, e)).join(" ");
    if (categorise(text) !== "pronoun" || seen.has(start)) continue;
    seen.set(start, {
      article: doc.article.id,
      at: start,
      pronoun: doc.article.body.slice(start, end).trim(),
    });
  }
  return [...seen.values()].sort((x, y) => x.at - y.at);
}

function context(body: string, item: PronounSource, before: number): string {
  const from = Math.max(0, item.at - before);
  const to = Math.min(body.length, item.at + item.pronoun.length + AFTER);
  const marked = `${body.slice(from, item.at)}⟦${item.pronoun}⟧${body.slice(item.at + item.pronoun.length, to)}`;
  return `${from > 0 ? "…" : ""}${marked}${to < body.length ? "…" : ""}`;
}

function main(): void {
  const values = parseOptions(
    {
      from: { type: "string", default: "0" },
      count: { type: "string" },
      article: { type: "string" },
      at: { type: "string" },
      before: { type: "string" },
      split: { type: "string", default: "held-out" },
      part: { type: "string" },
    },
    USAGE,
  );
  const split = values.split === "tune" ? "tune" : "held-out";
  // --part K/N: the K-th of N interleaved shares of the articles, so that several readers can share the work.
  const [k = 1, n = 1] = (values.part ?? "1/1").split("/").map(Number);
  const docs = loadPolnear(polnearDir())
    .filter((d) => splitOf(d.article.id) === split)
    .filter((_, i) => i % n === k - 1);
  const items = docs.flatMap((doc) => pronounSources(doc).map((item) => ({ doc, item })));
  const chosen = items
    .map((entry, index) => ({ ...entry, index }))
    .filter(({ item }) => values.article === undefined || item.article === values.article)
    .filter(({ item }) => values.at === undefined || item.at === Number(values.at));
  const from = Number(values.from);
  const count = values.count === undefined ? chosen.length : Number(values.count);
  const before = values.before === undefined ? BEFORE : Number(values.before);
  console.log(`${items.length} pronoun Sources in ${docs.length} ${split} articles`);
  for (const { doc, item, index } of chosen.slice(from, from + count)) {
    console.log(`\n#${index} ${item.article} at=${item.at} pronoun=${item.pronoun}`);
    console.log(context(doc.article.body, item, before).replace(/\n+/g, " ¶ "));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
