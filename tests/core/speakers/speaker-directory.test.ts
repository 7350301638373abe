import { describe, expect, it } from "vitest";
import { createSpeakerDirectory } from "../../../src/core/speakers/speaker-directory.js";
import type { Speaker } from "../../../src/core/types.js";

const speakers: Speaker[] = [
  {
    name: "Donald Trump",
    aliases: ["Donald Trump", "President Trump", "Trump"],
    kind: "person",
    quoteCount: 12,
  },
  {
    name: "Mohammad Javad Zarif",
    aliases: ["Javad Zarif", "Mohammad Javad Zarif", "Mohammed Javad Zarif", "Zarif"],
    kind: "person",
    quoteCount: 8,
  },
  { name: "Eric Trump", aliases: ["Eric Trump"], kind: "person", quoteCount: 1 },
  { name: "Mark Milley", aliases: ["Gen. Mark Milley", "Mark Milley"], kind: "person", quoteCount: 2 },
  { name: "Mark Esper", aliases: ["Mark Esper"], kind: "person", quoteCount: 4 },
  {
    name: "Iran's Revolutionary Guards",
    aliases: ["Iran's Revolutionary Guards"],
    kind: "organisation",
    quoteCount: 1,
  },
  {
    name: "a State Department official",
    aliases: ["a State Department official"],
    kind: "description",
    quoteCount: 3,
  },
];
const directory = createSpeakerDirectory(speakers);

describe("SpeakerDirectory.find", () => {
  it.each([
    ["Mohammad Javad Zarif", "Mohammad Javad Zarif"],
    ["mohammed javad zarif", "Mohammad Javad Zarif"],
    ["Zarif", "Mohammad Javad Zarif"],
    ["Foreign Minister Javad Zarif", "Mohammad Javad Zarif"],
    ["Mohamad Javad Zarif", "Mohammad Javad Zarif"],
    ["Zarrif", "Mohammad Javad Zarif"],
    ["President Trump", "Donald Trump"],
    ["Trump", "Donald Trump"],
    ["Eric Trump", "Eric Trump"],
    ["Gen. Milley", "Mark Milley"],
    ["Revolutionary Guards", "Iran's Revolutionary Guards"],
    ["a State Department official", "a State Department official"],
  ])("finds %s as %s", (query, expected) => {
    expect(directory.find(query)?.name).toBe(expected);
  });

  it("finds nobody for a name nobody in the corpus has, or for an empty name", () => {
    expect(directory.find("Angela Merkel")).toBeNull();
    expect(directory.find("   ")).toBeNull();
    expect(directory.find("!!!")).toBeNull();
  });

  it("does not take another person of a known surname for the one claimed", () => {
    // Donald and Eric Trump are in the corpus; Ivanka Trump is not, and is neither of them.
    expect(directory.find("Ivanka Trump")).toBeNull();
    expect(directory.find("Melania Trump")).toBeNull();
  });

  it("still finds a known person through a typo in the given name", () => {
    expect(directory.find("Donlad Trump")?.name).toBe("Donald Trump");
  });
});

describe("SpeakerDirectory.suggest", () => {
  it("suggests the most quoted speakers for an empty prefix", () => {
    expect(directory.suggest("", 3).map((s) => s.name)).toEqual([
      "Donald Trump",
      "Mohammad Javad Zarif",
      "Mark Esper",
    ]);
  });

  it("suggests speakers whose name or any word of it starts with the prefix, names first then most quoted", () => {
    expect(directory.suggest("mar").map((s) => s.name)).toEqual(["Mark Esper", "Mark Milley"]);
    expect(directory.suggest("zar").map((s) => s.name)).toEqual(["Mohammad Javad Zarif"]);
    expect(directory.suggest("tr", 1).map((s) => s.name)).toEqual(["Donald Trump"]);
  });
});
