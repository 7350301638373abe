import path from "node:path";
import { isInside, locate, OUTSIDE_CORPUS, readLocated } from "./corpus-boundary.js";
import { decodeFile, normaliseNewlines } from "./decode-file.js";
import { type FileResult, skippedFile } from "./file-result.js";
import { isCorpusFileName } from "./list-files.js";
import { readHtml } from "./read-html.js";
import { readJsonl } from "./read-jsonl.js";
import { readTextArticle } from "./read-text-article.js";

/** Far beyond any article; a file this big is a dump or a mistake and would stall every reload. */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;
/** A JSON Lines file holds many articles, so it may be larger, within what one string can hold. */
const MAX_JSONL_BYTES = 256 * 1024 * 1024;

function maxBytes(file: string): number {
  return file.toLowerCase().endsWith(".jsonl") ? MAX_JSONL_BYTES : MAX_ARTICLE_BYTES;
}

function tooLarge(file: string, size: number): string {
  const limit = maxBytes(file);
  return `the file is too large (${Math.round(size / 1048576)} MB; the limit is ${limit / 1048576} MB)`;
}

/** Parses a file's bytes according to its extension; `charset` is one a server declared for them. */
export function parseCorpusFile(file: string, bytes: Uint8Array, charset?: string): FileResult {
  const extension = path.extname(file).toLowerCase();
  const html = extension === ".html" || extension === ".htm";
  const decoded = decodeFile(bytes, { html, ...(charset ? { charset } : {}) });
  if ("skip" in decoded) return skippedFile(file, decoded.skip);
  const text = normaliseNewlines(decoded.text.replace(/^\uFEFF/, ""));
  if (text.trim() === "") return skippedFile(file, "the file is empty (only blank lines)");
  let result: FileResult;
  try {
    if (html) result = readHtml(file, text);
    else if (extension === ".jsonl") result = readJsonl(file, text);
    else result = readTextArticle(file, text, extension === ".md" ? "markdown" : "text");
  } catch (error) {
    return skippedFile(
      file,
      `the file could not be parsed (${String((error as Error).message).slice(0, 120)})`,
    );
  }
  if (decoded.repaired) result.notes.unshift({ file, action: "repaired", reason: decoded.repaired });
  return result;
}

/**
 * Reads and parses one corpus file. Never throws for a bad file: every failure becomes a note naming the file,
 * so one unreadable file cannot stop a load. `root` is the corpus folder's real path (see `corpusRoot`).
 */
export async function readCorpusFile(root: string, file: string): Promise<FileResult> {
  if (!isInside(root, path.resolve(root, file))) return skippedFile(file, OUTSIDE_CORPUS);
  if (!isCorpusFileName(path.basename(file))) {
    return skippedFile(file, "the file is not an article (expected .txt, .md, .jsonl, .html or .htm)");
  }
  const located = await locate(root, file);
  if ("skip" in located) return skippedFile(file, located.skip);
  const read = await readLocated(located.real, maxBytes(file));
  if ("skip" in read) return skippedFile(file, read.skip);
  if ("tooLarge" in read) return skippedFile(file, tooLarge(file, read.tooLarge));
  return parseCorpusFile(file, read.bytes);
}
