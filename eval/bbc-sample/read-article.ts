/**
 * Reads a BBC article exactly as the corpus loader does (UTF-8, else windows-1252; CRLF → LF), so that the
 * offsets in annotations.json refer to the same text as the offsets of extracted quotations.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseCorpusFile } from "../../src/core/corpus/read-corpus-file.js";
import type { Article } from "../../src/core/types.js";

export const bbcDir = path.resolve(process.cwd(), "../shared/corpora/bbc");

/** "politics/182" → the article read from politics/182.txt. */
export function readBbcArticle(name: string, dir = bbcDir): Article {
  const file = `${name}.txt`;
  const result = parseCorpusFile(file, readFileSync(path.join(dir, file)));
  const article = result.records[0]?.article;
  if (!article) throw new Error(`${file} could not be read: ${result.notes.map((n) => n.reason).join("; ")}`);
  return article;
}
