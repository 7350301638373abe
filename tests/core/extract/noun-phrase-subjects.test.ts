import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("noun-phrase-subjects.txt");

describe("noun phrases that are not the subject of a reporting verb", () => {
  it("reads a name between a number and a plural noun as a modifier, not a speaker", () => {
    expect(by("restricted")?.speakerName ?? "").not.toMatch(/Hartley/);
  });

  it("reads a reporting-verb form that disagrees with the phrase before it as part of that phrase", () => {
    expect(by("They trust him")).toMatchObject({ speakerName: "Owen Pratt", cue: "said" });
  });

  it("ends a subject at a verb written after a singular noun, before its object", () => {
    expect(by("she never once visited")?.speakerName ?? "").not.toMatch(/Hartley/);
    expect(by("eleven days abroad")?.speakerName ?? "").not.toMatch(/Hartley/);
  });

  it("reads the phrase after an infinitive as its object", () => {
    expect(by("steady progress")?.speakerName ?? "").not.toMatch(/Hartley/);
  });

  it("gives a coordinated verb no subject after it, and a quantified plural no singular verb", () => {
    expect(by("endless delays")).toMatchObject({ speakerName: "Ana Kovacs" });
    expect(by("proud of every decision")).toMatchObject({ speakerName: "Ruth Hartley" });
  });
});

describe("a surname that is also a word", () => {
  it("reads a capitalised modal after a first name, or before a past tense, as the surname", () => {
    expect(by("a department that lost")).toMatchObject({ speakerName: "Simon Will" });
    expect(by("Nobody in that office")).toMatchObject({ speakerName: "Simon Will" });
    expect(by("the view of most regular")).toMatchObject({ speakerName: "Simon Will" });
  });
});

describe("the agent of a passive reporting verb", () => {
  it("gives an interviewer's question to the one who asked it, and the answer to the one asked", () => {
    expect(by("Would you sign")).toMatchObject({ speakerName: "Dan Reid" });
    expect(by("Every one of them")).toMatchObject({ speakerName: "Ruth Hartley" });
  });

  it("gives a verb joined to a relative clause the relative's antecedent as subject", () => {
    expect(by("Do you regret")).toMatchObject({ speakerName: "Mia Lund" });
  });

  it("reads the phrase after “by” as the one who said it", () => {
    expect(by("pointless objections")?.speakerName ?? "").toMatch(/lawyers/);
  });
});

describe("noun-phrase subjects: an adjective with its complement after the speaker's noun", () => {
  it("gives 'a source familiar with the review said …' to the source, not to the review or the clause after", () => {
    const by = quotesOf("adjective-complement-subject.txt");
    expect(by("a quiet exit")).toMatchObject({ speakerName: "a source", speakerKind: "description" });
    expect(by("frank but useful")).toMatchObject({
      speakerName: "Two officials",
      speakerKind: "description",
    });
  });
});
