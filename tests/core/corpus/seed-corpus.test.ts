import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/core/corpus/load-corpus.js";

const corpusDir = path.resolve(process.cwd(), "corpus");

describe("the bundled seed corpus", async () => {
  const { articles, warnings, files } = await loadCorpus(corpusDir);
  const byId = (prefix: string) => {
    const article = articles.find((a) => a.id.startsWith(prefix));
    if (!article) throw new Error(`no article ${prefix}`);
    return article;
  };

  it("loads all five articles without warnings", () => {
    expect(warnings).toEqual([]);
    expect(files.map((f) => f.file)).toEqual(articles.map((a) => a.id));
    expect(articles.map((a) => a.id)).toEqual([
      "000_cfd294c61a9692a5.txt",
      "001_bc07157c8dd6c504.txt",
      "002_263e35a162206f7a.txt",
      "003_bf571a43bac803ce.txt",
      "004_a50294a56b64d9fb.txt",
    ]);
    expect(articles.every((a) => a.format === "text")).toBe(true);
  });

  it("takes 000's date from its front matter, not by inference", () => {
    const article = byId("000");
    expect(article.date).toBe("2020-01-08");
    expect(article.dateInferred).toBe(false);
    expect(
      article.body.startsWith("There is a growing belief among some Trump administration officials"),
    ).toBe(true);
  });

  it("reads 004's title, source and author from front matter and infers its date from 'Jan. 8, 2020'", () => {
    const article = byId("004");
    expect(article).toMatchObject({
      title: "Iran leaves Trump an off-ramp, but will he take it?",
      source: "NBC News",
      author: "Josh Lederman",
      date: "2020-01-08",
      dateInferred: true,
    });
    expect(article.body).toContain("Wednesday, Jan. 8, 2020.");
  });

  it("flags only 002, the article stripped of punctuation, as unpunctuated", () => {
    expect(articles.filter((a) => !a.punctuated).map((a) => a.id)).toEqual(["002_263e35a162206f7a.txt"]);
    expect(byId("002")).toMatchObject({ source: "TIME", author: "W. J. Hennigan" });
    expect(byId("002").date).toBeUndefined();
  });

  it("keeps the markdown link line of 003 in the body and the front-matter title", () => {
    const article = byId("003");
    expect(article.title).toBe("Iran Strikes Two U.S. Military Bases in Iraq");
    expect(
      article.body.startsWith("[Iran Strikes Two U.S. Military Bases in Iraq](#)\n\nIran launched"),
    ).toBe(true);
  });
});
