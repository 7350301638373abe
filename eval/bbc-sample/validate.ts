/**
 * Checks both samples' annotations: each names an article of its sample, a known kind and a speaker, lies between
 * quotation marks in its article, and overlaps no other. Reads the articles' text only; runs no extraction.
 *
 *   npx tsx eval/bbc-sample/validate.ts
 */
import { existsSync } from "node:fs";
import { SAMPLES, sampleAnnotations, sampleArticles } from "./load-sample.js";
import { liesBetweenMarks } from "./quote-segments.js";
import { bbcDir, readBbcArticle } from "./read-article.js";
import type { Annotation } from "./score.js";

const KINDS = new Set(["person", "organisation", "description"]);

export function annotationProblems(annotations: readonly Annotation[], sample: readonly string[]): string[] {
  const problems: string[] = [];
  const bodies = new Map(sample.map((name) => [name, readBbcArticle(name).body]));
  annotations.forEach((a, i) => {
    const where = `#${i} ${a.article} [${a.start},${a.end}]`;
    const body = bodies.get(a.article);
    if (body === undefined) problems.push(`${where}: not a sampled article`);
    else if (!liesBetweenMarks(body, a.start, a.end)) problems.push(`${where}: not between quotation marks`);
    if (!KINDS.has(a.kind)) problems.push(`${where}: unknown kind ${a.kind}`);
    if (a.speaker.trim() === "") problems.push(`${where}: no speaker`);
    const clash = annotations.findIndex(
      (b, j) => j !== i && b.article === a.article && b.start < a.end && a.start < b.end,
    );
    if (clash >= 0) problems.push(`${where}: overlaps #${clash}`);
  });
  return problems;
}

if (process.argv[1]?.endsWith("validate.ts")) {
  if (!existsSync(bbcDir)) {
    console.log(`Skipping: the BBC corpus is not at ${bbcDir}.`);
  } else {
    for (const which of SAMPLES) {
      const annotations = sampleAnnotations(which);
      const problems = annotationProblems(annotations, sampleArticles(which));
      for (const p of problems) console.log(`sample ${which} ${p}`);
      console.log(`sample ${which}: ${annotations.length} annotations, ${problems.length} problems`);
      if (problems.length > 0) process.exitCode = 1;
    }
  }
}
