import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCorpusFiles, loadCorpus, loadCorpusFile } from "../../../src/core/corpus/load-corpus.js";
import { openEngine } from "../../../src/core/engine.js";

const article = (title: string, said: string) =>
  `${title}\n\nThe mayor said on Monday: "${said}" The council agreed.\n`;

const reasonsFor = (warnings: readonly { file: string; reason: string }[], file: string) =>
  warnings.filter((w) => w.file === file).map((w) => w.reason);

describe("the corpus boundary", () => {
  const base = mkdtempSync(path.join(tmpdir(), "verbatim-boundary-"));
  const dir = path.join(base, "corpus");
  const outside = path.join(base, "outside");
  let socket: Server | undefined;

  beforeAll(async () => {
    mkdirSync(path.join(dir, "sub"), { recursive: true });
    mkdirSync(outside, { recursive: true });
    writeFileSync(path.join(dir, "bridge.txt"), article("Bridge reopens", "The bridge opens on Friday."));
    writeFileSync(
      path.join(dir, "sub", "ferry.txt"),
      article("Ferry returns", "The ferry sails again at dawn."),
    );
    writeFileSync(
      path.join(outside, "secret.md"),
      article("Private notes", "Nobody outside may read this line."),
    );
    symlinkSync("/etc/passwd", path.join(dir, "passwd.txt"));
    symlinkSync(path.relative(dir, path.join(outside, "secret.md")), path.join(dir, "host.md"));
    symlinkSync(path.join("sub", "ferry.txt"), path.join(dir, "ferry-link.txt"));
    symlinkSync("sub", path.join(dir, "x.txt"));
    // A folder inside the corpus that is a link to one outside: its files must not be read either.
    symlinkSync(outside, path.join(dir, "elsewhere"));
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    socket = createServer();
    await new Promise<void>((resolve) => socket!.listen(path.join(dir, "socket.txt"), resolve));
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => (socket ? socket.close(() => resolve()) : resolve()));
    rmSync(base, { recursive: true, force: true });
  });

  it("never answers from /etc/passwd linked into the corpus, and names the link in a skip note", async () => {
    const engine = await openEngine({ corpusDir: dir });
    const result = engine.verify({ quote: "root x 0 0 root root bin bash" });
    expect(JSON.stringify(result)).not.toContain("root:x:0:0");
    expect(result.matches).toEqual([]);
    expect(engine.articles.some((a) => a.body.includes("root:x:0:0"))).toBe(false);
    expect(reasonsFor(engine.warnings, "passwd.txt")).toEqual([
      expect.stringMatching(/outside the corpus directory/),
    ]);
  });

  it("refuses a relative link out of the corpus, with a note", async () => {
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.some((a) => a.body.includes("Nobody outside"))).toBe(false);
    expect(reasonsFor(warnings, "host.md")).toEqual([expect.stringMatching(/outside the corpus directory/)]);
  });

  it("still reads a link that stays inside the corpus", async () => {
    const { articles } = await loadCorpus(dir);
    expect(articles.map((a) => a.id).sort()).toEqual(["bridge.txt", "ferry-link.txt", "sub/ferry.txt"]);
    expect(articles.find((a) => a.id === "ferry-link.txt")?.body).toContain("The ferry sails again at dawn.");
  });

  it("skips a named pipe and a socket with a note, without waiting on them", async () => {
    const { warnings } = await loadCorpus(dir);
    expect(reasonsFor(warnings, "pipe.txt")).toEqual([
      expect.stringMatching(/named pipe.*not a regular file/),
    ]);
    expect(reasonsFor(warnings, "socket.txt")).toEqual([expect.stringMatching(/socket.*not a regular file/)]);
    // Asked for by name (as a changed file is), the pipe is still refused rather than opened and waited on.
    const single = await loadCorpusFile(dir, "pipe.txt");
    expect(single.articles).toEqual([]);
    expect(single.warnings).toEqual([{ file: "pipe.txt", reason: expect.stringMatching(/named pipe/) }]);
  });

  it("skips a link to a folder named like an article, with a note", async () => {
    const { warnings } = await loadCorpus(dir);
    expect(reasonsFor(warnings, "x.txt")).toEqual([expect.stringMatching(/folder/)]);
  });

  it("refuses a file reached through a linked folder when asked for by name", async () => {
    const single = await loadCorpusFile(dir, "elsewhere/secret.md");
    expect(single.articles).toEqual([]);
    expect(single.warnings).toEqual([
      { file: "elsewhere/secret.md", reason: expect.stringMatching(/outside the corpus directory/) },
    ]);
  });

  it("reads a corpus folder named through a link, judging its files by where the folder really is", async () => {
    const alias = path.join(base, "corpus-link");
    symlinkSync(dir, alias);
    const { articles, warnings } = await loadCorpus(alias);
    expect(articles.map((a) => a.id).sort()).toEqual(["bridge.txt", "ferry-link.txt", "sub/ferry.txt"]);
    expect(reasonsFor(warnings, "passwd.txt")).toEqual([
      expect.stringMatching(/outside the corpus directory/),
    ]);
  });

  it("lists only what it would read", async () => {
    const listed = await listCorpusFiles(dir);
    expect(listed.map((f) => f.file)).toEqual(["bridge.txt", "ferry-link.txt", "sub/ferry.txt"]);
  });
});

describe("a file name that is not valid UTF-8", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "verbatim-boundary-name-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, "good.txt"), article("Tram line", "The tram runs late tonight."));
  // Linux keeps file names as bytes: 0xFF never occurs in UTF-8.
  writeFileSync(
    Buffer.from([...Buffer.from(dir), 0x2f, 0xff, 0x2e, 0x74, 0x78, 0x74]),
    article("Odd", "Odd."),
  );

  it("is reported as such, not as a missing file", async () => {
    const { articles, warnings } = await loadCorpus(dir);
    expect(articles.map((a) => a.id)).toEqual(["good.txt"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.reason).toMatch(/file name is not valid UTF-8/);
    expect(warnings[0]?.reason).not.toContain("ENOENT");
  });
});
