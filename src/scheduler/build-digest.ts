import {
  count,
  link,
  nameSource,
  type Reply,
  type ReplyField,
  type ReplySection,
  type RichText,
  text,
  verdictLook,
} from "../../commands/index.js";
import type { CorpusService } from "../core/corpus-service.js";
import { type Article, type Quote, VERDICTS } from "../core/types.js";
import type { CheckSummary, Storage } from "../storage/storage.js";
import { type DifferingWording, findDifferingWordings } from "./digest-wordings.js";

export type QuietMode = "note" | "skip";

export interface BuildDigestOptions {
  corpus: CorpusService;
  storage: Storage;
  from: Date;
  to: Date;
  /** What a period with nothing new gives: a one-line note (default), or null so nothing is posted. */
  quiet?: QuietMode;
  /** Time zone the period is written in. */
  timezone?: string;
}

/** Digest work queues behind users' questions under one key of its own. */
export const DIGEST_REQUESTER = "digest";

/** Notable quotations per article: enough to show what it is about. */
const QUOTES_PER_ARTICLE = 2;

const plural = count;

export function formatPeriod(from: Date, to: Date, timezone = "UTC"): string {
  const format = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: timezone,
  });
  return `${format.format(from)} – ${format.format(to)} (${timezone})`;
}

function notable(quotes: readonly Quote[]): Quote[] {
  const words = (q: Quote) => q.text.split(/\s+/).length;
  // Quotations of a sentence or two read best; fragments and whole paragraphs less so.
  const score = (q: Quote) => q.confidence + (words(q) >= 6 && words(q) <= 40 ? 0.5 : 0);
  return quotes
    .filter((q) => q.speaker && q.kind !== "frame")
    .sort((a, b) => score(b) - score(a) || a.start - b.start)
    .slice(0, QUOTES_PER_ARTICLE);
}

function articleItem(article: Article, quotes: readonly Quote[]): RichText {
  const title = article.title ?? "Untitled article";
  const run: RichText = [article.url ? link(title, article.url) : text(title, "bold")];
  run.push(text(` — ${nameSource({ source: article.source })} · ${article.date ?? "undated"}`));
  const speakers = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => Boolean(s)))];
  if (quotes.length > 0) {
    const who = speakers.length > 0 ? ` from ${speakers.slice(0, 4).join(", ")}` : "";
    run.push(text(` · ${plural(quotes.length, "quotation")}${who}`));
  }
  return run;
}

function quoteItem(quote: Quote, article: Article): RichText {
  return [text(`“${quote.text}”`), text(` — ${quote.speaker ?? "unattributed"}, ${nameSource(article)}`)];
}

function wordingItem(group: DifferingWording): RichText {
  const run: RichText = group.speaker ? [text(`${group.speaker}: `, "bold")] : [];
  group.wordings.forEach((w, i) => {
    if (i > 0) run.push(text("  vs  "));
    run.push(text(`“${w.text}”`, "italic"), text(` (${w.sources.join(", ")})`));
  });
  return run;
}

function checkItem(check: CheckSummary["top"][number]): RichText {
  const look = verdictLook(check.verdict);
  const who = check.speaker ? ` · ${check.speaker}` : "";
  return [
    text(`“${check.quote}”`),
    text(` — ${plural(check.count, "check")} · ${look.emoji} ${look.title}${who}`),
  ];
}

function verdictField(checks: CheckSummary): ReplyField {
  const parts = VERDICTS.filter((v) => checks.byVerdict[v]).map((v) => {
    const look = verdictLook(v);
    return `${look.emoji} ${look.title}: ${checks.byVerdict[v]}`;
  });
  return { label: "Checks by verdict", value: [text(parts.join(" · "))] };
}

function quietNote(period: string): Reply {
  return {
    kind: "digest",
    tone: "neutral",
    emoji: "🗞️",
    title: "Digest: nothing new",
    summary: `No new articles and no checks in ${period}.`,
    fields: [],
    sections: [],
  };
}

/**
 * What happened in [from, to): the articles first seen, their notable quotations, quotations worded differently
 * across outlets, and the checks people ran. Articles come from the storage's first-seen record and are shown as
 * the current engine has them (an article since removed from the corpus is left out).
 */
export async function buildDigest(options: BuildDigestOptions): Promise<Reply | null> {
  const { corpus, storage, from, to } = options;
  const period = formatPeriod(from, to, options.timezone);
  const seen = await storage.documentsFirstSeen(from, to);
  const found = await corpus.articlesWithQuotes(
    seen.map((d) => d.id),
    { requester: DIGEST_REQUESTER },
  );
  const articles: Article[] = found.map((f) => f.article);
  const checks = await storage.summariseChecks(from, to, 10);
  const fromFeeds = await storage.ingest.countIngested(from, to);
  if (articles.length === 0 && checks.total === 0) return options.quiet === "skip" ? null : quietNote(period);

  const quotesOf = new Map<string, Quote[]>(found.map((f) => [f.article.id, f.quotes]));
  const newest = [...articles].sort(
    (a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.id.localeCompare(b.id),
  );
  const periodQuotes = newest.flatMap((a) => quotesOf.get(a.id) ?? []);
  const wordings = await findDifferingWordings(corpus, periodQuotes);

  const sections: ReplySection[] = [];
  if (newest.length > 0) {
    sections.push({
      heading: "New articles",
      items: newest.map((a) => articleItem(a, quotesOf.get(a.id) ?? [])),
      noun: "articles",
    });
    const highlights = newest.flatMap((a) => notable(quotesOf.get(a.id) ?? []).map((q) => quoteItem(q, a)));
    if (highlights.length > 0)
      sections.push({ heading: "Notable quotations", items: highlights, noun: "quotations" });
  }
  if (wordings.length > 0) {
    sections.push({
      heading: "Worded differently across outlets",
      items: wordings.map(wordingItem),
      noun: "quotations",
    });
  }
  if (checks.top.length > 0) {
    sections.push({
      heading: "Most-checked quotations",
      items: checks.top.map(checkItem),
      noun: "quotations",
    });
  }
  const summary = [
    plural(articles.length, "new article") +
      (fromFeeds > 0 ? ` (${fromFeeds.toLocaleString("en-US")} from feeds)` : ""),
    plural(periodQuotes.length, "quotation"),
    plural(wordings.length, "quotation worded differently", "quotations worded differently"),
    plural(checks.total, "check"),
  ].join(" · ");
  return {
    kind: "digest",
    tone: "info",
    emoji: "🗞️",
    title: "Digest: what's new",
    summary: `${summary}.`,
    fields: checks.total > 0 ? [verdictField(checks)] : [],
    sections,
    footer: period,
  };
}
