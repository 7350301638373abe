import { beforeAll, describe, expect, it } from "vitest";
import { examplesFrom, helpReply, plain, type Reply, verifyCommand } from "../../commands/index.js";
import { type CorpusService, inProcessCorpus } from "../../src/core/corpus-service.js";
import { openEngine } from "../../src/core/engine.js";
import { silentLogger, systemClock } from "../../src/core/logger.js";
import { fakeEngine } from "../fakes/fake-engine.js";

let corpus: CorpusService;
beforeAll(async () => {
  const engine = await openEngine({ corpusDir: "corpus" });
  corpus = inProcessCorpus(() => engine);
});

const lines = (reply: Reply) => reply.sections.flatMap((s) => s.items.map(plain));

describe("help", () => {
  it("gives examples from the corpus being served, each answering as the help says it will", async () => {
    const examples = await examplesFrom(corpus);
    expect(examples.speaker).not.toBe(examples.otherSpeaker);
    const context = { corpus, logger: silentLogger, clock: systemClock };
    const requester = { frontEnd: "slack" as const };
    const asked = await verifyCommand.run({ quote: examples.quote }, context, requester);
    expect(asked.title).toBe("Verified");
    expect(
      asked.fields
        .find((f) => f.label === "Speaker")
        ?.value.map((v) => v.text)
        .join(""),
    ).toBe(examples.speaker);
    const misattributed = await verifyCommand.run(
      { quote: examples.quote, speaker: examples.otherSpeaker },
      context,
      requester,
    );
    expect(misattributed.title).toBe("Misattributed");
  });

  it("writes each command the way the platform takes it", async () => {
    const examples = { quote: "All is well", speaker: "Donald Trump", otherSpeaker: "Mike Pompeo" };
    const slack = lines(helpReply("slack", examples, 2225));
    expect(slack).toContain("/verify All is well — who said it, where and when, with links to the articles");
    expect(
      slack.some((l) => l.startsWith('/verify "All is well" — Mike Pompeo — also checks who said it')),
    ).toBe(true);
    expect(slack.some((l) => l.startsWith("/quotes Donald Trump — "))).toBe(true);
    expect(slack.some((l) => l.includes("⋯ menu"))).toBe(true);
    const discord = lines(helpReply("discord", examples));
    expect(discord.some((l) => l.startsWith("/verify quote:All is well speaker:Mike Pompeo — "))).toBe(true);
    expect(discord.some((l) => l.startsWith("/quotes speaker:Donald Trump — "))).toBe(true);
    expect(discord.some((l) => l.startsWith("Apps → Verify quote"))).toBe(true);
    expect(helpReply("slack", examples, 2225).summary).toContain("2,225 news articles");
  });

  it("explains every verdict", () => {
    const reply = helpReply("slack", { quote: "q", speaker: "a", otherSpeaker: "b" });
    const verdicts = reply.sections.find((s) => s.heading === "What the answers mean");
    expect(verdicts?.items.map((item) => item[0]?.text)).toEqual([
      "✅ Verified",
      "🟡 Said, with different wording",
      "✏️ Misquoted — the wording changes the meaning",
      "🧩 Only partly supported",
      "❔ Quoted, but no source clearly names the speaker",
      "🔀 Misattributed",
      "📰 Not a quotation — the reporter's words",
      "❌ Not found",
    ]);
  });

  it("falls back to the seed corpus's examples when the corpus has too few speakers", async () => {
    const empty = inProcessCorpus(() => fakeEngine([]));
    expect(await examplesFrom(empty)).toEqual({
      quote: "We do not seek escalation or war",
      speaker: "Javad Zarif",
      otherSpeaker: "Mike Pompeo",
    });
  });
});
