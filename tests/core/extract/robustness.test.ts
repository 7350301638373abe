import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";
import type { Article } from "../../../src/core/types.js";

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

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...textFiles(full));
    else if (name.endsWith(".txt")) out.push(full);
  }
  return out;
}

const shared = path.resolve(process.cwd(), "../shared/corpora");

describe.skipIf(!existsSync(shared))("extractQuotes on the shared corpora", () => {
  it("extracts from every BBC and PolNeAR article without error, keeping offsets exact", () => {
    const files = [
      ...textFiles(path.join(shared, "bbc")),
      ...textFiles(path.join(shared, "polnear-train/text")),
    ];
    expect(files.length).toBeGreaterThan(3000);
    for (const file of files) checkInvariants(article(readFileSync(file, "utf8")));
  });
});
