import type { Article, Quote } from "../src/core/types.js";
import type { Rng } from "./rng.js";
import type { Sentence } from "./sentences.js";

const OUTLETS = ["BBC News", "The Herald", "Daily Ledger", "Evening Post", "Morning Wire", "City Courier"];

function dateFor(rng: Rng): string {
  const day = new Date(Date.UTC(2004, 0, 1) + rng.int(0, 729) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * A corpus `articleCount` articles large made of corpus sentences drawn at random (seeded) into new articles of
 * 8-30 sentences in paragraphs of 1-4. Quotations travel with their sentences, re-based to the new offsets, so the
 * generated corpus has a realistic density of quoted and narrated text without re-running extraction on it.
 */
export function generateCorpus(
  sentences: readonly Sentence[],
  articleCount: number,
  rng: Rng,
): { articles: Article[]; quotes: Quote[] } {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  for (let n = 0; n < articleCount; n++) {
    const id = `generated/${String(n).padStart(6, "0")}.txt`;
    const parts: string[] = [];
    let length = 0;
    const wanted = rng.int(8, 30);
    let inParagraph = 0;
    let paragraphSize = rng.int(1, 4);
    for (let s = 0; s < wanted; s++) {
      const sentence = rng.pick(sentences);
      if (parts.length > 0) {
        const joint = inParagraph >= paragraphSize ? "\n\n" : " ";
        if (joint === "\n\n") {
          inParagraph = 0;
          paragraphSize = rng.int(1, 4);
        }
        parts.push(joint);
        length += joint.length;
      }
      for (const q of sentence.quotes) {
        quotes.push({ ...q.quote, document: id, start: length + q.start, end: length + q.end });
      }
      parts.push(sentence.text);
      length += sentence.text.length;
      inParagraph++;
    }
    const body = parts.join("");
    articles.push({
      id,
      file: id,
      body,
      format: "text",
      title: `Generated article ${n}`,
      source: rng.pick(OUTLETS),
      date: dateFor(rng),
      dateInferred: false,
      punctuated: true,
    });
  }
  return { articles, quotes };
}
