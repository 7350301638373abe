/**
 * The corpus the verification probes run against: PolNeAR train and BBC from ../shared, less a few articles kept
 * out (the world outside the corpus, where invented quotations come from), plus text-only twins of some articles
 * (lowercase, punctuation stripped, as some feeds deliver text) beside their punctuated originals.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Rng } from "../../bench/rng.js";
import { loadCorpus } from "../../src/core/corpus/load-corpus.js";
import type { Article } from "../../src/core/types.js";
import { type GoldQuote, goldQuotes } from "../polnear/gold.js";
import { type Attribution, loadPolnear, polnearDir } from "../polnear/load-polnear.js";

export interface EvalArticle {
  article: Article;
  /** PolNeAR gold quotations with their sources (BBC articles have none). */
  gold: GoldQuote[] | null;
  attributions: Attribution[];
  origin: "polnear" | "bbc";
}

export interface EvalCorpus {
  /** What the product indexes. */
  articles: Article[];
  /** Punctuated articles in the corpus, with gold where there is some. */
  inside: EvalArticle[];
  /** Articles kept out of the corpus. */
  outside: EvalArticle[];
  /** Ids of punctuated articles that have a stripped twin in the corpus. */
  twinned: Set<string>;
}

export const bbcDir = (): string => path.resolve(process.cwd(), "../shared/corpora/bbc");

export function sharedDataPresent(): boolean {
  return existsSync(polnearDir()) && existsSync(bbcDir());
}

const SHARE_OUTSIDE = 0.04;
const SHARE_TWINNED = 0.05;

/** PolNeAR's metadata: publisher, date and title for each article. */
function polnearMetadata(dir: string): Map<string, { source: string; date: string; title: string }> {
  const rows = readFileSync(path.join(dir, "metadata.tsv"), "utf8").split("\n").slice(1);
  const byName = new Map<string, { source: string; date: string; title: string }>();
  for (const row of rows) {
    const cells = row.split("\t");
    const [, filename, , , publisher, date, , title] = cells;
    if (filename && publisher && date) byName.set(filename, { source: publisher, date, title: title ?? "" });
  }
  return byName;
}

/** The article as a feed without punctuation would carry it: lower case, words separated by single spaces. */
export function stripPunctuation(article: Article): Article {
  const body = article.body
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return { ...article, id: `twin/${article.id}`, file: `twin/${article.file}`, body, punctuated: false };
}

export async function buildEvalCorpus(rng: Rng): Promise<EvalCorpus> {
  const meta = polnearMetadata(polnearDir());
  const polnear: EvalArticle[] = loadPolnear(polnearDir()).map((doc) => {
    const m = meta.get(doc.article.id);
    const article: Article = {
      ...doc.article,
      ...(m ? { source: m.source, date: m.date, title: m.title } : {}),
    };
    return { article, gold: goldQuotes(doc), attributions: doc.attributions, origin: "polnear" };
  });
  const { articles: bbcArticles } = await loadCorpus(bbcDir());
  const bbc: EvalArticle[] = bbcArticles.map((article) => ({
    article: { ...article, id: `bbc/${article.id}`, source: "BBC News" },
    gold: null,
    attributions: [],
    origin: "bbc",
  }));
  const inside: EvalArticle[] = [];
  const outside: EvalArticle[] = [];
  const twinned = new Set<string>();
  const twins: Article[] = [];
  for (const item of [...polnear, ...bbc]) {
    const draw = rng.next();
    if (draw < SHARE_OUTSIDE) {
      outside.push(item);
      continue;
    }
    inside.push(item);
    if (draw < SHARE_OUTSIDE + SHARE_TWINNED) {
      twinned.add(item.article.id);
      twins.push(stripPunctuation(item.article));
    }
  }
  return { articles: [...inside.map((i) => i.article), ...twins], inside, outside, twinned };
}
