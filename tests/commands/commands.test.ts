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

  it("turns bad input into a friendly reply that cannot be shared", async () => {
    const reply = await verifyCommand.run({ quote: "   " }, context(), requester);
    expect(reply.kind).toBe("error");
    expect(reply.summary).toContain("Give me a quotation");
    expect(reply.shareable).toBe(false);
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
    expect(reply.pagination).toMatchObject({ page: 1, command: "quotes", argument: "Mohammad Javad Zarif" });
    const second = await quotesCommand.run({ speaker: "zarif", page: 2 }, context(), requester);
    expect(second.sections[0]?.heading).toMatch(/^Page 2 of/);
  });

  it("suggests names when nobody matches", async () => {
    const reply = await quotesCommand.run({ speaker: "Xq Zzyzx" }, context(), requester);
    expect(reply.kind).toBe("error");
    expect(reply.summary).toContain("I have no quotations from “Xq Zzyzx”");
  });
});
