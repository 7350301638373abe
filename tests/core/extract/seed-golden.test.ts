import path from "node:path";
import { describe, expect, it } from "vitest";
import { attributeCorpus } from "../../../src/core/speakers/attribute-corpus.js";
import { readArticles, words } from "./read-articles.js";

const articles = readArticles(path.resolve(process.cwd(), "corpus"));
const { quotes, speakers } = attributeCorpus(articles);

function quoteIn(prefix: string, text: string) {
  const found = quotes.find((q) => q.document.startsWith(prefix) && words(q.text).includes(words(text)));
  if (!found) throw new Error(`no quotation containing "${text}" in ${prefix}`);
  return found;
}

describe("golden quotations of the seed corpus", () => {
  it.each([
    ["000", "We could have done it and we didn't do it", "a State Department official"],
    ["001", "Iran took & concluded proportionate measures in self-defense", "Mohammad Javad Zarif"],
    ["004", "Iran took & concluded proportionate measures in self-defense", "Mohammad Javad Zarif"],
    ["002", "iran took concluded proportionate measures in self defense", "Mohammad Javad Zarif"],
    [
      "002",
      "we do not seek escalation or war but will defend ourselves against any aggression",
      "Mohammad Javad Zarif",
    ],
    ["004", "All is well!", "Donald Trump"],
    ["004", "So far, so good!", "Donald Trump"],
    ["002", "all is well", "Donald Trump"],
    ["002", "so far so good", "Donald Trump"],
    ["003", "slap in the face", "Ali Khamenei"],
    ["003", "final answer", "Hassan Rouhani"],
    ["004", "a more painful and crushing response", "Iran's Revolutionary Guards"],
    ["004", "an act of war", "Lindsey Graham"],
    [
      "000",
      "limited to the whereabouts of the US military in Iraq, without giving the exact location",
      "Adil Abdul Mahdi",
    ],
    ["002", "that letter is a draft it was a mistake", "Mark Milley"],
    ["002", "i don t know what it is", "Mark Esper"],
  ])("%s: “%s” — %s", (doc, text, speaker) => {
    expect(quoteIn(doc, text).speaker).toBe(speaker);
  });

  it("gives the Mahdi quoted in 002 the same canonical name as in 000", () => {
    const inTime = quotes.filter((q) => q.document.startsWith("002") && q.speakerMention === "mahdi");
    expect(inTime.length).toBeGreaterThan(0);
    expect(inTime.every((q) => q.speaker === "Adil Abdul Mahdi")).toBe(true);
    const mahdi = speakers.find((s) => s.name === "Adil Abdul Mahdi");
    expect(mahdi?.aliases).toEqual(expect.arrayContaining(["Adel Abdel Mahdi", "Adil Abdul Mahdi"]));
  });

  it("does not take the label “maximum pressure campaign” for a quotation", () => {
    expect(quotes.some((q) => words(q.text).includes("maximum pressure campaign"))).toBe(false);
  });

  it("knows Zarif by every form of his name", () => {
    const zarif = speakers.find((s) => s.name === "Mohammad Javad Zarif");
    expect(zarif?.kind).toBe("person");
    expect(zarif?.aliases).toEqual(
      expect.arrayContaining(["Mohammed Javad Zarif", "Mohammad Javad Zarif", "Javad Zarif", "Zarif"]),
    );
  });

  it("marks quotations from the unpunctuated article as frames with lower confidence", () => {
    const time = quotes.filter((q) => q.document.startsWith("002"));
    expect(time.length).toBeGreaterThan(5);
    for (const q of time) {
      expect(q.kind).toBe("frame");
      expect(q.confidence).toBeGreaterThanOrEqual(0.5);
      expect(q.confidence).toBeLessThanOrEqual(0.6);
    }
  });

  it("keeps every quotation's text equal to its slice of the article body", () => {
    for (const q of quotes) {
      const article = articles.find((a) => a.id === q.document)!;
      expect(article.body.slice(q.start, q.end)).toBe(q.text);
      expect(q.text).not.toMatch(/^["“”‘’']|["“”‘’']$/);
    }
  });
});
