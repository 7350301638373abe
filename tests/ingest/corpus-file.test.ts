import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { documentPath, writeArticleFile } from "../../src/ingest/corpus-file.js";

describe("where ingested articles are written", () => {
  let base = "";
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  function corpus(): { dir: string; outside: string } {
    base = mkdtempSync(path.join(tmpdir(), "verbatim-ingest-file-"));
    const dir = path.join(base, "corpus");
    const outside = path.join(base, "outside");
    mkdirSync(dir);
    mkdirSync(outside);
    return { dir, outside };
  }

  it.each(["http://../story", "http://./story", "http://%2e%2e/story"])(
    "keeps an article from a host spelled %s in its own folder under ingested/",
    (url) => {
      const document = documentPath(url, "2026-03-01", "Council votes");
      const [folder, host, file] = document.split("/");
      expect(folder).toBe("ingested");
      expect(host).toMatch(/^[a-z0-9]/);
      expect(file).toMatch(/^2026-03-01-council-votes-[0-9a-f]{10}\.txt$/);
    },
  );

  it("refuses a path that climbs out of ingested/", async () => {
    const { dir } = corpus();
    await expect(writeArticleFile(dir, "ingested/../story.txt", "text\n")).rejects.toThrow(
      /unexpected corpus path/,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses to write through a link that leads out of the corpus", async () => {
    const { dir, outside } = corpus();
    symlinkSync(outside, path.join(dir, "ingested"));
    await expect(writeArticleFile(dir, "ingested/example.org/story.txt", "text\n")).rejects.toThrow(
      /outside the corpus/,
    );
    expect(existsSync(path.join(outside, "example.org"))).toBe(false);
  });

  it("writes an article in its host's folder", async () => {
    const { dir } = corpus();
    await writeArticleFile(dir, "ingested/example.org/story.txt", "text\n");
    expect(readdirSync(path.join(dir, "ingested", "example.org"))).toEqual(["story.txt"]);
  });
});
