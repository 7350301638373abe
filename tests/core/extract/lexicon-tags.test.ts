import { describe, expect, it } from "vitest";
import { groupedLexicon } from "../../../src/core/extract/compromise-lexicon.js";
import {
  firstNameGender,
  isDescriptiveWord,
  isPlaceWord,
  tagsOf,
} from "../../../src/core/extract/lexicon-tags.js";
import shipped from "../../../src/core/extract/lexicon-tags.json" with { type: "json" };

describe("lexicon tags", () => {
  it("ship as the table the generator reads from compromise's lexicon", () => {
    expect(shipped).toEqual(groupedLexicon());
  });

  it("answer for first names, places and parts of speech as the lexicon lists them", () => {
    expect(firstNameGender("Margaret")).toBe("female");
    expect(firstNameGender("Gordon")).toBe("male");
    expect(isPlaceWord("Belgium")).toBe(true);
    expect(tagsOf("New York").length + tagsOf("new york").length).toBeGreaterThan(0);
    expect(tagsOf("Zqxvw")).toEqual([]);
  });

  it("read unknown words by their endings as adjectives or participles, and names as not", () => {
    for (const word of ["Fuming", "Dogged", "Classy", "Edgy", "Faultless", "Evangelical", "Portable"]) {
      expect(isDescriptiveWord(word), word).toBe(true);
    }
    for (const word of ["Kanye", "Robben", "Industry", "Murray", "Faisal", "Dal", "Sprinter"]) {
      expect(isDescriptiveWord(word), word).toBe(false);
    }
  });
});
