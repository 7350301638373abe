import type { Article } from "../src/core/types.js";
import type { Rng } from "./rng.js";
import type { Sentence } from "./sentences.js";

const OUTLETS = ["BBC News", "The Herald", "Daily Ledger", "Evening Post", "Morning Wire", "City Courier"];

function dateFor(rng: Rng): string {
  const day = new Date(Date.UTC(2004, 0, 1) + rng.int(0, 729) * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/**
 * A corpus `articleCount` articles large made of corpus sentences drawn at random (seeded) into new articles of
 * 8-30 sentences in paragraphs of 1-4. Quoted sentences keep their quotation marks and cue verbs, so extraction over
 * the generated corpus finds a realistic density of quoted and narrated text.
 */
export function generateCorpus(sentences: readonly Sentence[], articleCount: number, rng: Rng): Article[] {
  const articles: Article[] = [];
  for (let n = 0; n < articleCount; n++) {
    const id = `generated/${String(n).padStart(6, "0")}.txt`;
    const parts: string[] = [];
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
      }
      parts.push(sentence.text);
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
  return articles;
}
