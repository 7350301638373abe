import { describe, expect, it } from "vitest";
import { readingOf } from "./read-articles.js";

const reading = readingOf("newcomer-described.txt");

describe("pronoun evidence: a person just introduced with words saying who they are", () => {
  it("marks the delegate brought in with an appositive before 'he said', not the governor the text was about", () => {
    const { candidate } = reading("I thought the night");
    expect(candidate("Wes Dunmore")?.features.pronounNewcomer).toBe(1);
    expect(candidate("Tom Harlan")?.features.pronounNewcomer).toBeUndefined();
  });

  it("does not mark a newly named person a preposition governs ('came from the businessman …, who')", () => {
    const { candidate } = reading("We want every delegate");
    expect(candidate("Carl Lindqvist")?.features.pronounNewcomer).toBeUndefined();
  });
});

describe("pronoun evidence: a sentence ending '…, he said' that introduces its subject", () => {
  it("takes the person named there for the first time as the prior subject, not the mayor before", () => {
    const { candidate } = readingOf("introduced-he-said.txt")("Then I saw the bill");
    expect(candidate("Rick Sollen")?.features.pronounPriorSubject).toBe(1);
    expect(candidate("Tom Harlan")?.features.pronounPriorSubject).toBeUndefined();
  });
});
