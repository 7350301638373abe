/**
 * Prints a sampled article for annotating by hand: its lines, then every stretch between double quotation marks
 * with its offsets. Reads the text only; runs no extraction.
 *
 *   npx tsx eval/bbc-sample/show.ts politics/007
 */

import { quoteSegments } from "./quote-segments.js";
import { readBbcArticle } from "./read-article.js";

const name = process.argv[2];
if (!name) throw new Error("usage: show.ts <category>/<number>");
const { body } = readBbcArticle(name);
body.split("\n").forEach((line, i) => {
  if (line.trim() !== "") process.stdout.write(`L${i} ${line}\n`);
});
process.stdout.write("\n");
quoteSegments(body).forEach((s, i) => {
  const line = body.slice(0, s.start).split("\n").length - 1;
  const side = s.afterMark % 2 === 1 ? "IN " : "out";
  const text = body.slice(s.start, s.end);
  const brief = text.length <= 70 ? text : `${text.slice(0, 45)} … ${text.slice(-20)}`;
  process.stdout.write(`#${i} ${side} L${line} [${s.start},${s.end}] ${brief}\n`);
});
