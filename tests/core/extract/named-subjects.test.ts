import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("named speakers: subjects that look like something else", () => {
  it("reads a surname that is also a title ('King says …') as the person of that surname", () => {
    const by = quotesOf("title-word-surnames.txt");
    expect(by("fought for everyone")).toMatchObject({ speakerName: "Jane King", speakerKind: "person" });
  });

  it("reads a name in the possessive before 'said' as a business, or as the person of that surname", () => {
    const by = quotesOf("possessive-business-names.txt");
    expect(by("a far bigger footprint")).toMatchObject({
      speakerName: "Marlow's",
      speakerKind: "organisation",
    });
    expect(by("die quietly in committee")).toMatchObject({
      speakerName: "Ruth Calloway",
      speakerKind: "person",
    });
  });

  it("gives a quotation set as its own paragraph to a full name and role signed below it without a dash", () => {
    const by = quotesOf("signed-without-dash.txt");
    expect(by("We are grateful")).toMatchObject({ speakerName: "Nadia Orme" });
  });

  it("gives 'X, R-Ky., delivered a message to Y: “…”' to X, not to Y nor to the previous speaker", () => {
    const by = quotesOf("message-to-colon.txt");
    expect(by("Stop picking fights")).toMatchObject({ speakerName: "Hank Dobbs" });
  });

  it("gives a quotation to the verb before it when 'and' opens a new clause before the verb after it", () => {
    const by = quotesOf("clause-after-quotation.txt");
    expect(by("hiding from voters")).toMatchObject({ speakerName: "Dana Wells" });
  });

  it("reads a person introduced by a long title ('Secretary to the Treasury Ruth Penhale') as the next 'he' or 'she'", () => {
    const by = quotesOf("long-title-before-name.txt");
    expect(by("These cuts would close")).toMatchObject({ speakerName: "Colin Ashworth" });
    expect(by("Nobody believes")).toMatchObject({ speakerName: "Ruth Penhale" });
  });

  it("leaves a time word after a name out of the speaker ('said Ortega afterwards', 'X … afterwards said')", () => {
    const by = quotesOf("time-word-after-name.txt");
    expect(by("I have never played")).toMatchObject({ speakerName: "Luis Ortega" });
    expect(by("I ran out of legs")).toMatchObject({ speakerName: "Dana Pruitt" });
  });
});

describe("named speakers: a reporting verb joined to an infinitive", () => {
  it("gives 'prompted X to make a joke and call it “…”' to X, not to the speaker before", () => {
    const by = quotesOf("conjoined-infinitive.txt");
    expect(by("far too timid")).toMatchObject({ speakerName: "Dina Kahl", speakerKind: "person" });
  });
});

describe("named speakers: the subject after the verb, then a clause of time", () => {
  it("gives '“…,” said X when asked …' and '“…,” said X after the meeting' to X", () => {
    const by = quotesOf("subject-after-adverbial.txt");
    expect(by("Nobody told us")).toMatchObject({ speakerName: "Dan Rolle", speakerKind: "person" });
    expect(by("We will look again")).toMatchObject({ speakerName: "Ivo Marsh", speakerKind: "person" });
  });

  it("reads '“…,” said X afterwards' and 'X … afterwards said:' as X, the time word no part of the name", () => {
    const by = quotesOf("subject-after-adverbial.txt");
    expect(by("What a great way")).toMatchObject({ speakerName: "Dan Rolle", speakerKind: "person" });
    expect(by("I am so glad")).toMatchObject({ speakerName: "Ann Tull", speakerKind: "person" });
  });
});

describe("named speakers: the agent of a passive naming verb", () => {
  it("gives 'X was described as a “…” by Y' to Y, not to X", () => {
    const by = quotesOf("passive-described-as.txt");
    expect(by("stubborn old sailor")).toMatchObject({ speakerName: "Bram Oste", speakerKind: "person" });
    expect(by("pure invention")).toMatchObject({ speakerName: "Harbour Board", speakerKind: "organisation" });
  });
});
