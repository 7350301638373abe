import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("described-after-name.txt");

describe("speakers: a role or an age standing for the person just named", () => {
  it("gives 'said the manager' to the subject named in the paragraph before", () => {
    expect(by("That was our toughest trip")).toMatchObject({
      speakerName: "Declan Marsh",
      speakerKind: "person",
    });
  });

  it("gives 'the 27-year-old' to the one person whose age is 27", () => {
    expect(by("I just had to keep going")).toMatchObject({
      speakerName: "Joel Tasker",
      speakerKind: "person",
    });
  });

  it("gives 'the youngster' to the subject of the sentence before", () => {
    expect(by("It's a relief")).toMatchObject({ speakerName: "Sam Pryor", speakerKind: "person" });
  });

  it("keeps a spokesman, who speaks for the subject, as a description", () => {
    expect(by("We deserved a point")).toMatchObject({
      speakerName: "the spokesman",
      speakerKind: "description",
    });
  });

  it("keeps an office ('the prime minister') as a description rather than give it to another office-holder just named", () => {
    expect(by("We will not be rushed")).toMatchObject({
      speakerName: "the prime minister",
      speakerKind: "description",
    });
  });
});
