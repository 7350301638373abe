import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: the possessor of a noun for something said owns the words closing its content", () => {
  const by = quotesOf("claim-complement.txt");

  it("reaches across a short that-clause to the possessor of the claim", () => {
    expect(by("drove the finances")).toMatchObject({ speakerName: "Dana Whitcombe" });
  });

  it("stops at a reporting verb inside the clause, whose subject has words of its own", () => {
    expect(by("the books are cooked")).toMatchObject({ speakerName: "Dana Whitcombe" });
  });

  it("still gives words quoted right after the noun's 'that' to its possessor", () => {
    expect(by("no money went missing")).toMatchObject({ speakerName: "Grace Ibbotson" });
  });
});
