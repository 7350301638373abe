import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("role-word-surname.txt");

describe("speakers: a surname that is also a role word", () => {
  it("reads 'Ms King said' as Marta King, not a description of a king", () => {
    expect(by("never once answered the phone")).toMatchObject({
      speakerName: "Marta King",
      speakerKind: "person",
    });
  });

  it("reads 'Dr Bishop said' as Alan Bishop", () => {
    expect(by("These were among the worst")).toMatchObject({
      speakerName: "Alan Bishop",
      speakerKind: "person",
    });
  });
});
