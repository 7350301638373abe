/**
 * What the ingester keeps: each feed's polling state, each item a feed listed (or a page added by hand), and each
 * article fetched. The database is the record every replica shares; the corpus folder holds the articles as files.
 */

/** Items added by hand (`verbatim ingest URL`) belong to no feed; they are filed under this feed url. */
export const NO_FEED = "";

export interface FeedStatus {
  url: string;
  outlet: string;
  lastPolledAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  /** Polls that failed since the last success. */
  failures: number;
  nextPollAt: Date | null;
  itemsAdded: number;
  /** Items listed by the feed and not yet fetched. */
  itemsPending: number;
}

export interface FeedClaimRequest {
  url: string;
  owner: string;
  now: Date;
  leaseMs: number;
  /** Poll even if the feed is not due (a poll asked for by hand); another owner's lease is still respected. */
  force?: boolean;
}

export interface FeedClaim {
  url: string;
  etag: string | null;
  lastModified: string | null;
  failures: number;
}

export type FeedPollOutcome =
  | { ok: true; now: Date; nextPollAt: Date; etag: string | null; lastModified: string | null }
  | { ok: false; now: Date; nextPollAt: Date; error: string };

export interface NewItem {
  guid: string;
  link: string;
  outlet: string | null;
  title: string | null;
  author: string | null;
  /** The item's publication date, YYYY-MM-DD. */
  published: string | null;
  tags: readonly string[];
}

export interface AddedItems {
  /** Ids of the items to fetch. */
  pending: number[];
  /** Items whose link is already an ingested article's. */
  duplicates: number;
  /** Items seen before (same feed and GUID). */
  known: number;
}

export interface ItemClaim extends NewItem {
  id: number;
  feedUrl: string;
  /** Including this one. */
  attempts: number;
}

export type ItemOutcome =
  | { state: "skipped" | "failed" | "duplicate"; reason: string; now: Date }
  | { state: "retry"; reason: string; now: Date; nextAttemptAt: Date };

export interface NewArticle {
  /** The article's own address (its canonical URL when the page declares one on its own site). */
  url: string;
  /** Every other address it was reached by, so an item linking to any of them is known without a fetch. */
  aliases: readonly string[];
  /** Path of its file in the corpus folder. */
  document: string;
  title: string | null;
  source: string | null;
  author: string | null;
  date: string | null;
  tags: readonly string[];
  body: string;
  /** The URL the page was fetched from (after redirects). */
  fetchedFrom: string;
}

export type StoreResult = { stored: true; document: string } | { stored: false; duplicateOf: string };

export interface StoredArticle extends Omit<NewArticle, "aliases"> {
  id: number;
  feedUrl: string | null;
  createdAt: Date;
}

export interface IngestStore {
  /** Records the configured feeds (new ones are due at once; an outlet renamed in the file is updated). */
  syncFeeds(feeds: readonly { url: string; outlet: string }[]): Promise<void>;
  /** Takes the right to poll a feed that is due and not leased by another owner; null when it is not ours. */
  claimFeed(request: FeedClaimRequest): Promise<FeedClaim | null>;
  finishFeedPoll(url: string, owner: string, outcome: FeedPollOutcome): Promise<void>;
  /** Gives a claimed feed back without counting a poll (the process is stopping). */
  releaseFeed(url: string, owner: string): Promise<void>;
  /** Status of the given feeds (all known feeds when omitted), in the order given. */
  feedStatuses(urls?: readonly string[]): Promise<FeedStatus[]>;
  /** Records a feed's items; items seen before are left as they are, unless `retryFailed` (a request by hand). */
  addItems(
    feedUrl: string,
    items: readonly NewItem[],
    now: Date,
    options?: { retryFailed?: boolean },
  ): Promise<AddedItems>;
  /** Pending items due at `now` and not leased, oldest first. */
  dueItems(now: Date, limit: number): Promise<number[]>;
  /** Takes the right to fetch one item; null when it is done, not due or leased by another owner. */
  claimItem(id: number, owner: string, now: Date, leaseMs: number): Promise<ItemClaim | null>;
  /** Gives a claimed item back untouched (the process is stopping). */
  releaseItem(id: number, owner: string): Promise<void>;
  finishItem(id: number, owner: string, outcome: ItemOutcome): Promise<void>;
  /** Stores the fetched article for a claimed item, unless one of its addresses is already stored. */
  storeArticle(itemId: number, owner: string, article: NewArticle, now: Date): Promise<StoreResult>;
  /** The document of an ingested article reachable at any of `urls`, if there is one. */
  documentFor(urls: readonly string[]): Promise<string | null>;
  /** Every ingested article's id and document path, for checking the corpus folder has them all. */
  articleDocuments(): Promise<{ id: number; document: string }[]>;
  /** Articles with the given ids, or with ids above `afterId`, oldest first. */
  articles(query: { ids: readonly number[] } | { afterId: number; limit: number }): Promise<StoredArticle[]>;
  /** How many articles were ingested in [from, to). */
  countIngested(from: Date, to: Date): Promise<number>;
}
