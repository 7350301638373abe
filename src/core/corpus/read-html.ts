import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { buildArticle } from "./build-article.js";
import { type FileResult, skippedFile } from "./file-result.js";
import type { Metadata } from "./front-matter.js";
import { htmlToText, type TextNode } from "./html-to-text.js";
import { normaliseDate } from "./infer-date.js";

/** The parts of linkedom's document this reads. */
interface QueryableDocument {
  querySelector(
    selector: string,
  ): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function attribute(doc: QueryableDocument, selectors: string[], name: string): string | undefined {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.getAttribute(name)?.trim();
    if (value) return value;
  }
  return undefined;
}

function content(doc: QueryableDocument, ...selectors: string[]): string | undefined {
  return attribute(doc, selectors, "content");
}

/** Publication times come as full timestamps; the date as written (the publisher's local day) is what we keep. */
function dayOf(value: string | null | undefined): string | undefined {
  const m = value ? /^\s*(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return (m && normaliseDate(m[1])) || undefined;
}

/** article:author is often a profile URL rather than a name; a name is what the answer should show. */
function authorName(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

function readMeta(doc: QueryableDocument): Metadata & { pageTitle?: string } {
  const pageTitle = doc.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() || undefined;
  return {
    title: content(doc, 'meta[property="og:title"]', 'meta[name="twitter:title"]'),
    pageTitle,
    source: content(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]'),
    date: dayOf(
      content(
        doc,
        'meta[property="article:published_time"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="publish-date"]',
        'meta[name="dc.date"]',
        'meta[itemprop="datePublished"]',
      ) ?? attribute(doc, ["time[datetime]"], "datetime"),
    ),
    author: authorName(content(doc, 'meta[name="author"]', 'meta[property="article:author"]')),
    url: attribute(doc, ['link[rel="canonical"]'], "href") ?? content(doc, 'meta[property="og:url"]'),
  };
}

function cleanByline(byline: string | null | undefined): string | undefined {
  const name = byline?.replace(/^\s*by\s+/i, "").trim();
  return name || undefined;
}

/**
 * linkedom builds the tree exactly as written and does not add the implied <html> and <body> a browser would, so
 * a saved fragment ("<p>…</p>") gets them here; Readability needs a body to search.
 */
function completeDocument(html: string): string {
  if (/<html[\s>]/i.test(html)) return html;
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, "");
  return /<body[\s>]/i.test(rest)
    ? `<!doctype html><html>${rest}</html>`
    : `<!doctype html><html><body>${rest}</body></html>`;
}

/**
 * Reads a saved web page: Readability finds the main article (leaving navigation, share buttons and footers
 * behind) and its text becomes the body; metadata comes from the page's meta tags.
 */
export function readHtml(file: string, html: string): FileResult {
  const { document } = parseHTML(completeDocument(html));
  // Readability rewrites the document as it works, so the meta tags are read first.
  const meta = readMeta(document as unknown as QueryableDocument);
  const reader = new Readability<string>(document as never, {
    serializer: (node) => htmlToText(node as unknown as TextNode),
  });
  const parsed = reader.parse();
  const body = parsed?.content ?? "";
  if (body.trim() === "") return skippedFile(file, "no article text was found in the page");
  const article = buildArticle({
    id: file,
    file,
    body,
    format: "html",
    title: meta.title ?? (parsed?.title?.trim() || meta.pageTitle),
    source: meta.source ?? (parsed?.siteName?.trim() || undefined),
    date: meta.date ?? dayOf(parsed?.publishedTime),
    author: meta.author ?? cleanByline(parsed?.byline),
    url: meta.url,
  });
  return { records: [{ article }], notes: [] };
}
