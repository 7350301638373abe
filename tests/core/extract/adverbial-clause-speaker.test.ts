import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a clause opened by after/when/because speaks for itself", () => {
  const by = quotesOf("adverbial-clause-speaker.txt");

  it("gives words reported inside an after-clause to that clause's subject, not the outer verb's", () => {
    expect(by("the bridge will open on time")).toMatchObject({ speakerName: "Owen Feltham" });
  });

  it("keeps a when-clause after 'that' inside what the outer speaker reports", () => {
    expect(by("firm sense")).toMatchObject({ speakerName: "Ruth Okoro" });
  });
});
