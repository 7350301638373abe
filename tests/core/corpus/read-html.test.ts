import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readHtml } from "../../../src/core/corpus/read-html.js";

const page = readFileSync(path.resolve(process.cwd(), "tests/fixtures/corpus/formats/page.html"), "utf8");

function only(html: string) {
  const { records, notes } = readHtml("page.html", html);
  expect(notes).toEqual([]);
  const article = records[0]?.article;
  if (!article) throw new Error("no article");
  return article;
}

describe("HTML pages", () => {
  it("takes the article text, paragraphs separated by blank lines, entities decoded", () => {
    const { body } = only(page);
    const paragraphs = body.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toBe(
      "The new flood defences along the River Tweed held overnight as water levels reached their highest point in " +
        "twenty years, the environment agency said on Tuesday morning.",
    );
    expect(paragraphs[1]).toBe(
      "“The barriers did exactly what they were built to do,” said agency director Tomás Byrne. “Without them, " +
        "hundreds of homes would have been under water.”",
    );
    expect(body).toContain("as a precaution & some stayed");
    expect(body).toContain("cost £12 million");
    expect(body).not.toMatch(/<|&[a-z]+;|\s{3,}/);
  });

  it("leaves navigation, share buttons, related links and footers out of the body", () => {
    const { body } = only(page);
    for (const boilerplate of [
      "Home",
      "Sport",
      "Share on",
      "Copy link",
      "Most read",
      "Celebrity chef",
      "rights reserved",
      "Cookie",
    ]) {
      expect(body).not.toContain(boilerplate);
    }
  });

  it("reads title, outlet, date, author and link from the meta tags", () => {
    expect(only(page)).toMatchObject({
      id: "page.html",
      format: "html",
      title: "Flood defences hold as river peaks",
      source: "The Kelso Courier",
      date: "2023-02-14",
      dateInferred: false,
      author: "Priya Natarajan",
      url: "https://courier.example/news/flood-defences",
      punctuated: true,
    });
  });

  it("falls back to <title>, application-name, <time datetime> and og:url", () => {
    const html = page
      .replace(/<meta property="og:title"[^>]*>/, "")
      .replace('property="og:site_name"', 'name="application-name"')
      .replace(/<meta property="article:published_time"[^>]*>/, "")
      .replace(/<link rel="canonical"[^>]*>/, '<meta property="og:url" content="https://courier.example/og">')
      .replace(
        "<h1>",
        '<p class="dateline"><time datetime="2023-02-15T06:00:00Z">15 February</time></p><h1>',
      );
    expect(only(html)).toMatchObject({
      title: "Flood defences hold as river peaks",
      source: "The Kelso Courier",
      date: "2023-02-15",
      url: "https://courier.example/og",
    });
  });

  it("reads a saved fragment without <html> or <body>", () => {
    const fragment =
      "<h2>Bridge update</h2><p>The mayor said on Friday that the bridge would reopen soon.</p>";
    expect(only(fragment).body).toContain("The mayor said on Friday that the bridge would reopen soon.");
  });

  it("skips a page with no article text, naming the file", () => {
    const { records, notes } = readHtml(
      "empty.html",
      "<html><head><title>Nothing</title></head><body></body></html>",
    );
    expect(records).toEqual([]);
    expect(notes).toEqual([
      { file: "empty.html", action: "skipped", reason: "no article text was found in the page" },
    ]);
  });
});
