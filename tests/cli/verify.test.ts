import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonLines, runCli } from "./run-cli.js";

describe("verbatim verify", () => {
  it("answers a quotation from the bundled corpus as JSON", async () => {
    const run = await runCli(["verify", "--json", "All is well"]);
    expect(run.code).toBe(0);
    const [answer] = jsonLines(run.stdout);
    expect(answer).toMatchObject({ quote: "All is well", verdict: "verified", speaker: "Donald Trump" });
    const matches = answer?.matches as { document: string; start: number; end: number; text: string }[];
    expect(matches.map((m) => m.document.slice(0, 3)).sort()).toEqual(["002", "004"]);
    for (const m of matches) expect(m).toHaveProperty("similarity");
  });

  it("names the real speaker when the quote is pinned on someone else", async () => {
    const run = await runCli([
      "verify",
      "--corpus",
      "corpus",
      "--json",
      "--speaker",
      "Mike Pompeo",
      "We do not seek escalation or war",
    ]);
    const [answer] = jsonLines(run.stdout);
    expect(answer?.verdict).toBe("misattributed");
    expect(String(answer?.explanation)).toContain("Zarif");
  });

  it("prints a readable answer without --json", async () => {
    const run = await runCli(["verify", "All is well"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Verified");
    expect(run.stdout).toContain("Donald Trump");
    expect(run.stdout).toContain("NBC News");
  });

  it.each([
    ["an empty quote", "", 'Give the quotation to check: verbatim verify "All is well"'],
    ["only punctuation", "?!… —", "no words"],
    ["an over-long quote", "word ".repeat(1200), "characters"],
  ])("rejects %s with a clear message and status 2", async (_name, quote, message) => {
    const run = await runCli(["verify", quote]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("answers a batch in order, with an error object for each bad line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-batch-"));
    const file = join(dir, "batch.jsonl");
    writeFileSync(
      file,
      [
        JSON.stringify({ quote: "All is well" }),
        "{not json",
        JSON.stringify({ quote: "" }),
        "",
        JSON.stringify({ quote: "We do not seek escalation or war", speaker: "Mike Pompeo" }),
      ].join("\n"),
    );
    const run = await runCli(["verify", "--json", "--batch", file]);
    // Every line is answered, and the status says that some could not be checked.
    expect(run.code).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines).toHaveLength(4);
    expect(lines[0]?.verdict).toBe("verified");
    expect(lines[1]).toMatchObject({ line: 2 });
    expect(String(lines[1]?.error)).toContain("not valid JSON");
    expect(lines[2]).toMatchObject({ line: 3 });
    expect(String(lines[2]?.error)).toBe(
      'line 3 has an empty "quote"; give the words to check, e.g. {"quote": "All is well", "speaker": "Donald Trump"}',
    );
    expect(lines[3]?.verdict).toBe("misattributed");
  });

  it("reads a batch from standard input with -, a byte-order mark and Windows line ends included", async () => {
    const stdin = `\uFEFF${JSON.stringify({ quote: "All is well" })}\r\n${JSON.stringify({ quote: "?!…" })}\r\n`;
    const run = await runCli(["verify", "--json", "--batch", "-"], {}, { stdin });
    expect(run.code).toBe(2);
    const lines = jsonLines(run.stdout);
    expect(lines[0]?.verdict).toBe("verified");
    expect(lines[1]).toMatchObject({ line: 2, code: "QUOTE_NO_WORDS", quote: "?!…" });
  });

  it("numbers every bad line in readable output too, in words for the command line", async () => {
    const stdin = ["{", JSON.stringify({ quote: "  " }), JSON.stringify({ quote: "—" })].join("\n");
    const run = await runCli(["verify", "--batch", "-"], {}, { stdin });
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^verbatim: line 1 is not valid JSON; expected an object like \{"quote"/);
    expect(lines[1]).toMatch(/^verbatim: line 2 has an empty "quote"/);
    expect(lines[2]).toMatch(/^verbatim: line 3: That has no words to check/);
    expect(run.stderr).not.toContain("/verify");
  });

  it("exits 0 when every line of a batch was checked, whatever the verdicts", async () => {
    const stdin = [
      JSON.stringify({ quote: "All is well" }),
      JSON.stringify({ quote: "We do not seek escalation or war", speaker: "Mike Pompeo" }),
      JSON.stringify({ quote: "The moon is made of green cheese" }),
    ].join("\n");
    const run = await runCli(["verify", "--json", "--batch", "-"], {}, { stdin });
    expect(jsonLines(run.stdout).map((l) => l.verdict)).toEqual(["verified", "misattributed", "not_found"]);
    expect(run.code).toBe(0);
  });

  it("repeats only the start of a huge quote in a batch answer", async () => {
    const huge = "word ".repeat(1_000_000);
    const run = await runCli(
      ["verify", "--json", "--batch", "-"],
      {},
      { stdin: JSON.stringify({ quote: huge }) },
    );
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({ line: 1, code: "QUOTE_TOO_LONG" });
    expect(String(line?.quote).length).toBeLessThanOrEqual(200);
    expect(run.stdout.length).toBeLessThan(1000);
  });

  it("explains a missing corpus directory", async () => {
    const run = await runCli(["verify", "--corpus", "no/such/dir", "All is well"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no/such/dir");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("says only that the corpus is missing, even beside an unreadable cache of it", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "verbatim-cli-cache-"));
    const corpusDir = join(tmpdir(), "verbatim-no-such-corpus");
    const key = createHash("sha256").update(resolve(corpusDir)).digest("hex").slice(0, 16);
    mkdirSync(join(dataDir, "cache"));
    writeFileSync(join(dataDir, "cache", `corpus-${key}.image`), "not a cache");
    const run = await runCli(["verify", "All is well"], { CORPUS_DIR: corpusDir, DATA_DIR: dataDir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `verbatim: The corpus directory ${corpusDir} does not exist. Set CORPUS_DIR or pass --corpus to a folder of articles.\n`,
    );
  });

  it.each([
    ["an empty folder", {}],
    ["a folder of unreadable files", { "empty.txt": "", "binary.html": "\u0000\u0001\u0002" }],
  ])("refuses %s as a corpus with status 2 instead of answering “not found”", async (_name, files) => {
    const dir = mkdtempSync(join(tmpdir(), "verbatim-empty-corpus-"));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
    const run = await runCli(["verify", "--json", "--corpus", dir, "All is well"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("has no readable article");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("shows a changed meaning in plain words, without diff markup, when colour is off", async () => {
    const run = await runCli(["verify", "--speaker", "Mohammad Javad Zarif", "We seek escalation or war"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Misquoted");
    expect(run.stdout).toContain("Negation changed: the source says “not seek”");
    expect(run.stdout).toContain("[source: …] only in the source · [yours: …] only in your text");
    expect(run.stdout).not.toMatch(/\{\+|\+\}|\[-|-\]/);
  });

  it("gives the changes and who the sources name in the JSON", async () => {
    const run = await runCli([
      "verify",
      "--json",
      "Iran took and concluded proportionate measures in self defence",
    ]);
    const [answer] = jsonLines(run.stdout);
    expect(answer?.changes).toEqual([{ kind: "spelling", yours: "defence", source: "defense" }]);
    expect(answer?.attributions).toEqual([
      expect.objectContaining({
        speaker: "Mohammad Javad Zarif",
        sources: expect.arrayContaining(["NBC News"]),
      }),
    ]);
  });

  it("stops with a readable error naming a bad variable", async () => {
    const run = await runCli(["verify", "All is well"], { SLACK_PORT: "abc" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("SLACK_PORT must be a port number");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("caches the index under DATA_DIR and answers the same from the cache", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "verbatim-cache-"));
    const first = await runCli(
      ["verify", "--json", "Iran took and concluded proportionate measures in self defence"],
      { DATA_DIR: dataDir },
    );
    expect(readdirSync(join(dataDir, "cache")).length).toBeGreaterThan(0);
    const second = await runCli(
      ["verify", "--json", "Iran took and concluded proportionate measures in self defence"],
      { DATA_DIR: dataDir },
    );
    expect(second.stdout).toBe(first.stdout);
    expect(jsonLines(second.stdout)[0]?.verdict).toBe("variant");
  });
});
