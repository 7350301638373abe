import { describe, expect, it } from "vitest";
import { quotesOf } from "./read-articles.js";

const by = quotesOf("title-name-role.txt");

describe("speakers: a titled name followed by a role without a comma", () => {
  it("reads 'Dr Ines Varga optics director at the observatory told' as Ines Varga", () => {
    expect(by("The images are sharper")).toMatchObject({ speakerName: "Ines Varga", speakerKind: "person" });
  });
});
