import { readFile } from "node:fs/promises";
import path from "node:path";
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

function tooLarge(file: string, size: number): string | null {
  const limit = maxBytes(file);
  if (size <= limit) return null;
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
 * so one unreadable file cannot stop a load.
 */
export async function readCorpusFile(dir: string, file: string, size?: number): Promise<FileResult> {
  const full = path.resolve(dir, file);
  const relative = path.relative(path.resolve(dir), full);
  if (relative.startsWith("..") || path.isAbsolute(relative)) {
    return skippedFile(file, "the file is outside the corpus directory");
  }
  if (!isCorpusFileName(path.basename(file))) {
    return skippedFile(file, "the file is not an article (expected .txt, .md, .jsonl, .html or .htm)");
  }
  const oversize = tooLarge(file, size ?? 0);
  if (oversize) return skippedFile(file, oversize);
  let bytes: Buffer;
  try {
    bytes = await readFile(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return skippedFile(file, `the file could not be read (${code})`);
  }
  // The size may not have been known (or the file grew since it was listed).
  const grown = tooLarge(file, bytes.length);
  if (grown) return skippedFile(file, grown);
  return parseCorpusFile(file, bytes);
}
