import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listCorpusFiles, loadCorpus, loadCorpusFile } from "../../../src/core/corpus/load-corpus.js";
import { VerbatimError } from "../../../src/core/errors.js";
import type { LoadProgress } from "../../../src/core/types.js";

const article = (title: string) => `${title}\n\nThe council said on Monday that the work was finished.\n`;

describe("listing corpus files", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-corpus-list-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const files: Record<string, string> = {
    "b.txt": article("B"),
    "a.md": article("A"),
    "sub/deep/c.html": `<html><body><p>${article("C")}</p></body></html>`,
    "sub/d.htm": "<p>The mayor said on Friday that the bridge would reopen soon.</p>",
    "sub/feed.jsonl": '{"id":"x","text":"The mayor said so."}\n',
    "sub/E.TXT": article("E"),
    "notes.pdf": "%PDF-1.4",
    "image.png": "not an article",
    "README.md": "# About this corpus",
    ".hidden.txt": article("Hidden"),
    ".git/config.txt": article("Git"),
    "sub/.cache/x.txt": article("Cache"),
    "empty.txt": "",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }

  it("lists article files recursively, sorted, with forward slashes, skipping hidden and non-article files", async () => {
    const listed = await listCorpusFiles(dir);
    expect(listed.map((f) => f.file)).toEqual([
      "a.md",
      "b.txt",
      "empty.txt",
      "sub/E.TXT",
      "sub/d.htm",
      "sub/deep/c.html",
      "sub/feed.jsonl",
    ]);
  });

  it("gives each file's size and modification time", async () => {
    const listed = await listCorpusFiles(dir);
    const b = listed.find((f) => f.file === "b.txt");
    expect(b?.size).toBe(Buffer.byteLength(article("B")));
    expect(b?.mtimeMs).toBeGreaterThan(0);
  });

  it("reports progress after every file", async () => {
    const seen: LoadProgress[] = [];
    await loadCorpus(dir, { onProgress: (p) => seen.push(p) });
    expect(seen).toHaveLength(7);
    expect(seen.map((p) => p.filesRead)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(seen.every((p) => p.filesTotal === 7 && p.quotesFound === 0)).toBe(true);
    expect(seen.at(-1)?.filesSkipped).toBe(1);
  });

  it("rejects an id already used by another file, naming both", async () => {
    const dup = mkdtempSync(path.join(tmpdir(), "verbatim-corpus-dup-"));
    try {
      writeFileSync(path.join(dup, "a.txt"), article("A"));
      writeFileSync(path.join(dup, "b.jsonl"), '{"id":"a.txt","text":"The same id again, she said."}\n');
      const { articles, warnings } = await loadCorpus(dup);
      expect(articles.map((a) => a.file)).toEqual(["a.txt"]);
      expect(warnings).toEqual([
        { file: "b.jsonl", line: 1, reason: 'duplicate id "a.txt" (already used by a.txt); skipped' },
      ]);
    } finally {
      rmSync(dup, { recursive: true, force: true });
    }
  });
});

describe("an unusable corpus directory", () => {
  const missing = path.join(tmpdir(), "verbatim-no-such-corpus-dir");
  const plainFile = path.resolve(process.cwd(), "tests/fixtures/corpus/broken/good.txt");

  it("fails with a friendly message when the directory does not exist", async () => {
    const attempt = loadCorpus(missing);
    await expect(attempt).rejects.toBeInstanceOf(VerbatimError);
    await expect(attempt).rejects.toMatchObject({
      code: "CORPUS_MISSING",
      message: `The corpus directory ${missing} does not exist. Set CORPUS_DIR or pass --corpus to a folder of articles.`,
    });
    await expect(listCorpusFiles(missing)).rejects.toMatchObject({ code: "CORPUS_MISSING" });
    await expect(loadCorpusFile(missing, "a.txt")).rejects.toMatchObject({ code: "CORPUS_MISSING" });
  });

  it("fails with a friendly message when the path is a file", async () => {
    await expect(loadCorpus(plainFile)).rejects.toMatchObject({
      code: "CORPUS_NOT_DIRECTORY",
      message: `${plainFile} is not a directory. CORPUS_DIR must name a folder of articles.`,
    });
  });
});
