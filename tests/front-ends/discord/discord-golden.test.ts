import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEngine } from "../../../src/core/engine.js";
import {
  type BotHarness,
  buttonsOf,
  embedOf,
  fieldValue,
  messageBody,
  readable,
  startBotHarness,
} from "../../fakes/discord/bot-harness.js";
import { autocomplete, messageCommand, slashCommand } from "../../fakes/discord/interaction-payloads.js";

/** The golden answers on the bundled seed corpus, as a Discord user reads them. */

let harness: BotHarness;

beforeAll(async () => {
  harness = await startBotHarness(await openEngine({ corpusDir: "corpus" }));
});

afterAll(async () => {
  await harness?.close();
});

async function ask(options: Record<string, string | undefined>) {
  const payload = slashCommand("verify", options);
  await harness.fake.interact(payload);
  expect((await harness.fake.callback(payload)).body).toEqual({ type: 5, data: { flags: 64 } });
  const edit = await harness.fake.edit(payload);
  expect(messageBody(edit).allowed_mentions).toEqual({ parse: [] });
  return embedOf(edit);
}

function sourceLines(value: string | undefined): string[] {
  return (value ?? "").split("\n").filter((line) => line && !line.startsWith("_…and"));
}

describe("golden answers on the seed corpus, through Discord", () => {
  it("“All is well” is verified, said by Donald Trump, in two sources", async () => {
    const embed = await ask({ quote: "All is well" });
    expect(embed.title).toBe("✅ Verified");
    expect(fieldValue(embed, "Speaker")).toBe("**Donald Trump**");
    const sources = fieldValue(embed, "Sources");
    expect(sourceLines(sources)).toHaveLength(2);
    expect(sources).toContain("TIME");
    expect(sources).toContain("NBC News");
  });

  it("Zarif's statement with different wording is a variant, with the differences marked", async () => {
    const embed = await ask({ quote: "Iran took and concluded proportionate measures in self defence" });
    expect(embed.title).toBe("🟡 Said, with different wording");
    expect(fieldValue(embed, "Speaker")).toBe("**Mohammad Javad Zarif**");
    expect(sourceLines(fieldValue(embed, "Sources"))).toHaveLength(3);
    expect(fieldValue(embed, "Wording in the sources")).toMatch(/~~[^~]+~~|\*\*[^*]+\*\*/);
  });

  it("a Zarif quotation claimed for Mike Pompeo is misattributed and names Zarif", async () => {
    const embed = await ask({ quote: "We do not seek escalation or war", speaker: "Mike Pompeo" });
    expect(embed.title).toBe("🔀 Misattributed");
    expect(readable(embed)).toContain("Zarif");
    expect(fieldValue(embed, "Claimed speaker")).toContain("Pompeo");
  });

  it("Zarif's words without their negation are misquoted, the change shown first in plain words", async () => {
    const embed = await ask({ quote: "We seek escalation or war", speaker: "Mohammad Javad Zarif" });
    expect(embed.title).toBe("✏️ Misquoted — the wording changes the meaning");
    expect(fieldValue(embed, "Speaker")).toBe("**Mohammad Javad Zarif**");
    expect(embed.description).toContain("the source says “not seek”, not “We seek”");
    expect(fieldValue(embed, "What differs from the source")).toBe(
      "**Negation changed:** the source says **“not seek”**, not “We seek”",
    );
  });

  it("an official's words claimed for Mike Pompeo are not verified: no source clearly names the speaker", async () => {
    const embed = await ask({ quote: "We could have done it and we didn't do it", speaker: "Mike Pompeo" });
    expect(embed.title).toBe("❔ Quoted, but no source clearly names the speaker");
    expect(readable(embed)).toContain("cannot confirm Mike Pompeo");
    expect(fieldValue(embed, "Claimed speaker")).toBe("Mike Pompeo");
  });

  it("the reporter's own words are recognised as not a quotation", async () => {
    const embed = await ask({ quote: "Iran's missiles intentionally missed areas populated by Americans" });
    expect(embed.title).toBe("📰 Not a quotation — the reporter's words");
  });

  it("an invented sentence is not found", async () => {
    const embed = await ask({ quote: "The moon is made of green cheese and we will mine it next year" });
    expect(embed.title).toBe("❌ Not found");
  });

  it("the message action checks the quoted words of a message", async () => {
    const payload = messageCommand("Verify quote", "Apparently Trump tweeted “All is well” that night");
    await harness.fake.interact(payload);
    const edit = await harness.fake.edit(payload);
    expect(embedOf(edit).title).toBe("✅ Verified");
    expect(buttonsOf(edit).map((b) => b.label)).toEqual(["Share in channel"]);
  });

  it("suggests Zarif's canonical name while the speaker is typed", async () => {
    const payload = autocomplete("verify", { quote: "x", speaker: "zarif" }, "speaker");
    await harness.fake.interact(payload);
    const body = (await harness.fake.callback(payload)).body as { data: { choices: { name: string }[] } };
    expect(body.data.choices.map((c) => c.name)).toContain("Mohammad Javad Zarif");
  });

  it("/quotes lists Zarif's quotations", async () => {
    const payload = slashCommand("quotes", { speaker: "Javad Zarif" });
    await harness.fake.interact(payload);
    const embed = embedOf(await harness.fake.edit(payload));
    expect(embed.title).toBe("🗂️ Quotations from Mohammad Javad Zarif");
    expect(readable(embed)).toMatch(/escalation or war/i);
  });
});
