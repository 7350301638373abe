import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a report says and a poll finds", () => {
  const by = quotesOf("document-verbs.txt");

  it("reads 'the report' as the subject of 'said', though 'report' is a reporting verb too", () => {
    expect(by("little grasp")).toMatchObject({ speakerName: "The report", speakerKind: "description" });
  });

  it("reads 'found' after a poll as reporting what the poll says", () => {
    expect(by("deep unease")).toMatchObject({ speakerName: "Marren Research" });
  });

  it("does not read 'found' as reporting anything after anyone else", () => {
    expect(by("badly neglected")?.speakerName).not.toBe("Police");
  });
});
