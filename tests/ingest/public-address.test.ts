import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FetchError } from "../../src/ingest/fetch-error.js";
import { politeGet } from "../../src/ingest/polite-fetch.js";
import { isPublicAddress, publicOnlyFetch } from "../../src/ingest/public-address.js";
import { NewsSite } from "../fakes/news-site/news-site.js";
import { testContext } from "./ingest-harness.js";

let site: NewsSite;
beforeAll(async () => {
  site = await NewsSite.start();
});
afterAll(() => site.close());

describe("public addresses only", () => {
  it("tells public addresses from loopback, private, link-local and mapped ones", () => {
    for (const address of ["93.184.216.34", "2606:2800:220:1::1", "8.8.8.8"])
      expect(isPublicAddress(address), address).toBe(true);
    for (const address of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
      "not an address",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it("refuses a feed or page on a private address, written or resolved, without connecting", async () => {
    const { ctx } = testContext();
    const http = { ...ctx.http, fetch: publicOnlyFetch(), robots: undefined };
    const before = site.requests.length;
    const options = { accept: "text/html", maxBytes: 1024 * 1024, timeoutMs: 10_000 };
    for (const url of [
      site.link("/news/harbour-wall.html"),
      site.link("/news/ferry-strike.html").replace("127.0.0.1", "localhost"),
    ]) {
      const error = await politeGet(http, url, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).failure).toBe("bad-address");
      expect((error as FetchError).message).toMatch(/private network address/);
    }
    expect(site.requests.length).toBe(before);
  });
});
