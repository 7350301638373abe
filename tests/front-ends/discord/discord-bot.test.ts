import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandMessages } from "../../../commands/index.js";
import {
  type BotHarness,
  buttonsOf,
  embedOf,
  fieldValue,
  messageBody,
  readable,
  startBotHarness,
} from "../../fakes/discord/bot-harness.js";
import { BOT_TOKEN } from "../../fakes/discord/fake-discord.js";
import {
  autocomplete,
  buttonClick,
  messageCommand,
  slashCommand,
} from "../../fakes/discord/interaction-payloads.js";
import { type FakeQuote, fakeEngine } from "../../fakes/fake-engine.js";

const PING = /@(everyone|here)\b|<@[!&]?\d+>|<#\d+>/;

const zarif = (i: number): FakeQuote => ({
  text: `Statement number ${i} on the strikes`,
  speaker: "Mohammad Javad Zarif",
  source: "Reuters",
  title: `Zarif speaks ${i}`,
  url: `https://www.reuters.com/zarif-${i}`,
  date: `2020-01-${String(10 + i).padStart(2, "0")}`,
});

const known: FakeQuote[] = [
  {
    text: "All is well",
    speaker: "Donald Trump",
    source: "NBC News",
    title: "Iran strikes back",
    url: "https://www.nbcnews.com/iran",
    date: "2020-01-08",
  },
  ...Array.from({ length: 7 }, (_, i) => zarif(i)),
  ...Array.from({ length: 30 }, (_, i) => ({
    ...zarif(0),
    speaker: `Spokesperson ${String(i).padStart(2, "0")}`,
  })),
  { ...zarif(0), speaker: `Spokesperson ${"of the ministry ".repeat(10)}` },
];

const engine = fakeEngine(known, {
  beforeVerify: (query) => {
    if (query.quote === "trigger an internal failure") throw new Error("index file is corrupted");
  },
});

let harness: BotHarness;

beforeAll(async () => {
  harness = await startBotHarness(engine);
});

afterAll(async () => {
  await harness?.close();
});

async function verify(options: Record<string, string | undefined>) {
  const payload = slashCommand("verify", options);
  const sentAt = Date.now();
  await harness.fake.interact(payload);
  const callback = await harness.fake.callback(payload);
  const edit = await harness.fake.edit(payload);
  return { payload, sentAt, callback, edit };
}

