import { describe, expect, it } from "vitest";
import { createPrometheusMetrics } from "../../src/ops/prometheus-metrics.js";
import { sample } from "./prometheus-text.js";

describe("the Prometheus metrics sink", () => {
  it("counts verifications by front end and verdict, with a latency histogram per front end", async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    metrics.verificationStarted("slack")("verified");
    metrics.verificationStarted("slack")("verified");
    metrics.verificationStarted("discord")("not_found");
    metrics.verificationStarted("discord")("refused");
    const { body, contentType } = await metrics.render();
    expect(contentType).toContain("text/plain");
    expect(sample(body, 'verbatim_verifications_total{front_end="slack",verdict="verified"}')).toBe(2);
    expect(sample(body, 'verbatim_verifications_total{front_end="discord",verdict="not_found"}')).toBe(1);
    expect(sample(body, 'verbatim_verifications_total{front_end="discord",verdict="refused"}')).toBe(1);
    expect(sample(body, 'verbatim_verify_duration_seconds_count{front_end="slack"}')).toBe(2);
    expect(sample(body, 'verbatim_verify_duration_seconds_bucket{le="+Inf",front_end="discord"}')).toBe(2);
    expect(body).toContain("# TYPE verbatim_verify_duration_seconds histogram");
  });

  it("times acknowledgements, counts digest posts and failures by target, and reloads by outcome", async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    metrics.acknowledgementStarted("slack")();
    metrics.digestPost("slack:C0123456789", "posted");
    metrics.digestPost("discord:1023456789012345678", "failed");
    metrics.digestPost("discord:1023456789012345678", "failed");
    metrics.corpusReload("succeeded");
    const { body } = await metrics.render();
    expect(sample(body, 'verbatim_ack_duration_seconds_count{front_end="slack"}')).toBe(1);
    expect(sample(body, 'verbatim_digest_posts_total{target="slack:C0123456789"}')).toBe(1);
    expect(sample(body, 'verbatim_digest_failures_total{target="discord:1023456789012345678"}')).toBe(2);
    expect(sample(body, 'verbatim_corpus_reloads_total{outcome="succeeded"}')).toBe(1);
    expect(sample(body, 'verbatim_corpus_reloads_total{outcome="failed"}')).toBe(0);
  });

  it("reads the corpus gauges from the corpus current at each scrape", async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    expect(sample((await metrics.render()).body, "verbatim_corpus_articles")).toBe(0);
    let stats = { articles: 5, quotes: 40, speakers: 12 };
    metrics.observeCorpus(() => stats);
    const first = (await metrics.render()).body;
    expect(sample(first, "verbatim_corpus_articles")).toBe(5);
    expect(sample(first, "verbatim_corpus_quotations")).toBe(40);
    expect(sample(first, "verbatim_corpus_speakers")).toBe(12);
    stats = { articles: 6, quotes: 41, speakers: 12 };
    expect(sample((await metrics.render()).body, "verbatim_corpus_articles")).toBe(6);
  });

  it("reports each feed's status, read at each scrape, labelled by the feed's address", async () => {
    const metrics = createPrometheusMetrics({ processMetrics: false });
    expect((await metrics.render()).body).not.toContain("verbatim_feed_items_added{");
    const feed = (url: string, itemsAdded: number, failures: number) => ({
      url,
      outlet: "Example News",
      lastPolledAt: new Date("2026-11-30T10:00:00Z"),
      lastSuccessAt: failures === 0 ? new Date("2026-11-30T10:00:00Z") : null,
      lastError: failures === 0 ? null : "HTTP 500",
      lastErrorAt: failures === 0 ? null : new Date("2026-11-30T10:00:00Z"),
      failures,
      nextPollAt: null,
      itemsAdded,
      itemsPending: 1,
    });
    let statuses = [feed("https://news.example/rss.xml", 3, 0), feed("https://other.example/atom", 0, 2)];
    metrics.observeFeeds(async () => statuses);
    const first = (await metrics.render()).body;
    expect(sample(first, 'verbatim_feed_items_added{feed="https://news.example/rss.xml"}')).toBe(3);
    expect(sample(first, 'verbatim_feed_failures{feed="https://other.example/atom"}')).toBe(2);
    expect(
      sample(first, 'verbatim_feed_last_success_timestamp_seconds{feed="https://news.example/rss.xml"}'),
    ).toBe(Date.parse("2026-11-30T10:00:00Z") / 1000);
    expect(
      sample(first, 'verbatim_feed_last_success_timestamp_seconds{feed="https://other.example/atom"}'),
    ).toBe(0);
    statuses = [feed("https://news.example/rss.xml", 4, 0)];
    const second = (await metrics.render()).body;
    expect(sample(second, 'verbatim_feed_items_added{feed="https://news.example/rss.xml"}')).toBe(4);
    // A feed taken out of the feeds file stops being reported.
    expect(second).not.toContain('feed="https://other.example/atom"');
  });

  it("exports the process's own figures unless told not to", async () => {
    const withProcess = (await createPrometheusMetrics().render()).body;
    expect(withProcess).toContain("process_resident_memory_bytes");
    expect(withProcess).toContain("nodejs_eventloop_lag_seconds");
    const without = (await createPrometheusMetrics({ processMetrics: false }).render()).body;
    expect(without).not.toContain("process_resident_memory_bytes");
  });
});
