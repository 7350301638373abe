import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const fixture = path.resolve(process.cwd(), "tests/fixtures/extract/slogans-and-titles.txt");

describe("extractQuotes: slogans, titles and scare quotes", () => {
  const quotes = extractQuotes(readArticle(fixture));
  const texts = quotes.map((q) => q.text);

  it("does not take a slogan, a book or programme title, or a scare-quoted word for somebody's words", () => {
    for (const label of ["Cleaner Rivers Now", "Forward", "Rivers of Home", "The Long Bend"])
      expect(texts).not.toContain(label);
  });

  it("keeps the quotations around them, partial ones included, with their speakers", () => {
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speakerName }))).toEqual([
      { text: "the most important promise we have made", speaker: "Nadia Osei" },
      { text: "We will clean every river in the county within five years", speaker: "Nadia Osei" },
      { text: "reckless", speaker: "Peter Hale" },
      { text: "Nobody has shown me the sums.", speaker: "Peter Hale" },
    ]);
  });
});

describe("extractQuotes: what a speaker calls something", () => {
  const quotes = extractQuotes(
    readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/named-by-speaker.txt")),
  );

  it("quotes a person's words after 'which he called', while a place 'called' by its name stays a name", () => {
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speakerName }))[0]).toEqual({
      text: "a shameful waste.",
      speaker: "Tom Reyes",
    });
    expect(quotes.map((q) => q.text)).not.toContain("Green Acre");
    expect(quotes.map((q) => q.text)).not.toContain("The Platform");
  });

  it("quotes what a named person calls or dubs something, past an object or an aside, and a term they use", () => {
    expect(quotes.map((q) => q.text).slice(1)).toEqual([
      "Madam Maybe",
      "the ferry tax.",
      "austerity",
      "a tax on the east.",
    ]);
    expect(quotes.find((q) => q.text === "Madam Maybe")?.speakerName).toBe("Tom Reyes");
    expect(quotes.find((q) => q.text === "austerity")?.speakerName).toBe("Tom Reyes");
  });

  it("quotes what a person named in apposition to the subject calls something", () => {
    expect(quotes.find((q) => q.text === "a tax on the east.")?.speakerName).toBe("Ruth Amadi");
  });

  it("leaves a passive naming a name", () => {
    expect(quotes.map((q) => q.text)).not.toContain("Eastern Yard,");
  });
});

describe("extractQuotes: partial quotations a speaker is reported as saying, and titles", () => {
  const quotes = extractQuotes(
    readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/partial-quotations.txt")),
  );
  const texts = quotes.map((q) => q.text);

  it("keeps the quoted words of a Title Case headline that reports speech", () => {
    expect(texts).toContain("A Reckless Gamble");
  });

  it("keeps a short lowercase phrase whose clause has a person as subject, with that person as speaker", () => {
    expect(quotes.map((q) => ({ text: q.text, speaker: q.speakerName })).slice(1)).toEqual([
      { text: "flexibility", speaker: "Nadia Osei" },
      { text: "failed candidate", speaker: "Nadia Osei" },
    ]);
  });

  it("drops a scare quote in a sentence where nobody acts or speaks", () => {
    expect(texts).not.toContain("undecided");
  });

  it("drops a programme after a broadcaster's possessive, a book after 'author of', and a show before 'star'", () => {
    for (const title of ["Morning Desk.", "Tidewater Days", "Harbour Lights"])
      expect(texts).not.toContain(title);
  });

  it("drops a title credited to its author and a nickname inside a person's name", () => {
    expect(texts).not.toContain("Salt Roads of the North");
    expect(texts).not.toContain("Bricks");
  });
});

describe("extractQuotes: section headings, names of works and names a speaker gives", () => {
  const quotes = extractQuotes(
    readArticle(path.resolve(process.cwd(), "tests/fixtures/extract/headings-and-names.txt")),
  );
  const texts = quotes.map((q) => q.text);
  const said = (text: string) => quotes.find((q) => q.text === text)?.speakerName;

  it("does not take a paragraph of nothing but single-quoted words or capitals, mid-article, for a quotation", () => {
    expect(texts).not.toContain("A long winter at the yard.");
    expect(texts).not.toContain("SAVE OUR DEPOT");
  });

  it("does not take a quoted letter, or a paragraph that is a quoted label with a colon, for a quotation", () => {
    for (const text of ["L", "G", "Further reading:"]) expect(texts).not.toContain(text);
  });

  it("keeps a headline's quoted words", () => {
    expect(texts).toContain("We will not let the depot close");
  });

  it("does not take a programme someone talks to, or a work the narration is about, for a quotation", () => {
    for (const title of ["Morning Desk", "Harbour of Ghosts", "Run, Tessa, Run!"])
      expect(texts).not.toContain(title);
  });

  it("keeps a name a speaker gives, after 'refers to … as' and before 'by' the speaker", () => {
    expect(said("Captain Closure")).toBe("Lena Ferris");
    expect(said("a slow strangulation")).toBe("Paul Grant");
  });

  it("reads an opening quotation mark typed twice as one", () => {
    expect(texts).toContain("We will not accept any closure of the depot while trains still run.");
    expect(texts).toContain("unfair and wholly inadequate");
  });

  it("keeps the quotations around them", () => {
    expect(said("This depot has kept the town moving for ninety years")).toBe("Lena Ferris");
    expect(said("cannot pay its way")).toBe("Tom Reyes");
  });
});
