/**
 * How far two PolNeAR annotators agree, on the articles both annotated, when one is scored as if it were a
 * system by the same rules as ours: a ceiling for what the speaker figures can reach.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { goldQuotes } from "./gold.js";
import { parseAnn } from "./load-polnear.js";
import { sameSpeaker } from "./score.js";

export interface Agreement {
  articles: number;
  named: { total: number; agree: number };
  pronoun: { total: number; agree: number };
}

export function annotatorAgreement(dir: string): Agreement {
  const result: Agreement = { articles: 0, named: { total: 0, agree: 0 }, pronoun: { total: 0, agree: 0 } };
  const annDir = path.join(dir, "attributions");
  if (!existsSync(annDir)) return result;
  const byArticle = new Map<string, string[]>();
  for (const file of readdirSync(annDir).sort()) {
    const name = file.replace(/_[^_]+\.ann$/, "");
    byArticle.set(name, [...(byArticle.get(name) ?? []), file]);
  }
  for (const [name, files] of byArticle) {
    const [first, second] = files;
    if (!first || !second) continue;
    const body = readFileSync(path.join(dir, "text", `${name}.txt`), "utf8");
    const article = { id: name, file: `${name}.txt`, body, format: "text" as const, punctuated: true };
    const [a, b] = [first, second].map((f) =>
      goldQuotes({ article, attributions: parseAnn(readFileSync(path.join(annDir, f), "utf8")) }),
    );
    result.articles++;
    for (const g of a ?? []) {
      if (g.category === "other" || !g.expected) continue;
      const other = b?.find(
        (x) => Math.min(x.end, g.end) - Math.max(x.start, g.start) >= 0.5 * (g.end - g.start),
      );
      if (!other) continue;
      const bucket = g.category === "name" ? result.named : result.pronoun;
      bucket.total++;
      if (sameSpeaker(other.category === "other" ? null : other.expected, g.expected)) bucket.agree++;
    }
  }
  return result;
}
