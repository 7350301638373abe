import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("continued-by-description.txt");

describe("speakers: a description carrying on the words of the person just quoted", () => {
  it("gives 'The Harbour City boss continued' to the person quoted just before", () => {
    expect(by("I cannot think of anyone")).toMatchObject({
      speakerName: "Owen Pryce",
      speakerKind: "person",
    });
  });

  it("lets the quotations after it follow that person", () => {
    expect(by("He has managed at every level")).toMatchObject({
      speakerName: "Owen Pryce",
      speakerKind: "person",
    });
  });

  it("gives a description the article binds to someone else to that person", () => {
    expect(by("We should look at younger men")).toMatchObject({
      speakerName: "Norris Kemp",
      speakerKind: "person",
    });
  });

  it("keeps a description as written after words an organisation spoke", () => {
    expect(by("Give him time")).toMatchObject({
      speakerName: "The Northgate manager",
      speakerKind: "description",
    });
  });

  it("keeps a spokesman, who speaks for the person, as written", () => {
    expect(by("The deal is close")).toMatchObject({
      speakerName: "the spokesman",
      speakerKind: "description",
    });
  });
});
