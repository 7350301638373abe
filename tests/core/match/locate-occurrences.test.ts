import { describe, expect, it } from "vitest";
import { readSpan } from "../../../src/core/match/locate-occurrences.js";
import { buildMatchIndex } from "../../../src/core/match/match-index.js";
import { tokenise } from "../../../src/core/match/tokenise.js";
import type { Article } from "../../../src/core/types.js";

const sentence = "We don't know, I'm sure they'll say 3,500 people can't wait; ";
const body = sentence.repeat(30);
const article: Article = { id: "long.txt", file: "long.txt", body, format: "text", punctuated: true };

describe("readSpan", () => {
  const index = buildMatchIndex(
    [{ ...article, id: "short.txt", body: "A short first article." }, article],
    [],
  );
  const full = tokenise(body);
  const base = index.docStarts[1]!;

  it("re-reads any stretch of an article exactly as the full pass read it", () => {
    for (let p = 0; p + 3 <= full.count; p++) {
      const span = readSpan(index, 1, base + p, base + p + 3);
      expect(span.starts).toEqual(full.starts.slice(p, p + 3));
      expect(span.ends).toEqual(full.ends.slice(p, p + 3));
      expect(span.surface).toEqual(full.surface.slice(p, p + 3));
    }
  });
});
