import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: 'the statement' speaks for whoever the article says issued it", () => {
  const by = quotesOf("statement-issued-earlier.txt");

  it("gives 'the statement said' to the club that 'said in its statement' just before", () => {
    expect(by("The board still believes")).toMatchObject({ speakerName: "Kestrel Rovers" });
  });

  it("gives 'read the statement' to the company that said something 'in its statement'", () => {
    expect(by("The figures we gave")).toMatchObject({ speakerName: "Tallow Games" });
  });

  it("gives 'said the statement' to the trust that issued a statement", () => {
    expect(by("Members should not sell")).toMatchObject({
      speakerName: "Hallam Trust",
      speakerKind: "organisation",
    });
  });

  it("gives 'The statement continued' to the issuer of the statement quoted before", () => {
    expect(by("Both cases go to appeal")).toMatchObject({
      speakerName: "Pellow Athletics",
      speakerKind: "organisation",
    });
  });

  it("keeps the statement as the speaker when the article does not say whose it is", () => {
    expect(quotesOf("statement-unissued.txt")("Our members were never")).toMatchObject({
      speakerName: "the statement",
      speakerKind: "description",
    });
  });
});
