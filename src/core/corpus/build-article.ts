import type { Article, ArticleFormat } from "../types.js";
import { isPunctuated } from "./detect-punctuation.js";
import type { Metadata } from "./front-matter.js";
import { inferDate } from "./infer-date.js";

export interface ArticleParts extends Metadata {
  id: string;
  file: string;
  body: string;
  format: ArticleFormat;
}

/**
 * Completes an article from what its file gave: infers a date from the text when none was given and checks
 * whether the text kept its punctuation. Absent fields are left out rather than set to undefined.
 */
export function buildArticle(parts: ArticleParts): Article {
  const article: Article = {
    id: parts.id,
    file: parts.file,
    body: parts.body,
    format: parts.format,
    punctuated: true,
  };
  for (const key of ["title", "source", "url", "author"] as const) {
    const value = parts[key];
    if (value) article[key] = value;
  }
  if (parts.date) {
    article.date = parts.date;
    article.dateInferred = false;
  } else {
    const inferred = inferDate(parts.body);
    if (inferred) {
      article.date = inferred;
      article.dateInferred = true;
    }
  }
  article.punctuated = isPunctuated(parts.body);
  return article;
}
