import { describe, expect, it } from "vitest";
import { attributeCorpus, SpeakerUses } from "../../../src/core/speakers/attribute-corpus.js";
import type { Article } from "../../../src/core/types.js";

function article(id: string, body: string, punctuated = true): Article {
  return { id, file: id, body, format: "text", punctuated };
}

const articles = [
  article(
    "a",
    "Foreign Minister Mohammad Javad Zarif said his country did “not seek escalation.” “We will defend ourselves,” Zarif wrote.",
  ),
  article("b", "“Iran acted in self-defense,” Zarif told reporters on Tuesday."),
  article("c", "iran acted in self defense foreign minister javad zarif announced on twitter", false),
  article(
    "d",
    "“The talks are over,” a State Department official said. “Nothing more will happen this week,” the official added.",
  ),
  article("e", "“We are watching closely,” a State Department official said."),
];
const { quotes, speakers } = attributeCorpus(articles);

describe("attributeCorpus", () => {
  it("gives every form of a person's name one canonical speaker across articles", () => {
    const zarif = quotes.filter((q) => ["a", "b", "c"].includes(q.document));
    expect(zarif.map((q) => q.speaker)).toEqual([
      "Mohammad Javad Zarif",
      "Mohammad Javad Zarif",
      "Mohammad Javad Zarif",
      "Mohammad Javad Zarif",
    ]);
    expect(zarif.map((q) => q.speakerMention)).toEqual([
      "Foreign Minister Mohammad Javad Zarif",
      "Zarif",
      "Zarif",
      "foreign minister javad zarif",
    ]);
  });

  it("counts quotations per speaker and lists the forms seen, title-cased when written in lowercase", () => {
    const zarif = speakers.find((s) => s.name === "Mohammad Javad Zarif");
    expect(zarif).toMatchObject({ kind: "person", quoteCount: 4 });
    expect(zarif?.aliases).toEqual(
      expect.arrayContaining([
        "Foreign Minister Javad Zarif",
        "Javad Zarif",
        "Mohammad Javad Zarif",
        "Zarif",
      ]),
    );
  });

  it("keeps a description as a description, joined across articles only when written the same", () => {
    const official = speakers.find((s) => s.name === "a State Department official");
    expect(official).toMatchObject({ kind: "description", quoteCount: 3 });
    expect(quotes.filter((q) => q.document === "d").map((q) => q.speaker)).toEqual([
      "a State Department official",
      "a State Department official",
    ]);
  });

  it("returns Quote objects (no extraction-only fields)", () => {
    for (const q of quotes) {
      expect(Object.keys(q).sort()).toEqual(
        ["confidence", "cue", "document", "end", "kind", "speaker", "speakerMention", "start", "text"].sort(),
      );
    }
  });

  it("handles an empty corpus", () => {
    expect(attributeCorpus([])).toEqual({ quotes: [], speakers: [] });
  });
});

describe("SpeakerUses", () => {
  it("shows a person as written only where the mention is a name, not the words a reading took along", () => {
    const uses = new SpeakerUses();
    uses.add("Tony Blair", "person", true, "Prime Minister Tony Blair");
    uses.add("Tony Blair", "person", true, "a Brussels summit Mr Blair");
    uses.add("Tony Blair", "person", true, "how Tony Blair");
    uses.add("Tony Blair", "person", true, "Thursday Mr Blair");
    uses.add("June Sarpong", "person", true, "June Sarpong");
    uses.add("Osama bin Laden", "person", true, "Osama bin Laden");
    uses.add("the BBC", "organisation", true, "the BBC");
    const { speakers } = uses.group();
    expect(speakers.find((s) => s.name === "Tony Blair")?.aliases).toEqual([
      "Prime Minister Tony Blair",
      "Tony Blair",
    ]);
    expect(speakers.find((s) => s.name === "Osama bin Laden")?.aliases).toEqual(["Osama bin Laden"]);
    expect(speakers.find((s) => s.name === "June Sarpong")?.aliases).toEqual(["June Sarpong"]);
    expect(speakers.find((s) => s.name === "BBC")?.aliases).toEqual(["BBC", "the BBC"]);
  });
});
