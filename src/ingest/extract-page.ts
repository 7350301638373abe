import { parseCorpusFile } from "../core/corpus/read-corpus-file.js";
import { normaliseUrl, sameSite } from "./url-key.js";

/** What the page itself says, read the way `.html` corpus files are read (Readability over linkedom). */
export interface PageArticle {
  body: string;
  title: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  /** The page's canonical address when it declares one on its own site. */
  canonical: string | null;
}

/** Fewer words than this is a cookie wall, an error page or an index, not an article. */
const MIN_WORDS = 25;

const PAGE_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

export function charsetOf(contentType: string | null): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.-]+)/i.exec(contentType)?.[1] : undefined;
}

/** The article in a fetched page, or why there is none. */
export function extractPage(
  bytes: Uint8Array,
  contentType: string | null,
  url: string,
): PageArticle | { skip: string } {
  const type = contentType?.split(";")[0]?.trim();
  if (type && !PAGE_TYPES.test(type)) return { skip: `it is not a web page (${type.slice(0, 60)})` };
  const result = parseCorpusFile("page.html", bytes, charsetOf(contentType));
  const article = result.records[0]?.article;
  if (!article) {
    const reason = result.notes.find((n) => n.action === "skipped")?.reason ?? "no article text was found";
    return { skip: reason.replace(/^the file /, "the page ") };
  }
  const words = article.body.split(/\s+/).filter(Boolean).length;
  if (words < MIN_WORDS)
    return { skip: `too little text for an article (${words} word${words === 1 ? "" : "s"})` };
  const declared = article.url ? normaliseUrl(article.url, url) : null;
  return {
    body: article.body,
    title: article.title ?? null,
    source: article.source ?? null,
    author: article.author ?? null,
    date: article.date && !article.dateInferred ? article.date : null,
    canonical: declared && sameSite(declared, url) ? declared : null,
  };
}
