/**
 * Where probes come from: quotations (PolNeAR's gold direct quotations with their gold Source; in BBC articles,
 * text between straight double quotes) and narration (sentences with no quotation mark at all).
 */
import { categorise, namesPerson } from "../polnear/gold.js";
import type { EvalArticle } from "./eval-corpus.js";

export interface Passage {
  item: EvalArticle;
  /** Where the gold Source is written, for PolNeAR quotations. */
  sourceAt: number | null;
  start: number;
  end: number;
  text: string;
  /** The gold Source as written, for PolNeAR quotations. */
  source: string | null;
  /** Whether the gold Source names a person. */
  person: boolean;
  /** The gold Source describes someone without naming them ("a senior official"). */
  unnamed: boolean;
}

/** A word, a contraction ("don't") or a figure ("200,000", "2.5"). */
export const WORD = /[\p{L}\p{N}]+(?:[.,]\d+)*(?:['’][\p{L}]+)*/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

const QUOTE_MARK = /["“”«»]|(?:^|\s)['‘]|['’](?:\s|$)/;
const MIN_WORDS = 6;
const MAX_WORDS = 60;

function usable(text: string): boolean {
  const words = wordCount(text);
  return words >= MIN_WORDS && words <= MAX_WORDS && !QUOTE_MARK.test(text) && !/[\n\t]/.test(text);
}

/** Where the Source of the attribution whose Content holds `at` begins. */
function sourceOffset(item: EvalArticle, at: number): number | null {
  for (const a of item.attributions) {
    if (a.content?.ranges.some(([s, e]) => s <= at && at < e)) return a.source?.ranges[0]?.[0] ?? null;
  }
  return null;
}

/**
 * A Source that describes someone without naming or pointing at them: "a senior official", "one former staffer",
 * "some critics" — not "the president" or "who", which refer to someone the article names.
 */
const UNNAMED =
  /^(?:[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ew|[Oo]ther|[Aa]nother|[Mm]ultiple)\s+[^\p{Lu}]*$/u;

export function quotationsOf(item: EvalArticle): Passage[] {
  const body = item.article.body;
  const out: Passage[] = [];
  if (item.gold) {
    for (const g of item.gold) {
      const text = body.slice(g.start, g.end);
      if (!usable(text)) continue;
      const category = categorise(g.source);
      out.push({
        item,
        sourceAt: sourceOffset(item, g.start),
        start: g.start,
        end: g.end,
        text,
        source: g.source,
        person: category === "name" && g.source !== null && namesPerson(g.source),
        unnamed: category === "other" && g.source !== null && UNNAMED.test(g.source.trim()),
      });
    }
    return out;
  }
  // Only paragraphs holding exactly one pair of straight quotes: where a paragraph has more, its quotations may
  // run on from one merged paragraph to the next, and which marks pair up is a guess.
  let offset = 0;
  for (const line of body.split("\n")) {
    const marks = [...line.matchAll(/"/g)].map((m) => m.index);
    for (let k = 0; marks.length === 2 && k + 1 < marks.length; k += 2) {
      const inner = line.slice(marks[k]! + 1, marks[k + 1]!);
      const text = inner.trim();
      if (!usable(text)) continue;
      out.push(withoutSource(item, offset + marks[k]! + 1 + inner.indexOf(text), text));
    }
    offset += line.length + 1;
  }
  return out;
}

/** A passage no gold annotation speaks of: a quotation in a BBC article, or narration. */
function withoutSource(item: EvalArticle, start: number, text: string): Passage {
  return {
    item,
    sourceAt: null,
    start,
    end: start + text.length,
    text,
    source: null,
    person: false,
    unnamed: false,
  };
}

const SENTENCE = /[^.!?\n]+(?:[.!?]+|$)/g;

/** Sentences of paragraphs with no quotation mark at all: the reporter's own words. */
export function narrationOf(item: EvalArticle): Passage[] {
  const body = item.article.body;
  const lines = body.split("\n");
  const out: Passage[] = [];
  let offset = 0;
  for (const [n, line] of lines.entries()) {
    // The first line of a BBC article is its headline; headlines are not narration in the sense tested here.
    if (!(item.origin === "bbc" && n === 0)) {
      for (const m of line.matchAll(SENTENCE)) {
        const text = m[0].trim();
        if (!usable(text) || wordCount(text) < 10 || /["“”]/.test(line)) continue;
        out.push(withoutSource(item, offset + m.index + m[0].indexOf(text), text));
      }
    }
    offset += line.length + 1;
  }
  return out;
}
