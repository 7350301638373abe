import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./run-cli.js";

describe("verbatim quotes", () => {
  it("lists every quotation as JSON Lines with offsets and speakers", async () => {
    const run = await runCli(["quotes", "--corpus", "corpus", "--json"]);
    expect(run.code).toBe(0);
    const quotes = jsonLines(run.stdout);
    expect(quotes.length).toBeGreaterThan(20);
    const graham = quotes.find((q) => String(q.text).startsWith("an act of war"));
    expect(graham).toMatchObject({ speaker: "Lindsey Graham", document: "004_a50294a56b64d9fb.txt" });
    for (const q of quotes) {
      expect(Object.keys(q)).toEqual(
        expect.arrayContaining(["document", "start", "end", "text", "speaker", "speakerMention", "cue"]),
      );
    }
  });

  it("groups a readable listing by speaker", async () => {
    const run = await runCli(["quotes"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Donald Trump \(\d+\)$/m);
    expect(run.stdout).toContain("“All is well!”");
  });

  it("filters by a misspelled speaker name", async () => {
    const run = await runCli(["quotes", "--json", "--speaker", "Lindsay Graham"]);
    const quotes = jsonLines(run.stdout);
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(["Lindsey Graham"]));
  });

  it("shows help and rejects unknown commands", async () => {
    expect((await runCli(["--help"])).stdout).toContain("verbatim verify");
    const bad = await runCli(["frobnicate"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown command");
  });
});
