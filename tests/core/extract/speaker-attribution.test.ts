import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { quotesOf, readArticle } from "./read-articles.js";

const fixtures = path.resolve(process.cwd(), "tests/fixtures/extract");

describe("speaker attribution: names behind titles, and pronouns", () => {
  const by = quotesOf("titles-and-pronouns.txt");

  it("reads a person after an organisation's title or an outlet's possessive", () => {
    expect(by("We are not walking away")).toMatchObject({ speakerName: "Dan Ortiz", speakerKind: "person" });
    expect(by("Why now?")).toMatchObject({ speakerName: "Ana Ferris", speakerKind: "person" });
  });

  it("resolves a pronoun to the subject introduced with its titles and an aside (the rules' reading)", () => {
    // The speaker model weighs this reading against others and is not sure enough to name him; the rules'
    // resolution is what it weighs.
    const rules = extractQuotes(
      readArticle(path.join(fixtures, "titles-and-pronouns.txt")),
      (candidates) => ({
        candidate: candidates.find((c) => c.features.rule) ?? null,
        probability: 1,
      }),
    );
    expect(rules.find((q) => q.text.startsWith("We have come a long way"))).toMatchObject({
      speakerName: "Victor Salas",
      speakerMention: "he",
    });
  });

  it("reads a surname that is also a place as the person named in full", () => {
    expect(by("It will fail")).toMatchObject({ speakerName: "John Bolton", speakerKind: "person" });
    expect(by("Nobody in the region")).toMatchObject({ speakerName: "John Bolton", speakerMention: "he" });
  });
});

describe("speaker attribution: frames beyond the usual reporting verbs", () => {
  const by = quotesOf("frames-without-cues.txt");

  it("takes a name and a past tense closing the frame after a quotation, in either order", () => {
    expect(by("Is that negotiable?")).toMatchObject({ speakerName: "Lena Marsh", cue: "pressed" });
    expect(by("The board said no")).toMatchObject({ speakerName: "Paul Wexley", cue: "remembered" });
  });

  it("gives words only foreseen for others to the one actually speaking", () => {
    expect(by("no")).toMatchObject({ speakerName: "Alan Price", cue: "said" });
  });

  it("lets “according to” after a quotation outrank a verb in a clause before it", () => {
    expect(by("agitated")).toMatchObject({ speakerName: "a source", cue: "according" });
  });

  it("attributes a quotation paragraph to the speaker a colon introduced at the end of the one before", () => {
    expect(by("Our prayers are with")).toMatchObject({ speakerName: "Maria Lopez" });
  });

  it("reads subjects past dashes, gerunds in titles and a sentence-opening “Said”", () => {
    expect(by("a big deal.")).toMatchObject({ speakerName: "Jason Reed", cue: "says" });
    expect(by("I have never been prouder")).toMatchObject({ speakerName: "Anne Whitcomb", cue: "wrote" });
    expect(by("We were all so proud")).toMatchObject({ speakerName: "Dorothy Pike" });
  });

  it("keeps an attribution set off by an aside with the exclaimed quotation before it", () => {
    expect(by("Perpetual motion!")).toMatchObject({ speakerName: "Glen Tamsin", cue: "said" });
  });

  it("credits a quoted promise to its possessor", () => {
    expect(by("you can keep your plan")).toMatchObject({ speakerName: "Dale Ford" });
  });

  it("credits a fragment without a reporting verb to the subject of its clause", () => {
    expect(by("the perspective of a senator")).toMatchObject({
      speakerName: "Helen Ward",
      speakerMention: "she",
    });
  });

  it("continues the paragraph's quoted speaker past narration naming others", () => {
    expect(by("If I could do it over")).toMatchObject({ speakerName: "Gary Olsen", cue: null });
  });
});

describe("speaker attribution: a quotation closed by a full stop", () => {
  const by = quotesOf("stop-closed-quotations.txt");

  it("is not reported by the sentence after it", () => {
    expect(by("It can also berth")).toMatchObject({
      speakerName: "a Harbour Lines spokeswoman",
      speakerKind: "description",
    });
    expect(by("This ship is what")).toMatchObject({ speakerName: "Tamsin Roe", speakerKind: "person" });
  });
});

describe("speaker attribution: he or she after an unnamed spokesperson", () => {
  const by = quotesOf("unnamed-spokespeople.txt");

  it("stands for the spokeswoman who spoke, not a man named before her", () => {
    expect(by("We have held our prices")).toMatchObject({
      speakerName: "A trust spokeswoman",
      speakerKind: "description",
    });
  });
});

describe("speaker attribution: an outlet quoting someone", () => {
  const by = quotesOf("quoted-as-saying.txt");

  it("gives the words to the one quoted, not the paper or agency quoting them", () => {
    expect(by("We cannot keep")).toMatchObject({ speakerName: "Nadia Strand", speakerKind: "person" });
    expect(by("Nobody wants the island")).toMatchObject({ speakerName: "Owen Pike", speakerKind: "person" });
  });
});
