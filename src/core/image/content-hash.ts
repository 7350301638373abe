import { createHash } from "node:crypto";
import type { Article } from "../types.js";

/** SHA-256 of what a reader would notice changing: title, outlet, date, address and text. */
export function contentHash(
  article: Pick<Article, "title" | "source" | "date" | "url" | "body">,
): Uint8Array {
  const hash = createHash("sha256");
  for (const part of [article.title, article.source, article.date, article.url, article.body]) {
    hash.update(part ?? "").update("\0");
  }
  return hash.digest();
}
