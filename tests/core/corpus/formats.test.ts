import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus, loadCorpusFile } from "../../../src/core/corpus/load-corpus.js";

const fixtures = path.resolve(process.cwd(), "tests/fixtures/corpus");
const formatsDir = path.join(fixtures, "formats");

describe("article formats", async () => {
  const { articles, warnings } = await loadCorpus(formatsDir);
  const article = (id: string) => {
    const found = articles.find((a) => a.id === id);
    if (!found) throw new Error(`no article ${id}`);
    return found;
  };

  it("loads every fixture without warnings, in file order", () => {
    expect(warnings).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual([
      "wire-1",
      "wire-2",
      "dateline.txt",
      "front-matter.md",
      "headline.txt",
      "link-title.md",
      "page.html",
      "seed-dated.txt",
      "stripped.txt",
    ]);
  });

  it("uses a short first line followed by a blank line as the title of a plain text article", () => {
    const a = article("headline.txt");
    expect(a).toMatchObject({
      title: "Harbour bridge reopens after repairs",
      format: "text",
      punctuated: true,
    });
    expect(a.body.startsWith("Harbour bridge reopens after repairs\n\nThe Kelso harbour bridge")).toBe(true);
    expect(a.date).toBeUndefined();
  });

  it("starts the body after the date on a seed-style date line", () => {
    const a = article("seed-dated.txt");
    expect(a.date).toBe("2021-03-04");
    expect(a.dateInferred).toBe(false);
    expect(a.body.startsWith("The ferry service to Inchmore")).toBe(true);
    expect(a.title).toBeUndefined();
  });

  it("reads all front matter fields and keeps the body after it untouched", () => {
    expect(article("front-matter.md")).toEqual({
      id: "front-matter.md",
      file: "front-matter.md",
      format: "markdown",
      title: "Council approves new library",
      source: "Kelso Herald",
      date: "2021-05-17",
      dateInferred: false,
      url: "https://herald.example/library",
      author: "Sam Reyes",
      punctuated: true,
      body:
        "# A different heading in the body\n\nThe council voted on Monday to build a new central library, ending a " +
        'decade of debate.\n\n"Books still matter," councillor Ann Wu said after the vote.\n',
    });
  });

  it("takes a markdown [Title](#) first line as the title", () => {
    expect(article("link-title.md")).toMatchObject({
      title: "Storm closes mountain pass",
      format: "markdown",
    });
  });

  it("infers the date from a dateline when there is no date metadata", () => {
    expect(article("dateline.txt")).toMatchObject({ date: "2020-01-08", dateInferred: true });
  });

  it("flags text with its punctuation stripped", () => {
    expect(article("stripped.txt").punctuated).toBe(false);
  });

  it("reads JSON Lines records with their metadata", () => {
    expect(article("wire-1")).toMatchObject({
      file: "articles.jsonl",
      format: "jsonl",
      title: "Port strike ends",
      source: "Wire Daily",
      date: "2022-06-03",
      dateInferred: false,
      url: "https://wire.example/1",
      author: "Lee Chan",
      body: 'The port strike ended on Friday, union leaders said.\n\n"We got what we asked for," one organiser said.',
    });
    expect(article("wire-2")).toMatchObject({ source: "Wire Daily", file: "articles.jsonl" });
    expect(article("wire-2").title).toBeUndefined();
  });

  it("keeps an article republished by two outlets twice, once per source", async () => {
    const { articles: copies } = await loadCorpus(path.join(fixtures, "republished"));
    expect(copies.map((a) => a.source)).toEqual(["Border Times", "Kelso Herald"]);
    expect(copies[0]?.body).toBe(copies[1]?.body);
  });

  it("loads a single file on its own", async () => {
    const { articles: one, warnings: none } = await loadCorpusFile(formatsDir, "headline.txt");
    expect(none).toEqual([]);
    expect(one).toEqual([article("headline.txt")]);
  });

  it("refuses a file outside the corpus or of another type, with a warning", async () => {
    const outside = await loadCorpusFile(formatsDir, "../broken/good.txt");
    expect(outside.articles).toEqual([]);
    expect(outside.warnings).toEqual([
      { file: "../broken/good.txt", reason: "the file is outside the corpus directory" },
    ]);
    const other = await loadCorpusFile(formatsDir, "notes.pdf");
    expect(other.warnings[0]?.reason).toMatch(/not an article/);
  });
});
