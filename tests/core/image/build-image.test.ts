/**
 * The corpus image holds exactly what loading and attribution produce, and a rebuild that copies unchanged files
 * from the previous image answers exactly as a build from scratch.
 */
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../../src/core/corpus/load-corpus.js";
import { createEngine } from "../../../src/core/engine.js";
import { buildImage } from "../../../src/core/image/build-image.js";
import { documentNotes, noteOf } from "../../../src/core/image/document-notes.js";
import { attributeCorpus } from "../../../src/core/speakers/attribute-corpus.js";
import type { Article, Quote, Speaker, VerifyQuery } from "../../../src/core/types.js";

const QUERIES: VerifyQuery[] = [
  { quote: "All is well" },
  { quote: "We do not seek escalation or war", speaker: "Mike Pompeo" },
  { quote: "Iran took and concluded proportionate measures in self defence" },
  { quote: "The harbour wall will be finished by spring" },
  { quote: "the ferry timetable stays as it is" },
];

const NEW_ARTICLE =
  '---\ntitle: Harbour plan\nsource: Coast Gazette\ndate: 2020-01-09\n---\n"The harbour wall will be finished by spring," Mayor Ines Okafor said. "The ferry timetable stays as it is," she added.\n';

describe("buildImage", () => {
  let articles: Article[];
  let quotes: Quote[];
  let speakers: Speaker[];
  let dir: string;
  beforeAll(async () => {
    ({ articles } = await loadCorpus("corpus"));
    ({ quotes, speakers } = attributeCorpus(articles));
    dir = mkdtempSync(join(tmpdir(), "verbatim-image-"));
    cpSync("corpus", dir, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("holds the articles, quotations and speakers that loading and attribution produce", async () => {
    const { image, read, reused } = await buildImage("corpus");
    const engine = createEngine(image);
    expect(engine.articles).toEqual(articles);
    expect(engine.quotes).toEqual(quotes);
    expect(engine.speakers).toEqual(speakers);
    expect([read, reused]).toEqual([articles.length, 0]);
    expect([...documentNotes(image)]).toEqual(articles.map(noteOf));
  });

  it("after a file is added, edited and removed, copies the rest and answers as a build from scratch", async () => {
    const first = await buildImage(dir);
    writeFileSync(join(dir, "003b-harbour.txt"), NEW_ARTICLE);
    unlinkSync(join(dir, articles[0]!.file));
    const edited = articles[1]!;
    writeFileSync(join(dir, edited.file), `${edited.body}\n\nA closing line added later.\n`);
    const rebuilt = await buildImage(dir, { previous: first.image });
    const fresh = await buildImage(dir);
    expect([rebuilt.read, rebuilt.reused]).toEqual([2, articles.length - 2]);
    const [a, b] = [createEngine(rebuilt.image), createEngine(fresh.image)];
    expect(a.articles).toEqual(b.articles);
    expect(a.quotes).toEqual(b.quotes);
    expect(a.speakers).toEqual(b.speakers);
    expect(a.warnings).toEqual(b.warnings);
    for (const query of QUERIES) expect(a.verify(query)).toEqual(b.verify(query));
    expect(a.verify(QUERIES[3]!).speaker).toBe("Ines Okafor");
    expect(a.quotesBy("Ines Okafor")).toEqual(b.quotesBy("Ines Okafor"));
  });
});
