import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { MetricsSink, Platform, VerificationOutcome } from "../../commands/index.js";
import type { CorpusStats } from "../core/corpus-service.js";
import type { FeedStatus } from "../storage/ingest-store.js";

/** The sink, kept in a Prometheus registry and rendered in its text format for GET /metrics. */
export interface PrometheusMetrics extends MetricsSink {
  /** Reports the corpus gauges from `stats` at each scrape (the corpus may be reloaded in between). */
  observeCorpus(stats: () => CorpusStats): void;
  /** Reports each feed's status from `statuses` at each scrape (read from storage, so every replica agrees). */
  observeFeeds(statuses: () => Promise<readonly FeedStatus[]>): void;
  render(): Promise<{ contentType: string; body: string }>;
}

export interface PrometheusMetricsOptions {
  /** Also export the process's own figures (CPU, memory, event-loop lag, GC); default true. */
  processMetrics?: boolean;
}

/** From a cached answer (well under a millisecond) to a heavy query on a busy machine. */
const VERIFY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Around the platforms' 3-second deadline, where it matters. */
const ACK_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5];

export function createPrometheusMetrics(options: PrometheusMetricsOptions = {}): PrometheusMetrics {
  const registry = new Registry();
  const registers = [registry];
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  let corpusStats: (() => CorpusStats) | null = null;
  let feedStatuses: (() => Promise<readonly FeedStatus[]>) | null = null;

  const verifyDuration = new Histogram({
    name: "verbatim_verify_duration_seconds",
    help: "Time to answer a verification, by front end.",
    labelNames: ["front_end"],
    buckets: VERIFY_BUCKETS,
    registers,
  });
  const verifications = new Counter({
    name: "verbatim_verifications_total",
    help: "Verifications answered, by front end and verdict (refused: not a checkable quotation; failed: an error).",
    labelNames: ["front_end", "verdict"],
    registers,
  });
  const ackDuration = new Histogram({
    name: "verbatim_ack_duration_seconds",
    help: "Time from a platform request reaching its handler to its acknowledgement, by front end.",
    labelNames: ["front_end"],
    buckets: ACK_BUCKETS,
    registers,
  });
  const digestPosts = new Counter({
    name: "verbatim_digest_posts_total",
    help: "Digests posted, by target.",
    labelNames: ["target"],
    registers,
  });
  const digestFailures = new Counter({
    name: "verbatim_digest_failures_total",
    help: "Digest posts that failed after their retries (the slot stays pending and is retried), by target.",
    labelNames: ["target"],
    registers,
  });
  const reloads = new Counter({
    name: "verbatim_corpus_reloads_total",
    help: "Reloads of a changed corpus, by outcome (a failed reload keeps the previous corpus answering).",
    labelNames: ["outcome"],
    registers,
  });
  const corpusGauge = (name: string, help: string, read: (s: CorpusStats) => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        if (corpusStats) this.set(read(corpusStats()));
      },
    });
  corpusGauge("verbatim_corpus_articles", "Articles in the corpus being answered from.", (s) => s.articles);
  corpusGauge("verbatim_corpus_quotations", "Quotations found in the corpus.", (s) => s.quotes);
  corpusGauge("verbatim_corpus_speakers", "Distinct speakers quoted in the corpus.", (s) => s.speakers);
  feedGauges(registers, () => feedStatuses);
  // Zero, not absent, before the first event: rate() and alerts then work from the start.
  for (const outcome of ["succeeded", "failed"]) reloads.inc({ outcome }, 0);

  return {
    verificationStarted(frontEnd: Platform) {
      const stop = verifyDuration.startTimer({ front_end: frontEnd });
      return (outcome: VerificationOutcome) => {
        stop();
        verifications.inc({ front_end: frontEnd, verdict: outcome });
      };
    },
    acknowledgementStarted(frontEnd: Platform) {
      const stop = ackDuration.startTimer({ front_end: frontEnd });
      return () => {
        stop();
      };
    },
    digestPost(target, outcome) {
      (outcome === "posted" ? digestPosts : digestFailures).inc({ target });
    },
    corpusReload(outcome) {
      reloads.inc({ outcome });
    },
    observeCorpus(stats) {
      corpusStats = stats;
    },
    observeFeeds(statuses) {
      feedStatuses = statuses;
    },
    async render() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

const seconds = (at: Date | null) => (at ? at.getTime() / 1000 : 0);

/**
 * Per-feed gauges, read from storage at scrape time. The feed's URL is the label: it comes from the operator's feeds
 * file, never from a user. A timestamp of 0 means "never".
 */
function feedGauges(
  registers: Registry[],
  source: () => (() => Promise<readonly FeedStatus[]>) | null,
): void {
  const figures: [string, string, (s: FeedStatus) => number][] = [
    ["verbatim_feed_items_added", "Articles added from the feed so far.", (s) => s.itemsAdded],
    ["verbatim_feed_items_pending", "Items the feed listed that are not fetched yet.", (s) => s.itemsPending],
    ["verbatim_feed_failures", "Polls of the feed that failed since its last success.", (s) => s.failures],
    [
      "verbatim_feed_last_success_timestamp_seconds",
      "When the feed was last polled successfully (Unix time; 0: never).",
      (s) => seconds(s.lastSuccessAt),
    ],
    [
      "verbatim_feed_last_error_timestamp_seconds",
      "When a poll of the feed last failed (Unix time; 0: never).",
      (s) => seconds(s.lastErrorAt),
    ],
  ];
  for (const [name, help, read] of figures) {
    new Gauge({
      name,
      help,
      labelNames: ["feed"],
      registers,
      async collect() {
        const statuses = source();
        if (!statuses) return;
        this.reset();
        for (const status of await statuses()) this.set({ feed: status.url }, read(status));
      },
    });
  }
}
