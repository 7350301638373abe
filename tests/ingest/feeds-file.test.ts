import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/load-config.js";
import { loadFeedsFile, parseDuration, parseFeedsFile } from "../../src/ingest/feeds-file.js";

function problems(text: string): string[] {
  try {
    parseFeedsFile(text, "feeds.yaml");
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  throw new Error("expected the feeds file to be refused");
}

describe("the feeds file", () => {
  it("reads each feed with its outlet, interval (15 minutes unless given) and tags", () => {
    const feeds = parseFeedsFile(
      `feeds:
  - url: https://example.org/world/rss.xml?utm_source=x
    outlet: Example News
    every: 10m
    tags: [world]
  - url: https://news.example.com/atom
    outlet: Example Times
`,
      "feeds.yaml",
    );
    expect(feeds).toEqual([
      { url: "https://example.org/world/rss.xml", outlet: "Example News", everyMs: 600_000, tags: ["world"] },
      { url: "https://news.example.com/atom", outlet: "Example Times", everyMs: 900_000, tags: [] },
    ]);
  });

  it("names the entry, its url and the key for each problem", () => {
    expect(
      problems(`feeds:
  - url: https://example.org/rss
    outlet: Example News
    every: often
  - url: ftp://example.org/feed
    outlet: Other
  - url: https://example.org/b
    outlt: Typo News
  - url: https://example.org/ok
    outlet: Fine
  - url: https://example.org/ok#again
    outlet: Again
`),
    ).toEqual([
      'FEEDS_FILE feeds.yaml: entry 1 (https://example.org/rss): "every" must be a duration from 30s to 7d, like 30s, 10m or 1h; got "often"',
      'FEEDS_FILE feeds.yaml: entry 2 (ftp://example.org/feed): "url" must be an http(s) address, e.g. https://example.org/world/rss.xml; got "ftp://example.org/feed"',
      'FEEDS_FILE feeds.yaml: entry 3 (https://example.org/b): "outlet" must be the outlet\'s name, e.g. Example News; it is missing',
      'FEEDS_FILE feeds.yaml: entry 3 (https://example.org/b): unknown key "outlt" (expected url, outlet, every, tags)',
      'FEEDS_FILE feeds.yaml: entry 5 (https://example.org/ok#again): "url" repeats entry 4',
    ]);
  });

  it("refuses polling faster than every 30 seconds, broken YAML, and a file without feeds", () => {
    expect(problems("feeds:\n  - url: https://a.example/rss\n    outlet: A\n    every: 5s\n")[0]).toContain(
      '"every" must be a duration from 30s to 7d',
    );
    expect(problems("feeds: [unclosed\n")[0]).toMatch(/^FEEDS_FILE feeds.yaml: is not valid YAML/);
    expect(problems("feeds: []\n")).toEqual(["FEEDS_FILE feeds.yaml: lists no feeds"]);
    expect(problems("sources:\n  - url: x\n")[0]).toContain('unknown key "sources"');
    expect(problems("- https://a.example/rss\n")[0]).toContain('must start with "feeds:"');
  });

  it("says when the file is missing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-feeds-"));
    await expect(loadFeedsFile(join(dir, "nope.yaml"))).rejects.toThrow(
      /FEEDS_FILE .*nope.yaml does not exist/,
    );
    writeFileSync(join(dir, "ok.yaml"), "feeds:\n  - url: https://a.example/rss\n    outlet: A\n");
    expect(await loadFeedsFile(join(dir, "ok.yaml"))).toHaveLength(1);
  });

  it("reads durations", () => {
    expect(parseDuration("30s")).toBe(30_000);
    expect(parseDuration("1.5h")).toBe(5_400_000);
    expect(parseDuration("2d")).toBe(172_800_000);
    expect(parseDuration("10 minutes")).toBeNull();
  });
});
