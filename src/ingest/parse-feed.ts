import { type AnyFeed, parseFeed } from "feedsmith";
import { decodeFile } from "../core/corpus/decode-file.js";
import { calendarDate, normaliseDate } from "../core/corpus/infer-date.js";
import { normaliseUrl } from "./url-key.js";

/** One entry of a feed, whatever its format. */
export interface FeedItem {
  /** The item's GUID (RSS), id (Atom, JSON Feed) or about (RDF); its link when it has none. */
  guid: string;
  link: string;
  title: string | null;
  author: string | null;
  /** The publication day as the publisher wrote it, YYYY-MM-DD. */
  published: string | null;
}

export interface ParsedFeed {
  title: string | null;
  items: FeedItem[];
  /** Entries left out: no link, or a link that is not http(s). */
  skipped: number;
}

export class FeedFormatError extends Error {
  override name = "FeedFormatError";
}

/** Beyond this many entries a feed is an archive dump; the newest are what matter. */
const MAX_ITEMS = 500;

const MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

/**
 * The day as the publisher wrote it: "Tue, 07 Jan 2020 23:30:00 -0500" is 7 January, where converting to UTC
 * would say the 8th. ISO dates keep their leading day for the same reason.
 */
export function publicationDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso) return normaliseDate(iso[1]);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(value);
  if (rfc) {
    const month = MONTHS.indexOf((rfc[2] as string).toLowerCase()) + 1;
    if (month > 0) return calendarDate(Number(rfc[3]), month, Number(rfc[1]));
  }
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : normaliseDate(parsed);
}

const text = (value: unknown): string | null => {
  const raw = typeof value === "object" && value !== null ? (value as { value?: unknown }).value : value;
  const trimmed = typeof raw === "string" ? raw.replace(/\s+/g, " ").trim() : "";
  return trimmed || null;
};

const first = <T>(list: readonly T[] | undefined): T | undefined => list?.[0];

type Entry = { guid?: string; link?: string; title: unknown; author: unknown; date?: string };

/** The fields every format carries, wherever each keeps them. */
function entries(parsed: AnyFeed): { title: string | null; entries: Entry[] } {
  switch (parsed.format) {
    case "rss":
      return {
        title: text(parsed.feed.title),
        entries: (parsed.feed.items ?? []).map((i) => ({
          guid: i.guid?.value,
          link: i.link ?? (i.guid?.isPermaLink !== false ? i.guid?.value : undefined),
          title: i.title,
          author: first(i.dc?.creators) ?? first(i.authors)?.name,
          date: i.pubDate ?? first(i.dc?.dates),
        })),
      };
    case "atom":
      return {
        title: text(parsed.feed.title),
        entries: (parsed.feed.entries ?? []).map((e) => ({
          guid: e.id,
          link: (e.links?.find((l) => !l.rel || l.rel === "alternate") ?? first(e.links))?.href,
          title: e.title,
          author: first(e.authors)?.name,
          date: e.published ?? e.updated,
        })),
      };
    case "rdf":
      return {
        title: text(parsed.feed.title),
        entries: (parsed.feed.items ?? []).map((i) => ({
          guid: i.rdf?.about,
          link: i.link,
          title: i.title,
          author: first(i.dc?.creators),
          date: first(i.dc?.dates),
        })),
      };
    case "json":
      return {
        title: text(parsed.feed.title),
        entries: (parsed.feed.items ?? []).map((i) => ({
          guid: i.id,
          link: i.url ?? i.external_url,
          title: i.title,
          author: first(i.authors)?.name,
          date: i.date_published ?? i.date_modified,
        })),
      };
  }
}

/** Charset named in the XML declaration (`<?xml … encoding="windows-1252"?>`). */
function xmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 200)).toString("latin1");
  return /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.-]+)["']/i.exec(head)?.[1];
}

function headerCharset(contentType: string | null): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.-]+)/i.exec(contentType)?.[1] : undefined;
}

/** Parses RSS 2.0, Atom, RDF (RSS 1.0) or JSON Feed bytes. Throws `FeedFormatError` for anything else. */
export function parseFeedBytes(bytes: Uint8Array, contentType: string | null, base: string): ParsedFeed {
  const charset = headerCharset(contentType) ?? xmlCharset(bytes);
  const decoded = decodeFile(bytes, charset ? { charset } : {});
  if ("skip" in decoded)
    throw new FeedFormatError(`the feed is not text (${decoded.skip.replace(/^the file /, "it ")})`);
  const source = decoded.text.replace(/^\uFEFF/, "");
  let parsed: AnyFeed;
  try {
    parsed = parseFeed(/^\s*[{[]/.test(source) ? JSON.parse(source) : source);
  } catch (error) {
    const what = (error as Error).name === "DetectError" ? "not RSS, Atom, RDF or JSON Feed" : "malformed";
    throw new FeedFormatError(`the feed is ${what} (${(error as Error).message.slice(0, 120)})`);
  }
  const { title, entries: list } = entries(parsed);
  const items: FeedItem[] = [];
  let skipped = 0;
  for (const entry of list.slice(0, MAX_ITEMS)) {
    const link = entry.link ? normaliseUrl(entry.link, base) : null;
    if (!link) {
      skipped++;
      continue;
    }
    items.push({
      guid: entry.guid?.trim() || link,
      link,
      title: text(entry.title),
      author: text(entry.author),
      published: publicationDay(entry.date),
    });
  }
  return { title, items, skipped: skipped + Math.max(0, list.length - MAX_ITEMS) };
}
