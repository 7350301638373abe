import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: 'the report' speaks for the body whose report the article named just before", () => {
  const by = quotesOf("report-owned-earlier.txt");

  it("gives 'the report says' to the office whose yearly report was named in the paragraph before", () => {
    expect(by("Most of the overruns")).toMatchObject({
      speakerName: "Public Audit Office",
      speakerKind: "organisation",
    });
  });
});
