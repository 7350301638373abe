import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { plain, type Reply } from "../../commands/reply.js";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import { silentLogger } from "../../src/core/logger.js";
import { buildDigest } from "../../src/scheduler/build-digest.js";
import { openStorage } from "../../src/storage/open-storage.js";
import type { Storage } from "../../src/storage/storage.js";
import { articleWithQuotes, fakeEngine } from "../fakes/fake-engine.js";
import { freshDataDir } from "./scheduler-harness.js";

const before = new Date("2024-06-01T12:00:00Z");
const from = new Date("2024-06-03T08:00:00Z");
const during = new Date("2024-06-03T12:00:00Z");
const to = new Date("2024-06-04T08:00:00Z");

const old = articleWithQuotes(
  { id: "nbc/old.txt", title: "Iran responds", source: "NBC News", date: "2020-01-08" },
  [{ speaker: "Javad Zarif", text: "We do not seek escalation nor war" }],
);
const fresh = articleWithQuotes(
  {
    id: "bbc/new.txt",
    title: "Missiles hit bases",
    source: "BBC",
    date: "2020-01-09",
    url: "https://bbc.example/a",
  },
  [
    { speaker: "Javad Zarif", text: "We do not seek escalation or war" },
    { speaker: "Donald Trump", text: "All is well with our troops tonight" },
  ],
);
const unquoted = articleWithQuotes(
  { id: "cnn/brief.txt", title: "Markets calm", source: "CNN", date: "2020-01-09" },
  [],
);
const removed = articleWithQuotes(
  { id: "gone.txt", title: "Withdrawn story", source: "AP", date: "2020-01-09" },
  [],
);

const everything = (reply: Reply) =>
  [reply.title, reply.summary, reply.footer, ...reply.fields.map((f) => `${f.label}: ${plain(f.value)}`)]
    .concat(reply.sections.flatMap((s) => [s.heading, ...s.items.map(plain)]))
    .join("\n");

