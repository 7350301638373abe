import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/core/corpus/load-corpus.js";
import type { CoreLogger } from "../../../src/core/logger.js";

const brokenDir = path.resolve(process.cwd(), "tests/fixtures/corpus/broken");

function recordingLogger() {
  const warned: { obj: object; msg: string | undefined }[] = [];
  const logger: CoreLogger = {
    debug() {},
    info() {},
    error() {},
    warn(obj, msg) {
      warned.push({ obj, msg });
    },
  };
  return { logger, warned };
}

describe("broken files in the corpus", async () => {
  const { logger, warned } = recordingLogger();
  const { articles, warnings } = await loadCorpus(brokenDir, { logger });
  const reasonsFor = (file: string) => warnings.filter((w) => w.file === file).map((w) => w.reason);

  it("still loads the good articles and records beside the broken ones", () => {
    expect(articles.map((a) => a.id)).toEqual(["good.txt", "impossible-date.txt", "ok-1", "ok-2"]);
    expect(articles.find((a) => a.id === "ok-1")?.body).toBe("The first good record, the reporter wrote.");
  });

  it.each([
    ["unclosed.txt", /front matter opens with --- but is never closed/],
    ["bad-yaml.md", /front matter is not valid YAML/],
    ["list-front-matter.txt", /front matter is not a set of fields/],
    ["empty.txt", /the file is empty/],
    ["blank.md", /the file is empty/],
  ])("skips %s with a warning saying why", (file, reason) => {
    const reasons = reasonsFor(file);
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(reason);
    expect(articles.some((a) => a.file === file)).toBe(false);
  });

  it("drops an impossible front matter date with a warning but keeps the article", () => {
    expect(reasonsFor("impossible-date.txt")).toEqual([
      'front matter date "2021-02-30" is not a real YYYY-MM-DD date; ignored',
    ]);
    const article = articles.find((a) => a.id === "impossible-date.txt");
    expect(article).toMatchObject({ title: "Tram line extended" });
    expect(article?.date).toBeUndefined();
  });

  it("skips each malformed JSON Lines record with its line number and why", () => {
    const jsonl = warnings.filter((w) => w.file === "mixed.jsonl");
    expect(jsonl.map((w) => w.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 10]);
    expect(jsonl.map((w) => w.reason)).toEqual([
      expect.stringMatching(/^the line is not valid JSON/),
      'it has no "id"',
      'it has no "text"',
      '"id" is not text',
      'duplicate id "ok-1" (first used on line 1)',
      '"title" is not text',
      "the line is not a JSON object",
      'date "2021-13-01" is not a real YYYY-MM-DD date; ignored',
    ]);
  });

  it("logs every warning with the file, line and reason", () => {
    expect(warned).toHaveLength(warnings.length);
    expect(warned).toContainEqual({
      obj: { file: "unclosed.txt", reason: "its front matter opens with --- but is never closed" },
      msg: "skipped corpus file",
    });
    expect(warned).toContainEqual({
      obj: { file: "mixed.jsonl", line: 3, reason: 'it has no "id"' },
      msg: "skipped corpus file",
    });
    expect(warned).toContainEqual({
      obj: { file: "impossible-date.txt", reason: expect.stringContaining("2021-02-30") },
      msg: "repaired corpus file",
    });
  });
});

describe("files that are not plain UTF-8 text", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-corpus-bytes-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sentence = "Diners queued outside the new caf\u00e9 on Friday, the owner said.";
  writeFileSync(path.join(dir, "latin.txt"), Buffer.from(`Caf\u00e9 opens\n\n${sentence}\n`, "latin1"));
  writeFileSync(
    path.join(dir, "binary.txt"),
    Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0x02, 0x00, 0xff]),
  );
  writeFileSync(path.join(dir, "windows.txt"), `Ferry returns\r\n\r\n${sentence}\r\n`);
  writeFileSync(path.join(dir, "bom.md"), `\ufeff---\r\ntitle: With a BOM\r\n---\r\n${sentence}\r\n`);
  const page = (charset: string, text: string) =>
    `<html><head><meta charset="${charset}"><title>News</title></head><body><p>${text}</p></body></html>`;
  writeFileSync(path.join(dir, "stale-charset.html"), page("iso-8859-1", sentence));
  const greek =
    "Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει ξανά την Παρασκευή, σύμφωνα με το δημοτικό συμβούλιο.";
  writeFileSync(path.join(dir, "greek.html"), iconv.encode(page("iso-8859-7", greek), "iso-8859-7"));
  writeFileSync(
    path.join(dir, "wide.txt"),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, "utf16le")]),
  );

  it("decodes a windows-1252 file (byte 0xE9 is é), keeps it and says it was repaired", async () => {
    const { articles, warnings } = await loadCorpus(dir);
    const latin = articles.find((a) => a.id === "latin.txt");
    expect(latin?.title).toBe("Café opens");
    expect(latin?.body).toContain("the new café on Friday");
    expect(warnings).toContainEqual({
      file: "latin.txt",
      reason: "the file is not valid UTF-8; decoded as windows-1252",
    });
  });

  it("skips a binary file with a warning naming it", async () => {
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.some((a) => a.file === "binary.txt")).toBe(false);
    expect(warnings).toContainEqual({ file: "binary.txt", reason: expect.stringContaining("binary") });
  });

  it("normalises CRLF line endings and drops a byte order mark", async () => {
    const { articles } = await loadCorpus(dir);
    const windows = articles.find((a) => a.id === "windows.txt");
    expect(windows?.title).toBe("Ferry returns");
    expect(windows?.body).toBe(`Ferry returns\n\n${sentence}\n`);
    const bom = articles.find((a) => a.id === "bom.md");
    expect(bom?.title).toBe("With a BOM");
    expect(bom?.body).toBe(`${sentence}\n`);
  });

  it("trusts valid UTF-8 over a page's stale charset declaration", async () => {
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.find((a) => a.id === "stale-charset.html")?.body).toBe(sentence);
    expect(warnings.some((w) => w.file === "stale-charset.html")).toBe(false);
  });

  it("decodes a page that is not UTF-8 with the charset it declares", async () => {
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.find((a) => a.id === "greek.html")?.body).toBe(greek);
    expect(warnings).toContainEqual({
      file: "greek.html",
      reason: "the file is not valid UTF-8; decoded as iso-8859-7",
    });
  });

  it("reads a UTF-16 file marked by its byte order mark", async () => {
    const { articles } = await loadCorpus(dir);
    expect(articles.find((a) => a.id === "wide.txt")?.body).toBe(sentence);
  });
});
