import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a company whose name reads as a person's", () => {
  const by = quotesOf("company-with-a-persons-name.txt");

  it("takes a name after a trade noun ('housebuilder …') for the company, in full and alone", () => {
    expect(by("slower than we hoped")).toMatchObject({
      speakerName: "Arthur Penhallow",
      speakerKind: "organisation",
    });
  });

  it("gives 'it said' to that company", () => {
    expect(by("Buyers came back")).toMatchObject({
      speakerName: "Arthur Penhallow",
      speakerKind: "organisation",
    });
  });

  it("keeps a person who opens a clause after a trade noun ('the charity Lena Ostrow founded')", () => {
    expect(by("We are grateful")).toMatchObject({ speakerName: "Lena Ostrow", speakerKind: "person" });
    expect(by("I was never consulted")).toMatchObject({ speakerName: "Tomas Rendle", speakerKind: "person" });
  });
});
