import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("statement-from-company.txt");

describe("speakers: a company named as a statement's issuer", () => {
  it("gives 'the company' after 'In a statement from Corvex Systems' to that company, and the 'it' after it", () => {
    expect(by("Nothing suggests our campaign")).toMatchObject({
      speakerName: "Corvex Systems",
      speakerKind: "organisation",
    });
  });

  it("prefers the issuer in the firm's own sentence to another company named as a subject before", () => {
    expect(by("Our bakeries did well")).toMatchObject({
      speakerName: "Ossery Mills",
      speakerKind: "organisation",
    });
  });
});
