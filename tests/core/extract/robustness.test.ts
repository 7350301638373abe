import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Article } from "../../../src/core/types.js";
import { cachedEngine, sharedCorpus } from "../../fakes/shared-corpus.js";

function article(body: string, punctuated = true): Article {
  return { id: "x", file: "x", body, format: "text", punctuated };
}

function checkInvariants(a: Article): void {
  for (const q of extractQuotes(a)) {
    expect(q.start).toBeLessThan(q.end);
    expect(a.body.slice(q.start, q.end)).toBe(q.text);
    expect(q.confidence).toBeGreaterThan(0);
    expect(q.confidence).toBeLessThanOrEqual(1);
  }
}

/** Deterministic scraps of quote marks, punctuation and words. */
function scraps(count: number): string[] {
  const parts = [
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "''",
    ":",
    ",",
    ".",
    " said ",
    " he ",
    "Smith",
    " the ",
    "\n\n",
    "«",
    "»",
    "—",
  ];
  let seed = 7;
  return Array.from({ length: count }, () => {
    let text = "";
    for (let i = 0; i < 40; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      text += parts[seed % parts.length];
    }
    return text;
  });
}

describe("extractQuotes on awkward input", () => {
  it.each([
    "",
    " ",
    '"',
    "“",
    "'''",
    ":",
    ": “Hello there,” he said.",
    "“”",
    "He said:",
    "said said said",
    "“Unclosed quotation at the end",
    '<p class="x">“Tagged”</p> she said.',
  ])("survives %j", (body) => {
    checkInvariants(article(body));
    checkInvariants(article(body.toLowerCase(), false));
  });

  it("survives random scraps of quotation marks and punctuation", () => {
    for (const body of scraps(300)) checkInvariants(article(body));
  });
});

const bbc = sharedCorpus("bbc");
const polnear = sharedCorpus("polnear-train/text");

describe.skipIf(!bbc || !polnear)("extraction on the shared corpora", () => {
  it("extracts from every BBC and PolNeAR article without error, keeping offsets exact", async () => {
    let checked = 0;
    for (const dir of [bbc, polnear]) {
      const engine = await cachedEngine(dir ?? "");
      const bodies = new Map(engine.articles.map((a) => [a.id, a.body]));
      for (const q of engine.quotes) {
        expect(bodies.get(q.document)?.slice(q.start, q.end)).toBe(q.text);
        expect(q.start).toBeLessThan(q.end);
        expect(q.confidence).toBeGreaterThan(0);
        expect(q.confidence).toBeLessThanOrEqual(1);
      }
      checked += engine.articles.length;
    }
    expect(checked).toBeGreaterThan(3000);
  }, 300_000);
});
