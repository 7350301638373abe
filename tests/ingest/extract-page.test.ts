import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { extractPage } from "../../src/ingest/extract-page.js";
import { articlePage, stories } from "../fakes/news-site/stories.js";

const URL_A = "http://127.0.0.1:8080/news/harbour-wall.html";

function read(html: string | Buffer, type = "text/html; charset=utf-8", url = URL_A) {
  const page = extractPage(typeof html === "string" ? Buffer.from(html) : html, type, url);
  if ("skip" in page) throw new Error(page.skip);
  return page;
}

describe("extractPage", () => {
  it("keeps the article and leaves navigation, adverts, comments and footer behind", () => {
    const page = read(
      articlePage(stories.harbour!, { outlet: "Harbour Gazette", canonical: "/news/harbour-wall.html" }),
    );
    expect(page.body).toContain(
      '"The harbour wall will be finished by spring, and not a week later," Mayor Ines Okafor said',
    );
    expect(page.body).toContain("a contractor from Leith");
    for (const boilerplate of [
      "Subscribe",
      "ADVERTISEMENT",
      "Reader42",
      "Typical council",
      "Cookie settings",
    ]) {
      expect(page.body).not.toContain(boilerplate);
    }
    expect(page).toMatchObject({
      title: "Harbour wall repairs to finish by spring",
      source: "Harbour Gazette",
      author: "Mara Quill",
      date: "2024-03-04",
      canonical: URL_A,
    });
  });

  it("takes a canonical link on the same site, and ignores one pointing at another site", () => {
    const moved = read(
      articlePage(stories.harbour!, { outlet: "G", canonical: "https://www.gazette.example/news/x.html" }),
      "text/html",
      "https://gazette.example/archive/x.html?ref=home",
    );
    expect(moved.canonical).toBe("https://www.gazette.example/news/x.html");
    const syndicated = read(
      articlePage(stories.harbour!, {
        outlet: "Coast Times",
        canonical: "https://gazette.example/news/x.html",
      }),
      "text/html",
      "https://coast-times.example/story/1",
    );
    expect(syndicated.canonical).toBeNull();
  });

  it.each(["header", "meta"] as const)("decodes a windows-1252 page declared in its %s", (where) => {
    const html = articlePage(stories.bakery!, {
      outlet: "G",
      ...(where === "meta" ? { charset: "windows-1252" } : {}),
    });
    const type = where === "header" ? "text/html; charset=windows-1252" : "text/html";
    const page = read(iconv.encode(html, "windows-1252"), type);
    expect(page.title).toBe("Café wins national award for its sourdough");
    expect(page.body).toContain("owner Zoë Müller said");
    expect(page.body).toContain("Émile Garnier");
  });

  it("skips what is not an article page", () => {
    expect(extractPage(Buffer.from("%PDF-1.4"), "application/pdf", URL_A)).toEqual({
      skip: "it is not a web page (application/pdf)",
    });
    expect(extractPage(Buffer.from("<html><body><nav>Home</nav></body></html>"), "text/html", URL_A)).toEqual(
      {
        skip: "too little text for an article (1 word)",
      },
    );
  });
});
