import { beforeAll, describe, expect, it } from "vitest";
import type { CheckRecord, CommandContext } from "../../commands/index.js";
import { plain, quotesCommand, verifyCommand } from "../../commands/index.js";
import { inProcessCorpus } from "../../src/core/corpus-service.js";
import { openEngine } from "../../src/core/engine.js";
import { silentLogger, systemClock } from "../../src/core/logger.js";
import type { Engine } from "../../src/core/types.js";

let engine: Engine;
const checks: CheckRecord[] = [];
const requester = { frontEnd: "cli" as const, channelId: "C1", userId: "U1" };

beforeAll(async () => {
  engine = await openEngine({ corpusDir: "corpus" });
});

function context(extra: Partial<CommandContext> = {}): CommandContext {
  return {
    corpus: inProcessCorpus(() => engine),
    logger: silentLogger,
    clock: systemClock,
    recordCheck: async (check) => {
      checks.push(check);
    },
    ...extra,
  };
}

describe("verifyCommand", () => {
  it("answers with the verdict, the speaker and the sources, and records the check", async () => {
    const reply = await verifyCommand.run({ quote: "@channel All is well" }, context(), requester);
    expect(reply.title).toBe("Verified");
    expect(reply.quote).toBe("All is well");
    expect(reply.fields.map((f) => `${f.label}: ${plain(f.value)}`)).toContain("Speaker: Donald Trump");
    const sources = reply.sections.find((s) => s.heading === "Sources");
    expect(sources?.items.map(plain).join("\n")).toContain("NBC News — Iran leaves Trump an off-ramp");
    expect(checks.at(-1)).toMatchObject({ verdict: "verified", speaker: "Donald Trump", channelId: "C1" });
  });

  it("shows the real speaker of a misattributed quote", async () => {
    const reply = await verifyCommand.run(
      { quote: "We do not seek escalation or war", speaker: "Mike Pompeo" },
      context(),
      requester,
    );
    expect(reply.title).toBe("Misattributed");
    expect(reply.summary).toContain("Mohammad Javad Zarif");
    expect(reply.fields.map((f) => f.label)).toContain("Claimed speaker");
  });

  it("checks a quotation pasted with its attribution as the words and the claimed speaker", async () => {
    const right = verifyCommand.fromOptions({ quote: '"All is well," Trump said' });
    expect(right).toEqual({ quote: "All is well", speaker: "Trump" });
    const reply = await verifyCommand.run(right, context(), requester);
    expect(reply.title).toBe("Verified");
    const wrong = verifyCommand.fromOptions({ quote: 'Barack Obama said: "All is well"' });
    const misattributed = await verifyCommand.run(wrong, context(), requester);
    expect(misattributed.title).toBe("Misattributed");
    expect(misattributed.summary).toContain("not Barack Obama");
  });

  it("turns bad input into a friendly reply that cannot be shared", async () => {
    const reply = await verifyCommand.run({ quote: "   " }, context(), requester);
    expect(reply.kind).toBe("error");
    expect(reply.summary).toContain('verbatim verify "All is well"');
    expect(reply.actions ?? []).toEqual([]);
    const chat = await verifyCommand.run({ quote: "?!…" }, context(), { frontEnd: "slack" });
    expect(chat.summary).toContain("no words to check");
  });

  it("still answers when the record of checks fails", async () => {
    const failing = context({
      recordCheck: async () => {
        throw new Error("database down");
      },
    });
    const reply = await verifyCommand.run({ quote: "All is well" }, failing, requester);
    expect(reply.title).toBe("Verified");
  });
});

describe("quotesCommand", () => {
  it("lists a speaker's quotations newest first, a page at a time", async () => {
    const reply = await quotesCommand.run({ speaker: "zarif" }, context(), requester);
    expect(reply.title).toBe("Quotations from Mohammad Javad Zarif");
    expect(reply.sections[0]?.items.length).toBeLessThanOrEqual(5);
    expect(reply.summary).toMatch(/^\d+ quotations from \d+ articles?, newest first\.$/);
    const next = reply.actions?.find((a) => a.kind === "next");
    expect(next?.request).toEqual({ command: "quotes", input: { speaker: "Mohammad Javad Zarif", page: 2 } });
    expect(reply.actions?.map((a) => a.kind)).toEqual(["next", "share"]);
    const second = await quotesCommand.run({ speaker: "zarif", page: 2 }, context(), requester);
    expect(second.sections[0]?.heading).toMatch(/^Page 2 of/);
  });

  it("counts the articles a speaker's quotations come from, each once", async () => {
    const reply = await quotesCommand.run({ speaker: "zarif", pageSize: 1000 }, context(), requester);
    const items = reply.data as { document: string }[];
    const articles = new Set(items.map((item) => item.document)).size;
    expect(reply.summary).toBe(
      `${items.length} quotations from ${articles} article${articles === 1 ? "" : "s"}, newest first.`,
    );
  });

  it("without a name, shows the corpus's speakers and how to name one", async () => {
    const reply = await quotesCommand.run({ speaker: "" }, context(), { frontEnd: "slack" });
    expect(reply.title).toBe("Speakers in the corpus");
    expect(reply.summary).toMatch(
      /^\d+ quotations from 5 articles, by \d+ speakers\. Name a speaker, e.g\. \/quotes Javad Zarif\.$/,
    );
    expect(reply.sections[0]?.items.map(plain)).toContain(
      `Donald Trump · ${engine.speakers.find((s) => s.name === "Donald Trump")?.quoteCount} quotations`,
    );
  });

  it("suggests names when nobody matches", async () => {
    const reply = await quotesCommand.run({ speaker: "Xq Zzyzx" }, context(), requester);
    expect(reply.kind).toBe("error");
    expect(reply.summary).toContain("I have no quotations from “Xq Zzyzx”");
  });
});
