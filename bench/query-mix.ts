import { tokenise } from "../src/core/match/tokenise.js";
import type { Article } from "../src/core/types.js";
import type { Rng } from "./rng.js";

export type QueryKind = "exact" | "typo" | "reworded" | "invented";
export const QUERY_KINDS: readonly QueryKind[] = ["exact", "typo", "reworded", "invented"];

export interface BenchQuery {
  kind: QueryKind;
  quote: string;
  /** The article the words were taken from; null for invented text. */
  document: string | null;
}

/** Share of each kind in the mix: mostly real wording, with the misremembered and the made-up. */
const MIX: [QueryKind, number][] = [
  ["exact", 0.4],
  ["typo", 0.2],
  ["reworded", 0.25],
  ["invented", 0.15],
];
const FILLERS = ["really", "very", "just", "also", "truly", "certainly", "now", "still"];

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** A run of 6-18 consecutive words of a random article, as written. */
function excerpt(articles: readonly Article[], rng: Rng): { quote: string; document: string } {
  for (;;) {
    const article = rng.pick(articles);
    const words = tokenise(article.body);
    if (words.count < 30) continue;
    const length = rng.int(6, 18);
    const first = rng.int(0, words.count - length);
    const quote = article.body
      .slice(words.starts[first]!, words.ends[first + length - 1]!)
      .replace(/\s+/g, " ");
    if (quote.length < 20) continue;
    return { quote, document: article.id };
  }
}

/** One slip of the keyboard in a word of five letters or more: two letters swapped, one dropped or doubled. */
function misspell(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word.charAt(i) + word.slice(i);
  }
}

function withTypos(quote: string, rng: Rng): string {
  const words = wordsOf(quote);
  const long = words.map((w, i) => (/^[A-Za-z]{5,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  for (let n = rng.int(1, 2); n > 0 && long.length > 0; n--) {
    const at = long.splice(rng.int(0, long.length - 1), 1)[0]!;
    words[at] = misspell(words[at]!, rng);
  }
  return words.join(" ");
}

/** One or two edits a memory makes: a word dropped, one added, one swapped for another, or the end cut off. */
function reworded(quote: string, vocabulary: readonly string[], rng: Rng): string {
  let words = wordsOf(quote);
  for (let n = rng.int(1, 2); n > 0; n--) {
    const at = rng.int(1, Math.max(1, words.length - 2));
    switch (rng.int(0, 3)) {
      case 0:
        words.splice(at, 1);
        break;
      case 1:
        words.splice(at, 0, rng.pick(FILLERS));
        break;
      case 2:
        words[at] = rng.pick(vocabulary);
        break;
      default:
        words = words.slice(0, Math.max(5, Math.ceil(words.length * 0.7)));
    }
  }
  return words.join(" ");
}

/** Real words in an order no article has: 8-14 words drawn from running text, so common words stay common. */
function invented(vocabulary: readonly string[], rng: Rng): string {
  const words = Array.from({ length: rng.int(8, 14) }, () => rng.pick(vocabulary));
  return words.join(" ");
}

function kindFor(rng: Rng): QueryKind {
  let x = rng.next();
  for (const [kind, share] of MIX) {
    if (x < share) return kind;
    x -= share;
  }
  return "exact";
}

export function buildQueryMix(articles: readonly Article[], count: number, rng: Rng): BenchQuery[] {
  const vocabulary: string[] = [];
  for (let i = 0; i < 200; i++) {
    for (const w of wordsOf(rng.pick(articles).body)) if (/^[a-z]{2,}$/.test(w)) vocabulary.push(w);
  }
  const queries: BenchQuery[] = [];
  for (let n = 0; n < count; n++) {
    const kind = kindFor(rng);
    if (kind === "invented") {
      queries.push({ kind, quote: invented(vocabulary, rng), document: null });
      continue;
    }
    const { quote, document } = excerpt(articles, rng);
    const text =
      kind === "exact" ? quote : kind === "typo" ? withTypos(quote, rng) : reworded(quote, vocabulary, rng);
    queries.push({ kind, quote: text, document });
  }
  return queries;
}
