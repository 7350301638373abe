import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/ingest/fetch-error.js";
import { type GetOptions, politeGet, retryAfterMs } from "../../src/ingest/polite-fetch.js";
import { NewsSite } from "../fakes/news-site/news-site.js";
import { stories } from "../fakes/news-site/stories.js";
import { CONTACT, testContext } from "./ingest-harness.js";

let site: NewsSite;
beforeAll(async () => {
  site = await NewsSite.start();
});
afterAll(() => site.close());

const page: GetOptions = { accept: "text/html", maxBytes: 1024 * 1024, timeoutMs: 30_000 };

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error("expected the fetch to fail");
}

describe("politeGet", () => {
  it("names Verbatim and the operator's contact, and asks robots.txt once per host", async () => {
    const { ctx } = testContext();
    const before = site.hits("/robots.txt");
    const a = await politeGet(ctx.http, site.link("/news/harbour-wall.html"), page);
    await politeGet(ctx.http, site.link("/news/ferry-strike.html"), page);
    expect(a.notModified).toBe(false);
    expect(site.hits("/robots.txt") - before).toBe(1);
    const request = site.requests.findLast((r) => r.path === "/news/ferry-strike.html");
    expect(request?.headers["user-agent"]).toMatch(
      /^Verbatim\/\d+\.\d+\.\d+ \(\+https:\/\/desk\.example\.org\/verbatim\)$/,
    );
    expect(request?.headers["user-agent"]).toContain(CONTACT);
  });

  it("does not fetch what robots.txt disallows", async () => {
    const { ctx } = testContext();
    site.article("/private/memo.html", stories.library!);
    const error = await failure(politeGet(ctx.http, site.link("/private/memo.html"), page));
    expect(error.failure).toBe("robots");
    expect(error.message).toBe("robots.txt disallows fetching it");
    expect(site.hits("/private/memo.html")).toBe(0);
  });

  it("follows redirects by hand and reports where it ended up", async () => {
    const { ctx } = testContext();
    site.redirect("/r/one", "/r/two", 301);
    site.redirect("/r/two", site.link("/news/library-hours.html"), 302);
    const result = await politeGet(ctx.http, site.link("/r/one"), page);
    expect(result.url).toBe(site.link("/news/library-hours.html"));
  });

  it("follows a page that sends the reader on with a meta refresh, like a redirect", async () => {
    const { ctx } = testContext();
    const target = site.link("/news/library-hours.html");
    const refresh = (content: string) =>
      `<html><head><meta http-equiv="Refresh" content="${content}"><title>Moved</title></head><body>Moved.</body></html>`;
    site.text("/m/now", refresh(`0; url=${target}`), "text/html; charset=utf-8");
    site.text("/m/quoted", refresh("1;URL='/m/now'"), "text/html");
    const result = await politeGet(ctx.http, site.link("/m/quoted"), page);
    expect(result.url).toBe(target);
    if (result.notModified) throw new Error("a first fetch cannot be a 304");
    expect(Buffer.from(result.bytes).toString()).toContain("library");
  });

  it("keeps a page that only reloads itself, and refuses a meta refresh loop", async () => {
    const { ctx } = testContext();
    const live =
      '<html><head><meta http-equiv="refresh" content="60; url=/m/live"></head><body>Live</body></html>';
    site.text("/m/live", live, "text/html");
    site.text(
      "/m/self",
      '<html><head><meta http-equiv="refresh" content="0"></head><body>Self</body></html>',
      "text/html",
    );
    expect((await politeGet(ctx.http, site.link("/m/live"), page)).url).toBe(site.link("/m/live"));
    expect((await politeGet(ctx.http, site.link("/m/self"), page)).url).toBe(site.link("/m/self"));
    const hop = (to: string) => `<html><head><meta http-equiv="refresh" content="0;url=${to}"></head></html>`;
    site.text("/m/a", hop("/m/b"), "text/html");
    site.text("/m/b", hop("/m/a"), "text/html");
    const loop = await failure(politeGet(ctx.http, site.link("/m/a"), page));
    expect(loop.failure).toBe("redirect-loop");
  });

  it("refuses a redirect loop and a chain longer than the limit", async () => {
    const { ctx } = testContext();
    site.redirect("/loop/a", "/loop/b");
    site.redirect("/loop/b", "/loop/a");
    const loop = await failure(politeGet(ctx.http, site.link("/loop/a"), page));
    expect(loop.failure).toBe("redirect-loop");
    expect(loop.message).toContain("/loop/a");
    for (let i = 0; i < 8; i++) site.redirect(`/chain/${i}`, `/chain/${i + 1}`);
    const chain = await failure(politeGet(ctx.http, site.link("/chain/0"), { ...page, maxRedirects: 5 }));
    expect(chain.failure).toBe("too-many-redirects");
    expect(site.hits("/chain/6")).toBe(0);
  });

  it("sends the validators it has and reports 304 as unchanged", async () => {
    const { ctx } = testContext();
    site.feed("/cond/rss.xml", "<rss version='2.0'><channel><title>x</title></channel></rss>");
    const first = await politeGet(ctx.http, site.link("/cond/rss.xml"), page);
    if (first.notModified) throw new Error("the first fetch cannot be a 304");
    expect(first.etag).toMatch(/^"/);
    const second = await politeGet(ctx.http, site.link("/cond/rss.xml"), { ...page, etag: first.etag });
    expect(second.notModified).toBe(true);
  });

  it("gives up on a server that does not answer within the deadline", async () => {
    const { ctx, time } = testContext();
    const held = site.hold("/slow/page.html");
    const pending = failure(
      politeGet(ctx.http, site.link("/slow/page.html"), { ...page, timeoutMs: 20_000 }),
    );
    await held.seen;
    await time.advanceBy(19_000);
    await time.advanceBy(1_000);
    const error = await pending;
    held.release();
    expect(error.failure).toBe("timeout");
    expect(error.message).toBe("no complete answer within 20 s");
    // A timeout is not retried within the fetch: the slow server is asked once.
    expect(site.hits("/slow/page.html")).toBe(1);
  });

  it("retries a 500 with backoff until the server recovers", async () => {
    const { ctx, time } = testContext();
    site.article("/flaky/story.html", stories.ferry!);
    site.failFirst("/flaky/story.html", 2, 500);
    const result = await politeGet(ctx.http, site.link("/flaky/story.html"), {
      ...page,
      retry: ctx.limits.retry,
    });
    expect(result.notModified).toBe(false);
    expect(site.hits("/flaky/story.html")).toBe(3);
    expect(time.waits.filter((ms) => ms >= 1000)).toEqual([1000, 2000]);
  });

  it("waits as long as a 429's Retry-After asks, and gives up when it asks too much", async () => {
    const { ctx, time } = testContext();
    site.article("/busy/story.html", stories.tram!);
    site.failFirst("/busy/story.html", 1, 429, { "retry-after": "7" });
    await politeGet(ctx.http, site.link("/busy/story.html"), page);
    expect(time.waits).toContain(7000);

    site.failFirst("/busy/story.html", 1, 429, { "retry-after": "3600" });
    const error = await failure(politeGet(ctx.http, site.link("/busy/story.html"), page));
    expect(error.details).toMatchObject({ status: 429, retryAfterMs: 3_600_000 });
    expect(error.transient).toBe(true);
  });

  it("reads Retry-After as seconds or as a date", () => {
    const now = new Date("2024-03-10T09:00:00Z");
    expect(retryAfterMs("120", now)).toBe(120_000);
    expect(retryAfterMs("Sun, 10 Mar 2024 09:01:00 GMT", now)).toBe(60_000);
    expect(retryAfterMs("soon", now)).toBeUndefined();
  });

  it("stops reading a 200 MB page at its limit without the server sending it all", async () => {
    const { ctx } = testContext();
    site.huge("/huge/streamed.html", 200 * 1024 * 1024, false);
    const error = await failure(politeGet(ctx.http, site.link("/huge/streamed.html"), page));
    expect(error.failure).toBe("too-large");
    expect(error.message).toBe("larger than the 1 MB limit");
    await site.hugeClosed;
    // The client hung up: the server wrote the limit plus what socket buffers held, not 200 MB.
    expect(site.hugeBytesSent).toBeLessThan(40 * 1024 * 1024);
  });

  it("refuses a page that declares a length over the limit before reading it", async () => {
    const { ctx } = testContext();
    site.huge("/huge/declared.html", 200 * 1024 * 1024, true);
    const error = await failure(politeGet(ctx.http, site.link("/huge/declared.html"), page));
    expect(error.failure).toBe("too-large");
    await site.hugeClosed;
    expect(site.hugeBytesSent).toBeLessThan(40 * 1024 * 1024);
  });

  it("spaces requests to one host and keeps at most two in flight", async () => {
    const { ctx, time } = testContext({ limits: { hostGapMs: 1500, hostConcurrency: 2 } });
    const starts: number[] = [];
    let inFlight = 0;
    let most = 0;
    const counting: typeof fetch = async (input, init) => {
      starts.push(time.now().getTime());
      inFlight++;
      most = Math.max(most, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight--;
      }
    };
    const http = { ...ctx.http, fetch: counting, robots: undefined };
    const slugs = ["harbour-wall", "ferry-strike", "library-hours", "lighthouse-sale", "tram-extension"];
    await Promise.all(slugs.map((s) => politeGet(http, site.link(`/news/${s}.html`), page)));
    expect(most).toBeLessThanOrEqual(2);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] as number));
    expect(gaps.every((gap) => gap >= 1500)).toBe(true);
  });
});