describe("Discord front end against a fake Discord", () => {
  it("reports its gateway connection as ready once connected", () => {
    expect(harness.bot.status()).toEqual({ ok: true, detail: "connected" });
  });

  it("connects over JSON with the Guilds intent only", () => {
    const [first] = harness.fake.gateway.connections;
    expect(first?.query).toEqual({ v: "10", encoding: "json" });
    expect(harness.fake.gateway.identifies[0]?.intents).toBe(1);
  });

  it("acknowledges /verify privately at once, then shows the answer with a Share button", async () => {
    const { callback, edit } = await verify({ quote: "All is well", speaker: "Trump" });
    // Deferred before any work: the acknowledgement never waits for the answer.
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const embed = embedOf(edit);
    expect(embed.title).toBe("✅ Verified");
    expect(fieldValue(embed, "Speaker")).toBe("**Donald Trump**");
    expect(fieldValue(embed, "Sources")).toContain(
      "[NBC News — Iran strikes back](https://www.nbcnews.com/iran)",
    );
    expect(messageBody(edit).allowed_mentions).toEqual({ parse: [] });
    expect(buttonsOf(edit).map((b) => b.label)).toEqual(["Share in channel"]);
  });

  it("answers /verify without a quotation with how to use Verbatim, in Discord's syntax", async () => {
    const { callback, edit } = await verify({});
    expect(callback.body).toEqual({ type: 5, data: { flags: 64 } });
    const embed = embedOf(edit);
    expect(embed.title).toBe("👋 Verbatim checks quotations");
    const shown = readable(embed);
    expect(shown).toContain("/verify quote:");
    expect(shown).toContain("/quotes speaker:");
    expect(shown).toContain("Apps → Verify quote");
    expect(shown).toContain("Misattributed");
    expect(shown).not.toContain('/verify "');
    expect(buttonsOf(edit)).toEqual([]);
  });

  it('reads a pasted `"QUOTE" — SPEAKER` in the quote box', async () => {
    const { edit } = await verify({ quote: "“All is well” — Mike Pompeo" });
    const embed = embedOf(edit);
    expect(embed.title).toBe("🔀 Misattributed");
    expect(fieldValue(embed, "Claimed speaker")).toBe("Mike Pompeo");
  });

  it("drops the quotation marks around a quote and prefers the speaker box", async () => {
    const { edit } = await verify({ quote: "“All is well” — Mike Pompeo", speaker: "Donald Trump" });
    const embed = embedOf(edit);
    expect(embed.title).toBe("✅ Verified");
    expect(embed.description?.startsWith("> All is well\n")).toBe(true);
  });

  it("neutralises mentions in what the user typed", async () => {
    const { edit } = await verify({ quote: "@everyone <@123456789012345678> <@&123456789012345678> @here" });
    // Everything shown; button ids carry the request back to the bot and are never displayed.
    expect(JSON.stringify(embedOf(edit))).not.toMatch(PING);
    expect(embedOf(edit).title).toBe("❌ Not found");
    expect(messageBody(edit).allowed_mentions).toEqual({ parse: [] });
  });

  it("answers a 5,000-character quote with a friendly message", async () => {
    const quote = `${"Many words to check ".repeat(250).trim()}!`;
    expect(quote).toHaveLength(5000);
    const { edit } = await verify({ quote });
    const embed = embedOf(edit);
    expect(embed.title).toBe("⚠️ I couldn't check that");
    expect(embed.description).toContain("5,000 characters; I check quotations of up to 1,500");
  });

  it("suggests at most 25 speakers, each name within 100 characters", async () => {
    const all = autocomplete("verify", { quote: "x", speaker: "" }, "speaker");
    await harness.fake.interact(all);
    const body = (await harness.fake.callback(all)).body as {
      type: number;
      data: { choices: { name: string }[] };
    };
    expect(body.type).toBe(8);
    expect(body.data.choices).toHaveLength(25);
    const some = autocomplete("quotes", { speaker: "zari" }, "speaker");
    await harness.fake.interact(some);
    const answer = (await harness.fake.callback(some)).body as {
      data: { choices: { name: string; value: string }[] };
    };
    expect(answer.data.choices).toEqual([{ name: "Mohammad Javad Zarif", value: "Mohammad Javad Zarif" }]);
    const long = autocomplete("quotes", { speaker: "ministry" }, "speaker");
    await harness.fake.interact(long);
    const longAnswer = (await harness.fake.callback(long)).body as { data: { choices: { name: string }[] } };
    expect(longAnswer.data.choices[0]?.name.length).toBeLessThanOrEqual(100);
  });

  it("verifies the quoted words of a message from the context menu", async () => {
    const payload = messageCommand("Verify quote", "Did he really say “All is well” after the strikes?");
    await harness.fake.interact(payload);
    expect((await harness.fake.callback(payload)).body).toEqual({ type: 5, data: { flags: 64 } });
    const embed = embedOf(await harness.fake.edit(payload));
    expect(embed.title).toBe("✅ Verified");
    expect(embed.description?.startsWith("> All is well")).toBe(true);
  });

  it("says kindly when a message has no text to check", async () => {
    const payload = messageCommand("Verify quote", "");
    await harness.fake.interact(payload);
    expect(readable(embedOf(await harness.fake.edit(payload)))).toContain(
      "That message has no text to check",
    );
  });

  it("shares an answer in the channel and disables the button on the private copy", async () => {
    const { edit } = await verify({ quote: "All is well" });
    const shareId = buttonsOf(edit)[0]?.custom_id ?? "";
    const click = buttonClick(shareId);
    await harness.fake.interact(click);
    const update = await harness.fake.callback(click);
    expect((update.body as { type: number }).type).toBe(7);
    expect(buttonsOf(update)).toEqual([
      expect.objectContaining({ label: "Shared in channel", disabled: true }),
    ]);
    const posted = await harness.fake.followUp(click);
    const body = messageBody(posted);
    expect(body.flags ?? 0).toBe(0);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.components).toEqual([]);
    expect(embedOf(posted).title).toBe("✅ Verified");
    expect(embedOf(posted).footer?.text).toBe("Shared by Curious Reader");
  });

  it("says so kindly when the shared answer is no longer kept", async () => {
    const click = buttonClick("vb:share:forgottenKey1");
    await harness.fake.interact(click);
    const reply = await harness.fake.callback(click);
    expect((reply.body as { type: number; data: { flags: number } }).data.flags).toBe(64);
    expect(embedOf(reply).title).toBe("⌛ That button no longer works");
    expect(embedOf(reply).description).toBe(commandMessages.ACTION_EXPIRED());
    expect(messageBody(reply).allowed_mentions).toEqual({ parse: [] });
  });

  it("pages through /quotes with the Next button", async () => {
    const payload = slashCommand("quotes", { speaker: "Zarif" });
    await harness.fake.interact(payload);
    const first = await harness.fake.edit(payload);
    expect(fieldValue(embedOf(first), "Page 1 of 2")).toContain("Statement number 6");
    const next = buttonsOf(first).find((b) => b.label === "Next")?.custom_id ?? "";
    const click = buttonClick(next);
    await harness.fake.interact(click);
    expect(((await harness.fake.callback(click)).body as { type: number }).type).toBe(6);
    const second = embedOf(await harness.fake.edit(click));
    expect(fieldValue(second, "Page 2 of 2")).toContain("Statement number 0");
    expect(fieldValue(second, "Page 2 of 2")).not.toContain("Statement number 6");
  });

  it("logs an interaction that expired and keeps answering the next ones", async () => {
    const payload = slashCommand("verify", { quote: "All is well" });
    harness.fake.rest.failNext("POST", new RegExp(`/interactions/${payload.id}/`), 404, {
      code: 10062,
      message: "Unknown interaction",
    });
    await harness.fake.interact(payload);
    await harness.fake.callback(payload);
    const later = await verify({ quote: "All is well" });
    expect(embedOf(later.edit).title).toBe("✅ Verified");
    const line = harness.logs.find((l) => l.includes("interaction expired"));
    expect(line).toContain('"code":10062');
    expect(line).not.toContain(payload.token);
    expect(harness.fake.trace(payload).edits).toHaveLength(0);
  });

  it("gives a friendly message and logs the context when a command fails inside", async () => {
    const { edit, payload } = await verify({ quote: "trigger an internal failure" });
    expect(embedOf(edit).description).toBe(commandMessages.INTERNAL_FAILURE());
    const line = harness.logs.find((l) => l.includes("command failed")) ?? "";
    expect(line).toContain("index file is corrupted");
    expect(line).toContain(payload.id);
  });

  it("tells the user something went wrong when Discord refuses the answer", async () => {
    const payload = slashCommand("verify", { quote: "All is well" });
    harness.fake.rest.failNext("PATCH", new RegExp(`/${payload.token}/messages/`), 400, {
      code: 50035,
      message: "Invalid Form Body",
    });
    await harness.fake.interact(payload);
    const notice = await harness.fake.followUp(payload);
    expect(messageBody(notice).flags).toBe(64);
    expect(embedOf(notice).description).toBe(commandMessages.INTERNAL_FAILURE());
    const line = harness.logs.find((l) => l.includes("interaction handler failed")) ?? "";
    expect(line).toContain('"code":50035');
    expect(line).not.toContain(payload.token);
  });

  it("survives a dropped gateway connection: resumes and answers a later interaction", async () => {
    const before = harness.fake.gateway.connections.length;
    harness.fake.gateway.drop();
    const { edit } = await verify({ quote: "All is well" });
    expect(embedOf(edit).title).toBe("✅ Verified");
    const latest = harness.fake.gateway.connections.at(-1);
    expect(harness.fake.gateway.connections.length).toBeGreaterThan(before);
    expect(latest?.opened).toBe("resume");
    expect(harness.logs.some((l) => l.includes("Discord gateway connection resumed"))).toBe(true);
    expect(harness.bot.status()).toEqual({ ok: true, detail: "connected" });
  });

  it("starts a fresh session when Discord closes the connection normally", async () => {
    const identifies = harness.fake.gateway.identifies.length;
    harness.fake.gateway.closeLive(1000, "restarting");
    const { edit } = await verify({ quote: "All is well" });
    expect(embedOf(edit).title).toBe("✅ Verified");
    expect(harness.fake.gateway.connections.at(-1)?.opened).toBe("identify");
    expect(harness.fake.gateway.identifies.length).toBe(identifies + 1);
  });

  it("never writes the bot token to the log", () => {
    expect(harness.logs.join("")).not.toContain(BOT_TOKEN);
  });
});
