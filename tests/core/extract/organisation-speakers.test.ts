import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a person named beside a description", () => {
  const by = quotesOf("speaker-appositions.txt");

  it("gives the quotation to the person when the description after the name lacks its closing comma", () => {
    expect(by("The quay will be ready")).toMatchObject({
      speakerName: "Dana Whitlock",
      speakerKind: "person",
    });
    expect(by("The cranes are older")).toMatchObject({ speakerName: "Fenella Marr", speakerKind: "person" });
  });

  it("reads past a sentence adverb to the name the description stands beside", () => {
    expect(by("This is a costly mistake")).toMatchObject({
      speakerName: "Oren Castell",
      speakerKind: "person",
    });
  });

  it("takes the name set after a description that follows the reporting verb", () => {
    expect(by("We will look at the figures")).toMatchObject({
      speakerName: "Hugo Brannigan",
      speakerKind: "person",
    });
  });

  it("reads a name after an organisation's title as a person", () => {
    expect(by("Every coastal town")).toMatchObject({ speakerName: "Olive Marchbank", speakerKind: "person" });
    expect(by("He will be out for six weeks")).toMatchObject({
      speakerName: "Colm Devery",
      speakerKind: "person",
    });
    expect(by("We heard from many witnesses")).toMatchObject({
      speakerName: "Amber Lintott",
      speakerKind: "person",
    });
  });
});

describe("speakers: organisations referred to again", () => {
  const by = quotesOf("organisation-anaphora.txt");

  it("gives 'it said' to a company the article names without calling it one", () => {
    expect(by("We are disappointed")).toMatchObject({ speakerName: "Brontex", speakerKind: "organisation" });
  });

  it("gives 'the firm' and 'the company' the organisation named before them", () => {
    expect(by("Our drivers are")).toMatchObject({
      speakerName: "Kelvar Haulage",
      speakerKind: "organisation",
    });
    expect(by("We will pass on")).toMatchObject({
      speakerName: "Norvale Foods",
      speakerKind: "organisation",
    });
  });
});

describe("speakers: organisations named in full", () => {
  const by = quotesOf("organisation-names.txt");

  it("keeps the words after 'of' or 'for' in an organisation's name", () => {
    for (const [start, speakerName] of [
      ["modest", "Office for Regional Statistics"],
      ["divisive", "Muslim Council of Albion"],
      ["exhausted", "Royal College of Surgeons"],
      ["hard to absorb", "British Chambers of Commerce"],
      ["We will meet the target", "Department for Overseas Aid"],
    ])
      expect(by(start!)).toMatchObject({ speakerName, speakerKind: "organisation" });
  });

  it("reads initials joined by an ampersand and a club's FC as organisations", () => {
    expect(by("stronger than expected")).toMatchObject({ speakerName: "T&R", speakerKind: "organisation" });
    expect(by("under review")).toMatchObject({
      speakerName: "Grimsby Harbour FC",
      speakerKind: "organisation",
    });
  });

  it("keeps a role held 'of' a place apart from organisations", () => {
    expect(by("a fair settlement")?.speakerKind).not.toBe("organisation");
  });

  it("gives 'the organisation' the body named before it, also where only its spokesperson spoke", () => {
    expect(by("A rush to change")).toMatchObject({ speakerName: "HARBA", speakerKind: "organisation" });
    expect(by("The court is trying")).toMatchObject({
      speakerName: "Cleanwater Watch",
      speakerKind: "organisation",
    });
  });
});

describe("speakers: a document speaks for whoever issued it", () => {
  const by = quotesOf("document-issuers.txt");

  it("gives a company's statement or survey to the company", () => {
    expect(by("Our margins are")).toMatchObject({
      speakerName: "Marlow Freight",
      speakerKind: "organisation",
    });
    expect(by("Buyers are now")).toMatchObject({ speakerName: "Dunmore", speakerKind: "organisation" });
  });

  it("gives a person's statement to the person", () => {
    expect(by("I regret the harm")).toMatchObject({ speakerName: "Quill", speakerKind: "person" });
  });

  it("keeps a survey described by a nationality as the description", () => {
    expect(by("Orders for the summer")).toMatchObject({
      speakerName: "the survey",
      speakerKind: "description",
    });
  });
});
