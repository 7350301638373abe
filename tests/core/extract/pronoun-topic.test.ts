import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import { readArticle } from "./read-articles.js";

const fixtures = path.resolve(process.cwd(), "tests/fixtures/extract");

/** Each quotation's first words and its speaker. */
function speakers(file: string): Array<[string, string | null]> {
  return extractQuotes(readArticle(path.join(fixtures, file))).map((q) => [
    q.text.split(" ").slice(0, 3).join(" "),
    q.speakerName,
  ]);
}

describe("pronoun speakers: the person the text is about, not the nearest name", () => {
  it("sends 'he said' back to the article's subject past a name in a prepositional phrase", () => {
    expect(speakers("topic-person.txt")).toEqual([
      ["Nobody wanted to", "Marcus Osei"],
      ["Now the families", "Marcus Osei"],
    ]);
  });

  it("gives 'he told City Radio' to the player the article is about, not his beaten rival", () => {
    expect(speakers("told-outlet.txt")).toEqual([
      ["Right now I", "Diego Ortega"],
      ["I hope it", "Diego Ortega"],
    ]);
  });

  it("does not give the answer to the interviewer the rules took 'he' for", () => {
    const [announced, answer] = speakers("interviewer-asked.txt");
    expect(announced).toEqual(["not there yet", "Paul Brenner"]);
    expect(answer?.[1]).not.toBe("Jake Holt");
  });

  it("does not give the words to the host named in the paragraph's opening phrase", () => {
    for (const [, speaker] of speakers("object-antecedent.txt")) expect(speaker).not.toBe("Martin Reyes");
  });

  it("gives no he or she to a place read as a name ('Wall Street fell …', 'at Boca West')", () => {
    expect(speakers("place-names.txt")).toEqual([
      ["Nobody expected a", "Dan Hollis"],
      ["People still want", "Nora Quist"],
    ]);
  });

  it("gives no he or she to a park or hall named like a person where it only follows 'in' or 'at' ('in Morgan Park')", () => {
    expect(speakers("park-named-like-a-person.txt")).toEqual([
      ["He stays, whatever", "Marr"],
      ["We have told", "Marr"],
      ["You cannot keep", "Marr"],
      ["Historically I have", "Marr"],
    ]);
  });

  it("gives no he or she to a name set in apposition with an organisation noun ('Tarvik, the news agency,')", () => {
    const found = speakers("organisation-in-apposition.txt");
    expect(found[0]?.[1]).not.toBe("Halvorsen Freight");
    expect(found[1]).toEqual(["The ministry expects", "Nina Vold"]);
  });

  it("gives a 'he' by a firm's own reporting verb to nobody, not to the firm", () => {
    expect(speakers("organisation-subject-he.txt")).toEqual([["We cannot sail", null]]);
  });

  it("reads a lone surname that ends like a participle or adverb ('King') as the person named in full", () => {
    expect(speakers("surname-like-a-word.txt")).toEqual([
      ["We have waited", "Ruth King"],
      ["I will not", "Tom Reed"],
    ]);
  });
});
