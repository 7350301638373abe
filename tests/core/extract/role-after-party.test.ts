import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a capitalised phrase closed by a role", () => {
  const by = quotesOf("role-after-party.txt");

  it("reads 'a senior Tory MP' as a description of the member, not an organisation", () => {
    expect(by("The department has been careless")).toMatchObject({
      speakerName: "A senior Tory MP",
      speakerKind: "description",
    });
  });

  it("reads 'a Liberal Democrat MEP' as a description, not a person named Democrat MEP", () => {
    expect(by("Nobody in the department")).toMatchObject({
      speakerName: "a Liberal Democrat MEP",
      speakerKind: "description",
    });
  });
});
