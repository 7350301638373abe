import { afterEach, describe, expect, it } from "vitest";
import { parseCorpusFile } from "../../../src/core/corpus/read-corpus-file.js";
import { extractQuotes } from "../../../src/core/extract/extract-quotes.js";

/**
 * Work units spent reading an article: characters a regular expression scans (from where it starts to where it
 * stops, or the end of the text when it fails) and elements an array search visits. Counted, not timed, so the
 * bound holds on any machine.
 */
let work = 0;
const originals = {
  exec: RegExp.prototype.exec,
  findIndex: Array.prototype.findIndex,
  find: Array.prototype.find,
  some: Array.prototype.some,
  every: Array.prototype.every,
  filter: Array.prototype.filter,
};

function countWork(): void {
  const { exec } = originals;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const m = exec.call(this, input);
    if (this.sticky) work += m ? m[0].length : 1;
    else work += (m ? m.index + m[0].length : String(input).length) - from;
    return m;
  };
  for (const name of ["findIndex", "find", "some", "every", "filter"] as const) {
    const original = originals[name] as (
      this: unknown[],
      f: (...a: unknown[]) => unknown,
      thisArg?: unknown,
    ) => unknown;
    (Array.prototype as unknown as Record<string, unknown>)[name] = function (
      this: unknown[],
      predicate: (...a: unknown[]) => unknown,
      thisArg?: unknown,
    ) {
      return original.call(
        this,
        (...args: unknown[]) => {
          work++;
          return predicate.apply(thisArg, args);
        },
        thisArg,
      );
    };
  }
}

afterEach(() => {
  Object.assign(RegExp.prototype, { exec: originals.exec });
  Object.assign(Array.prototype, {
    findIndex: originals.findIndex,
    find: originals.find,
    some: originals.some,
    every: originals.every,
    filter: originals.filter,
  });
});

const NAMES = ["Anna Berg", "Tomas Reyes", "Priya Natarajan", "Joe Whitlock"];

/**
 * A long article of my own words: narration, attributed quotations, lines that run on, descriptions and surnames
 * to resolve, a tag at the very end.
 */
function longArticle(paragraphs: number): string {
  const lines = ["Council weighs the bridge plan", ""];
  for (let i = 0; i < paragraphs; i++) {
    const name = NAMES[i % NAMES.length]!;
    if (i % 4 === 0)
      lines.push(`The council met for the ${i}th time on the river bridge plan. Work may start soon.`);
    else if (i % 4 === 1) lines.push(`"The bridge will open in spring number ${i}," ${name} said.`);
    else if (i % 4 === 2)
      lines.push(`${name} said: "We asked for ${i} more weeks. "The money is there, and the plan is sound."`);
    // Titles, descriptions and surnames: each resolved against the people the article names.
    else
      lines.push(
        `"We will vote on it in week ${i}," the council leader said. Berg and Council leader ${name} agreed.`,
      );
    lines.push("");
  }
  lines.push('More on this: <a href="/bridge">the bridge plan</a>.');
  return lines.join("\n");
}

/** The same kind of article with its punctuation and capitals stripped, read through its reporting frames. */
function longStrippedArticle(paragraphs: number): string {
  return longArticle(paragraphs)
    .replace(/<[^>]*>|[^\p{L}\p{N}\s]/gu, "")
    .toLowerCase();
}

function workToLoadAndExtract(
  paragraphs: number,
  write: (paragraphs: number) => string = longArticle,
): { work: number; quotes: number } {
  const bytes = new TextEncoder().encode(write(paragraphs));
  work = 0;
  countWork();
  const article = parseCorpusFile("long.txt", bytes).records[0]!.article;
  const quotes = extractQuotes(article).length;
  const spent = work;
  Object.assign(RegExp.prototype, { exec: originals.exec });
  Object.assign(Array.prototype, originals);
  return { work: spent, quotes };
}

describe("loading and extracting a long article", () => {
  it("does work in proportion to its length: twice the paragraphs, at most 2.1 times the work", () => {
    workToLoadAndExtract(3); // word lists and patterns built once, on first use
    const small = workToLoadAndExtract(300);
    const large = workToLoadAndExtract(600);
    expect(large.quotes).toBe(2 * small.quotes);
    expect(large.work / small.work).toBeLessThanOrEqual(2.1);
  });

  it("does the same without punctuation, when quotations are read from reporting frames", () => {
    workToLoadAndExtract(3, longStrippedArticle);
    const small = workToLoadAndExtract(300, longStrippedArticle);
    const large = workToLoadAndExtract(600, longStrippedArticle);
    expect(large.quotes).toBeGreaterThanOrEqual(2 * small.quotes - 2);
    expect(large.work / small.work).toBeLessThanOrEqual(2.1);
  });
});
