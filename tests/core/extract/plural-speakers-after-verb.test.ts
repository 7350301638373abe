import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

describe("speakers: a bare plural of people after the reporting verb", () => {
  const by = quotesOf("plural-speakers-after-verb.txt");

  it("gives the words to the analysts, with the firm they are at", () => {
    expect(by("Cancellations of this kind")).toMatchObject({
      speakerName: "analysts from Tarn Securities",
      speakerKind: "description",
      cue: "wrote",
    });
  });

  it("gives the words to the officials", () => {
    expect(by("The timetable will be back")).toMatchObject({ speakerName: "officials", cue: "said" });
  });
});
