import { describe, expect, it } from "vitest";
import { canonicalSpeakers, type FormUse } from "../../../src/core/speakers/canonical-speakers.js";
import { withoutOwner } from "../../../src/core/speakers/name-forms.js";

function use(
  form: string,
  quotes = 1,
  kind: FormUse["kind"] = "person",
  cased = true,
  mentions: string[] = [],
): FormUse {
  return { form, kind, quotes, cased, mentions: new Set(mentions) };
}

function names(uses: FormUse[]) {
  return canonicalSpeakers(uses).speakers.map((s) => [s.name, s.quoteCount]);
}

describe("canonicalSpeakers", () => {
  it("joins spellings and shorter forms of one name under the most complete form", () => {
    const { speakers, canonicalOf } = canonicalSpeakers([
      use("Mohammed Javad Zarif", 3, "person", true, ["Foreign Minister Mohammed Javad Zarif"]),
      use("Mohammad Javad Zarif", 3),
      use("Javad Zarif", 2, "person", false),
      use("Zarif", 1),
    ]);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name: "Mohammad Javad Zarif", kind: "person", quoteCount: 9 });
    expect(speakers[0]!.aliases).toEqual([
      "Foreign Minister Mohammed Javad Zarif",
      "Javad Zarif",
      "Mohammad Javad Zarif",
      "Mohammed Javad Zarif",
      "Zarif",
    ]);
    expect(canonicalOf.get("person|Zarif")).toBe("Mohammad Javad Zarif");
  });

  it("prefers a form written with capitals over one reconstructed from lowercase text", () => {
    expect(
      names([use("Adil Abdul Mahdi", 1), use("Adel Abdel Mahdi", 3, "person", false), use("Mahdi", 2)]),
    ).toEqual([["Adil Abdul Mahdi", 6]]);
  });

  it("keeps different people who share a surname apart, and a surname alone apart when it is ambiguous", () => {
    expect(names([use("Bill Clinton", 2), use("Hillary Clinton", 5), use("Clinton", 4)])).toEqual([
      ["Hillary Clinton", 5],
      ["Clinton", 4],
      ["Bill Clinton", 2],
    ]);
  });

  it("joins a surname alone to the only person with that surname", () => {
    expect(names([use("Donald Trump", 2), use("Donald J. Trump", 1), use("Trump", 4)])).toEqual([
      ["Donald Trump", 7],
    ]);
  });

  it("joins organisations with and without “the”, and descriptions only when identical", () => {
    expect(
      names([
        use("White House", 1, "organisation"),
        use("the White House", 2, "organisation"),
        use("a State Department official", 2, "description"),
        use("a State Department official", 1, "description"),
        use("a senior State Department official", 1, "description"),
      ]),
    ).toEqual([
      ["a State Department official", 3],
      ["White House", 3],
      ["a senior State Department official", 1],
    ]);
  });
});

describe("withoutOwner", () => {
  it("drops the organisation that introduces a person", () => {
    expect(withoutOwner("The Fabian Society's Sundar Katwala")).toBe("Sundar Katwala");
    expect(withoutOwner("CNN’s Jake Tapper")).toBe("Jake Tapper");
  });

  it("leaves names without an owner alone", () => {
    expect(withoutOwner("Mohammad Javad Zarif")).toBe("Mohammad Javad Zarif");
    expect(withoutOwner("Iran's foreign minister")).toBe("Iran's foreign minister");
  });
});