describe("buildDigest", () => {
  let dataDir: string;
  let storage: Storage;
  const engine = fakeEngine({
    articles: [old.article, fresh.article, unquoted.article],
    quotes: [...old.quotes, ...fresh.quotes, ...unquoted.quotes],
  });
  const corpus = inProcessCorpus(() => engine);

  beforeAll(async () => {
    dataDir = await freshDataDir();
    storage = await openStorage({ dataDir, logger: silentLogger });
    await storage.noteDocuments([old.article], before);
    await storage.noteDocuments([old.article, fresh.article, unquoted.article, removed.article], during);
    const check = { frontEnd: "slack" as const, userId: "U1", channelId: "C1" };
    await storage.recordCheck({
      ...check,
      quote: "All is well",
      speaker: "Donald Trump",
      verdict: "verified",
      at: during,
    });
    await storage.recordCheck({
      ...check,
      quote: "all is well",
      speaker: "Donald Trump",
      verdict: "verified",
      at: during,
    });
    await storage.recordCheck({
      ...check,
      quote: "We want war",
      speaker: null,
      verdict: "not_found",
      at: during,
    });
    await storage.recordCheck({
      ...check,
      quote: "Before the period",
      speaker: null,
      verdict: "not_found",
      at: before,
    });
  });
  afterAll(async () => {
    await storage.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("lists the period's new articles with outlet, date, link and who is quoted", async () => {
    const reply = (await buildDigest({ corpus, storage, from, to }))!;
    expect(reply.kind).toBe("digest");
    const articles = reply.sections.find((s) => s.heading === "New articles");
    expect(articles?.items.map(plain)).toEqual([
      "Missiles hit bases — BBC · 2020-01-09 · 2 quotations from Javad Zarif, Donald Trump",
      "Markets calm — CNN · 2020-01-09",
    ]);
    expect(articles?.items[0]?.[0]).toEqual({ text: "Missiles hit bases", href: "https://bbc.example/a" });
    expect(everything(reply)).not.toContain("Iran responds");
    expect(everything(reply)).not.toContain("Withdrawn story");
  });

  it("shows notable quotations with their speakers", async () => {
    const reply = (await buildDigest({ corpus, storage, from, to }))!;
    const quotes = reply.sections.find((s) => s.heading === "Notable quotations");
    expect(quotes?.items.map(plain)).toContain("“We do not seek escalation or war” — Javad Zarif, BBC");
    expect(quotes?.items.map(plain)).toContain("“All is well with our troops tonight” — Donald Trump, BBC");
  });

  it("shows a quotation worded differently by two outlets, with each wording and its source", async () => {
    const reply = (await buildDigest({ corpus, storage, from, to }))!;
    const differing = reply.sections.find((s) => s.heading === "Worded differently across outlets");
    expect(differing?.items.map(plain)).toHaveLength(1);
    const line = plain(differing!.items[0]!);
    expect(line).toContain("Javad Zarif");
    expect(line).toContain("“We do not seek escalation or war” (BBC)");
    expect(line).toContain("“We do not seek escalation nor war” (NBC News)");
  });

  it("counts the period's checks by verdict and ranks the most-checked quotations", async () => {
    const reply = (await buildDigest({ corpus, storage, from, to }))!;
    expect(reply.summary).toBe("2 new articles · 2 quotations · 1 quotation worded differently · 3 checks.");
    expect(everything(reply)).toContain("Checks by verdict: ✅ Verified: 2 · ❌ Not found: 1");
    const checked = reply.sections.find((s) => s.heading === "Most-checked quotations");
    expect(checked?.items.map(plain)).toEqual([
      "“all is well” — 2 checks · ✅ Verified · Donald Trump",
      "“We want war” — 1 check · ❌ Not found",
    ]);
    expect(reply.footer).toBe("3 Jun 2024, 08:00 – 4 Jun 2024, 08:00 (UTC)");
  });

  it("shows misquoted and unattributed checks under their own headings, in verdict order", async () => {
    const later = { from: new Date("2024-06-20T08:00:00Z"), to: new Date("2024-06-21T08:00:00Z") };
    const at = new Date("2024-06-20T12:00:00Z");
    const check = { frontEnd: "discord" as const, userId: "U2", channelId: "C2", at };
    await storage.recordCheck({
      ...check,
      quote: "We seek escalation",
      speaker: "Javad Zarif",
      verdict: "misquoted",
    });
    await storage.recordCheck({ ...check, quote: "We did it", speaker: null, verdict: "unattributed" });
    await storage.recordCheck({
      ...check,
      quote: "All is well",
      speaker: "Donald Trump",
      verdict: "verified",
    });
    const reply = (await buildDigest({ corpus, storage, ...later }))!;
    expect(everything(reply)).toContain(
      "Checks by verdict: ✅ Verified: 1 · ✏️ Misquoted — the wording changes the meaning: 1 · ❔ Quoted, but no source clearly names the speaker: 1",
    );
    const checked = reply.sections.find((s) => s.heading === "Most-checked quotations");
    expect(checked?.items.map(plain)).toContain(
      "“We seek escalation” — 1 check · ✏️ Misquoted — the wording changes the meaning · Javad Zarif",
    );
  });

  it("writes the period in the digest's time zone", async () => {
    const reply = (await buildDigest({ corpus, storage, from, to, timezone: "America/New_York" }))!;
    expect(reply.footer).toBe("3 Jun 2024, 04:00 – 4 Jun 2024, 04:00 (America/New_York)");
  });

  it("says in one line that a quiet period was quiet, or gives nothing to post with quiet=skip", async () => {
    const quietFrom = new Date("2024-06-10T08:00:00Z");
    const quietTo = new Date("2024-06-11T08:00:00Z");
    const note = await buildDigest({ corpus, storage, from: quietFrom, to: quietTo });
    expect(note?.title).toBe("Digest: nothing new");
    expect(note?.summary).toBe(
      "No new articles and no checks in 10 Jun 2024, 08:00 – 11 Jun 2024, 08:00 (UTC).",
    );
    expect(note?.sections).toEqual([]);
    expect(await buildDigest({ corpus, storage, from: quietFrom, to: quietTo, quiet: "skip" })).toBeNull();
  });
});
