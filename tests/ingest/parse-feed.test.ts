import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { FeedFormatError, parseFeedBytes, publicationDay } from "../../src/ingest/parse-feed.js";
import { atomFeed, type Entry, jsonFeed, rdfFeed, rssFeed } from "../fakes/news-site/feeds.js";
import { stories } from "../fakes/news-site/stories.js";

const BASE = "http://127.0.0.1:8080/feeds/world.xml";
const entries: Entry[] = [
  {
    story: stories.harbour!,
    link: "http://127.0.0.1:8080/news/harbour-wall.html?utm_source=rss",
    guid: "hw-1",
  },
  { story: stories.ferry!, link: "/news/ferry-strike.html", guid: "fs-1" },
];
const bytes = (text: string) => Buffer.from(text, "utf8");

describe("parseFeedBytes", () => {
  const expected = [
    {
      link: "http://127.0.0.1:8080/news/harbour-wall.html",
      title: "Harbour wall repairs to finish by spring",
      author: "Mara Quill",
      published: "2024-03-04",
    },
    {
      link: "http://127.0.0.1:8080/news/ferry-strike.html",
      title: "Ferry crews vote to strike over contracts",
      author: "Owen Teller",
      published: "2024-03-05",
    },
  ];

  it.each([
    ["RSS 2.0", rssFeed("World", entries), ["hw-1", "fs-1"]],
    ["Atom", atomFeed("World", entries), ["hw-1", "fs-1"]],
    ["JSON Feed", jsonFeed("World", entries), ["hw-1", "fs-1"]],
    [
      "RDF",
      rdfFeed("World", entries),
      ["http://127.0.0.1:8080/news/harbour-wall.html?utm_source=rss", "/news/ferry-strike.html"],
    ],
  ])("reads %s: GUID, link (absolute, without tracking), title, author, day", (_name, feed, guids) => {
    const parsed = parseFeedBytes(bytes(feed), null, BASE);
    expect(parsed.title).toBe("World");
    expect(parsed.items.map(({ guid, ...rest }) => rest)).toEqual(expected);
    expect(parsed.items.map((i) => i.guid)).toEqual(guids);
  });

  it("reads a windows-1252 feed by its XML declaration", () => {
    const feed = rssFeed("Café", [{ story: stories.bakery!, link: "http://x.example/b" }]).replace(
      'encoding="UTF-8"',
      'encoding="windows-1252"',
    );
    const parsed = parseFeedBytes(iconv.encode(feed, "windows-1252"), "application/rss+xml", BASE);
    expect(parsed.title).toBe("Café");
    expect(parsed.items[0]?.title).toBe("Café wins national award for its sourdough");
  });

  it("skips entries without an http(s) link", () => {
    const feed = rssFeed("W", [
      { story: stories.tram!, link: "javascript:alert(1)" },
      { story: stories.tram!, link: "http://x.example/t" },
    ]);
    const parsed = parseFeedBytes(bytes(feed), null, BASE);
    expect(parsed.items.map((i) => i.link)).toEqual(["http://x.example/t"]);
    expect(parsed.skipped).toBe(1);
  });

  it("refuses malformed XML and pages that are not feeds with a plain reason", () => {
    const broken = rssFeed("W", entries).slice(0, 400);
    expect(() => parseFeedBytes(bytes(broken), null, BASE)).toThrow(FeedFormatError);
    expect(() => parseFeedBytes(bytes(broken), null, BASE)).toThrow(/^the feed is malformed/);
    expect(() => parseFeedBytes(bytes("<html><body>Moved</body></html>"), null, BASE)).toThrow(
      /^the feed is not RSS, Atom, RDF or JSON Feed/,
    );
    expect(() => parseFeedBytes(bytes("{not json"), null, BASE)).toThrow(FeedFormatError);
  });
});

describe("publicationDay", () => {
  it("keeps the day as the publisher wrote it", () => {
    expect(publicationDay("Tue, 07 Jan 2020 23:30:00 -0500")).toBe("2020-01-07");
    expect(publicationDay("2020-01-07T23:30:00-05:00")).toBe("2020-01-07");
    expect(publicationDay("7 January 2020")).toBe("2020-01-07");
    expect(publicationDay("yesterday")).toBeNull();
    expect(publicationDay("Tue, 31 Feb 2020 10:00:00 GMT")).toBeNull();
  });
});
