/**
 * Lists the gold quoted parts that quotation-kinds.json judges, as JSON Lines, with the text around each, for
 * judging by hand whether each is someone's words (QUOTATION-KINDS.md). Deterministic. It prints only the article
 * and gold, nothing about what our extractor answers, and treats held-out and tuning articles alike.
 *
 *   npx tsx eval/polnear/dump-quoted-parts.ts > parts.jsonl
 */
import { type GoldQuote, goldQuotes } from "./gold.js";
import { loadPolnear, polnearDir } from "./load-polnear.js";
import { LONG_QUOTE_WORDS, quoteWords } from "./score.js";

const BEFORE = 320;
const AFTER = 200;

/** Words that stay lower case in a title ("Party of Trump", "Fight for $15"). */
const TITLE_SMALL_WORDS = new Set(
  "a an the of and or to in on for at by with from as is are be vs".split(" "),
);

function titleCased(text: string): boolean {
  const content = quoteWords(text).filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w));
}

/** Quoted parts short or title-cased enough to be a title, name, motto or scare quote: the ones judged. */
export function judgedParts(body: string, gold: readonly GoldQuote[]): GoldQuote[] {
  const seen = new Set<string>();
  return gold.filter((g) => {
    const key = `${g.start}:${g.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const text = body.slice(g.start, g.end);
    return quoteWords(text).length < LONG_QUOTE_WORDS || titleCased(text);
  });
}

function main(): void {
  const docs = loadPolnear(polnearDir()).sort((a, b) => a.article.id.localeCompare(b.article.id));
  if (docs.length === 0) {
    console.error(`No PolNeAR data at ${polnearDir()}; nothing to list.`);
    process.exit(1);
  }
  for (const doc of docs) {
    const body = doc.article.body;
    for (const g of judgedParts(body, goldQuotes(doc))) {
      const quoted = body.slice(g.start, g.end);
      const context = `${body.slice(Math.max(0, g.start - BEFORE), g.start)}[[${quoted}]]${body.slice(g.end, g.end + AFTER)}`;
      const id = `${doc.article.id}:${g.start}:${g.end}`;
      console.log(
        JSON.stringify({ id, quoted, source: g.source, context: context.replace(/\s*\n\s*/g, " ¶ ") }),
      );
    }
  }
}

if (process.argv[1]?.endsWith("dump-quoted-parts.ts")) main();
