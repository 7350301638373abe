import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./run-cli.js";

describe("verbatim quotes", () => {
  it("lists a speaker's quotations as JSON Lines with offsets, speakers and sources", async () => {
    const run = await runCli(["quotes", "--corpus", "corpus", "--json", "--speaker", "Lindsey Graham"]);
    expect(run.code).toBe(0);
    const quotes = jsonLines(run.stdout);
    const graham = quotes.find((q) => String(q.text).startsWith("an act of war"));
    expect(graham).toMatchObject({ speaker: "Lindsey Graham", document: "004_a50294a56b64d9fb.txt" });
    for (const q of quotes) {
      expect(Object.keys(q)).toEqual(
        expect.arrayContaining([
          "document",
          "start",
          "end",
          "text",
          "speaker",
          "speakerMention",
          "cue",
          "source",
        ]),
      );
    }
  });

  it("lists every quotation of a speaker, counting the articles they come from", async () => {
    const json = jsonLines((await runCli(["quotes", "--json", "--speaker", "zarif"])).stdout);
    const articles = new Set(json.map((q) => q.document)).size;
    const run = await runCli(["quotes", "zarif"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Quotations from Mohammad Javad Zarif");
    expect(run.stdout).toContain(`${json.length} quotations from ${articles} articles, newest first.`);
    for (const q of json) expect(run.stdout).toContain(String(q.text).slice(0, 40));
    // Sources are named as readers know them, never by file.
    expect(run.stdout).not.toMatch(/\.txt/);
  });

  it("without a speaker, gives the corpus's speakers, counts formatted", async () => {
    const run = await runCli(["quotes"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Speakers in the corpus");
    expect(run.stdout).toMatch(
      /\d+ quotations from 5 articles, by \d+ speakers\. Name a speaker, e\.g\. verbatim quotes Javad Zarif\./,
    );
    expect(run.stdout).toMatch(/• Donald Trump · \d+ quotations/);
  });

  it("filters by a misspelled speaker name", async () => {
    const run = await runCli(["quotes", "--json", "--speaker", "Lindsay Graham"]);
    const quotes = jsonLines(run.stdout);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Lindsey Graham"]));
  });

  it("says who it has no quotations from, with suggestions, and status 2", async () => {
    const run = await runCli(["quotes", "--speaker", "Xq Zzyzx"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("verbatim: I have no quotations from “Xq Zzyzx” in the corpus.\n");
  });
});
