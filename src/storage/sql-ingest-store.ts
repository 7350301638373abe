import * as stored from "./article-store.js";
import * as feeds from "./feed-store.js";
import type { IngestStore } from "./ingest-store.js";
import * as items from "./item-store.js";
import type { Database } from "./sql-client.js";

export function createIngestStore(db: Database): IngestStore {
  return {
    syncFeeds: (list) => feeds.syncFeeds(db, list),
    claimFeed: (request) => feeds.claimFeed(db, request),
    finishFeedPoll: (url, owner, outcome) => feeds.finishFeedPoll(db, url, owner, outcome),
    releaseFeed: (url, owner) => feeds.releaseFeed(db, url, owner),
    feedStatuses: (urls) => feeds.feedStatuses(db, urls),
    addItems: (feedUrl, list, now, options) =>
      items.addItems(db, feedUrl, list, now, options?.retryFailed === true),
    dueItems: (now, limit) => items.dueItems(db, now, limit),
    claimItem: (id, owner, now, leaseMs) => items.claimItem(db, id, owner, now, leaseMs),
    releaseItem: (id, owner) => items.releaseItem(db, id, owner),
    finishItem: (id, owner, outcome) => items.finishItem(db, id, owner, outcome),
    storeArticle: (itemId, owner, article, now) => stored.storeArticle(db, itemId, owner, article, now),
    documentFor: (urls) => stored.documentFor(db, urls),
    articleDocuments: () => stored.articleDocuments(db),
    articles: (query) => stored.articles(db, query),
    countIngested: (from, to) => stored.countIngested(db, from, to),
  };
}
