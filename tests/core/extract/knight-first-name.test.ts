import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("knight-first-name.txt");

describe("speakers: a knight or dame called by title and first name", () => {
  it("reads 'Sir Rowan said' as Sir Rowan Fairley, the one knight named Rowan", () => {
    expect(by("Nobody should be surprised")).toMatchObject({
      speakerName: "Rowan Fairley",
      speakerKind: "person",
    });
  });

  it("reads 'Dame Hilda added' as Dame Hilda Crane", () => {
    expect(by("We accept that we must move faster")).toMatchObject({
      speakerName: "Hilda Crane",
      speakerKind: "person",
    });
  });
});
