import { afterEach, describe, expect, it } from "vitest";
import { commandMessages } from "../../../commands/index.js";
import type { Engine } from "../../../src/core/types.js";
import { type FakeQuote, fakeEngine } from "../../fakes/fake-engine.js";
import { blockKitViolations } from "../../fakes/slack/block-limits.js";
import { waitFor } from "../../fakes/slack/fake-slack-api.js";
import { buttons, liveMentions, readable } from "../../fakes/slack/read-message.js";
import { contextFor, type Harness, startHarness } from "../../fakes/slack/slack-harness.js";
import {
  BOT_TOKEN,
  postBurst,
  postSigned,
  SIGNING_SECRET,
  sign,
  slashCommandBody,
} from "../../fakes/slack/slack-requests.js";

const zarif = (text: string, i: number): FakeQuote => ({
  speaker: "Javad Zarif",
  text,
  source: `Outlet ${i}`,
  title: `Iran responds, part ${i}`,
  url: `https://news.example/zarif/${i}`,
  date: `2020-01-${String(i).padStart(2, "0")}`,
});

const data: FakeQuote[] = [
  {
    speaker: "Donald Trump",
    text: "All is well!",
    source: "TIME",
    title: "Iran strikes bases",
    url: "https://time.example/a",
    date: "2020-01-08",
  },
  zarif("We do not seek escalation or war, but will defend ourselves", 8),
  ...Array.from({ length: 11 }, (_, i) => zarif(`Statement number ${i + 1}`, i + 10)),
];

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function start(engine: () => Engine = () => fakeEngine(data)) {
  harness = await startHarness(contextFor(engine));
  return harness;
}

describe("Slack over HTTP", () => {
  it("acknowledges /verify at once and answers privately with a Share button", async () => {
    const h = await start();
    const ack = await h.command("/verify", "All is well", "v1");
    expect(ack.status).toBe(200);
    expect(ack.body).toBe("");
    const answer = await h.answer("v1");
    expect(answer.response_type).toBe("ephemeral");
    const shown = readable(answer);
    expect(shown).toContain("✅ Verified");
    expect(shown).toContain("Donald Trump");
    expect(shown).toContain("<https://time.example/a|TIME — Iran strikes bases>");
    expect(buttons(answer).map((b) => b.text)).toEqual(["Share in channel"]);
    expect(blockKitViolations(answer as { blocks: unknown; text: unknown })).toEqual([]);
  });

  it("reads a claimed speaker after a dash and reports a misattribution", async () => {
    const h = await start();
    await h.command("/verify", "“We do not seek escalation or war” — Mike Pompeo", "m1");
    const shown = readable(await h.answer("m1"));
    expect(shown).toContain("Misattributed");
    expect(shown).toContain("Javad Zarif");
    expect(shown).toContain("*Claimed speaker*\nMike Pompeo");
  });

  it("rejects a badly signed or stale request with 401 and answers nothing", async () => {
    const h = await start();
    const body = slashCommandBody({
      command: "/verify",
      text: "All is well",
      responseUrl: h.api.responseUrl("bad"),
    });
    expect((await postSigned(h.port, body, { secret: "not-the-signing-secret" })).status).toBe(401);
    const stale = sign(body, SIGNING_SECRET, Math.floor(Date.now() / 1000) - 600);
    expect((await postSigned(h.port, body, { headers: stale })).status).toBe(401);
    const unsigned = await fetch(`http://127.0.0.1:${h.port}/slack/events`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(h.api.responses).toEqual([]);
    expect(h.api.calls.filter((c) => c.method !== "auth.test")).toEqual([]);
  });

  it("posts no live mention when the quote is full of them", async () => {
    const h = await start();
    const text =
      "&lt;!channel&gt; <!here> <@U024BE7LH> All is <!everyone> well <#C024BE7LR|general> <!subteam^S01|team> @channel";
    await h.command("/verify", text, "at");
    const answer = await h.answer("at");
    expect(liveMentions(answer)).toEqual([]);
    // Mentions around a pasted quotation are the message's, not the quote's; those inside are shown as text.
    expect(readable(answer)).toContain("All is @everyone well general team");
  });

  it("answers an empty /verify with how to use it", async () => {
    const h = await start();
    await h.command("/verify", "   ", "e1");
    const shown = readable(await h.answer("e1"));
    expect(shown).toContain("Paste the quotation after the command");
    expect(shown).toContain('/verify "All is well" — Donald Trump');
  });

  it("answers a 5,000-character quote with a friendly limit", async () => {
    const h = await start();
    await h.command("/verify", "word ".repeat(1000).trim(), "long");
    const answer = await h.answer("long");
    expect(readable(answer)).toContain("That is 4,999 characters; I check quotations of up to 1,500.");
    expect(buttons(answer)).toEqual([]);
  });

  it("acknowledges 20 concurrent commands within 3 seconds while the work takes longer", async () => {
    const engine = fakeEngine(data);
    const slow: Engine = {
      ...engine,
      verify(query) {
        const until = Date.now() + 150;
        while (Date.now() < until) {} // verification is CPU-bound; this stands in for a large corpus
        return engine.verify(query);
      },
    };
    const h = await start(() => slow);
    const bodies = Array.from({ length: 20 }, (_, i) =>
      slashCommandBody({ command: "/verify", text: "All is well", responseUrl: h.api.responseUrl(`c${i}`) }),
    );
    const started = performance.now();
    const acks = await postBurst(h.port, bodies);
    expect(acks.map((a) => a.status)).toEqual(Array(20).fill(200));
    const slowest = Math.max(...acks.map((a) => a.ms));
    console.info(
      `20 concurrent /verify (150 ms of work each): slowest acknowledgement ${Math.round(slowest)} ms`,
    );
    expect(slowest).toBeLessThan(3000);
    await waitFor(() => (h.api.responses.length === 20 ? true : undefined), 15_000, "20 answers");
    expect(performance.now() - started).toBeGreaterThan(2900);
    for (const response of h.api.responses) expect(readable(response.body)).toContain("Verified");
  });

  it("shares an answer in the channel when Share is pressed, and removes the private copy", async () => {
    const h = await start();
    await h.command("/verify", "All is well — Donald Trump", "s1", "C42");
    const share = buttons(await h.answer("s1")).find((b) => b.actionId === "share_answer");
    expect(share).toBeDefined();
    expect((await h.click("share_answer", share?.value ?? "", "s2", "C42")).status).toBe(200);
    const post = await waitFor(
      () => h.api.calls.find((c) => c.method === "chat.postMessage"),
      5000,
      "a post",
    );
    expect(post.args.channel).toBe("C42");
    expect(post.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const shown = readable(post.args);
    expect(shown).toContain("✅ Verified");
    expect(shown).toContain("Shared by jane");
    expect(buttons(post.args)).toEqual([]);
    expect((await h.answer("s2")).delete_original).toBe(true);
  });

  it("Share and Next still work after the bot restarts and the corpus is reloaded in between", async () => {
    let corpus = fakeEngine(data);
    const before = await startHarness(contextFor(() => corpus));
    await before.command("/quotes", "Zarif", "r1");
    const next = buttons(await before.answer("r1")).find((b) => b.actionId === "quotes_page_next");
    await before.command("/verify", "All is well", "r2");
    const share = buttons(await before.answer("r2")).find((b) => b.actionId === "share_answer");
    await before.close();

    // A new process over a reloaded corpus: nothing of the first one is left but what the buttons carry.
    corpus = fakeEngine([...data, zarif("Statement made after the reload", 31)]);
    harness = await startHarness(contextFor(() => corpus));
    const h = harness;
    await h.click("quotes_page_next", next?.value ?? "", "r3");
    const page = readable(await h.answer("r3"));
    expect(page).toContain("Page 2 of 3");
    expect(page).toContain("Statement number 7");
    await h.click("share_answer", share?.value ?? "", "r4", "C42");
    const post = await waitFor(
      () => h.api.calls.find((c) => c.method === "chat.postMessage"),
      5000,
      "a post",
    );
    expect(readable(post.args)).toContain("✅ Verified");
    expect(readable(post.args)).toContain("Donald Trump");
  });

  it("shares through the response URL where the bot is not a member of the channel", async () => {
    const h = await start();
    h.api.answer("chat.postMessage", { ok: false, error: "not_in_channel" });
    await h.command("/verify", "All is well", "n1");
    const share = buttons(await h.answer("n1"))[0];
    await h.click("share_answer", share?.value ?? "", "n2");
    const shared = await waitFor(() =>
      h.api.responses.find((r) => r.id === "n2" && r.body.response_type === "in_channel"),
    );
    expect(readable(shared.body)).toContain("✅ Verified");
  });

  it("falls back to chat.postEphemeral when the response URL stalls", async () => {
    harness = await startHarness(
      contextFor(() => fakeEngine(data)),
      { requestTimeoutMs: 300 },
    );
    const h = harness;
    h.api.stalled.add("st");
    await h.command("/verify", "All is well", "st", "C9");
    const post = await waitFor(
      () => h.api.calls.find((c) => c.method === "chat.postEphemeral"),
      5000,
      "an ephemeral",
    );
    expect(post.args).toMatchObject({ channel: "C9", user: "U1" });
    expect(readable(post.args)).toContain("✅ Verified");
  });

  it("tells the user privately when sharing fails", async () => {
    const h = await start();
    h.api.answer("chat.postMessage", { ok: false, error: "msg_too_long" });
    await h.command("/verify", "All is well", "sf1");
    await h.click("share_answer", buttons(await h.answer("sf1"))[0]?.value ?? "", "sf2");
    const notice = await h.answer("sf2");
    expect(notice.response_type).toBe("ephemeral");
    expect(readable(notice)).toContain("I couldn't post that in the channel just now");
    expect(h.logs.entries().find((e) => e.msg === "could not share an answer in the channel")).toMatchObject({
      level: 50,
      command: "action:share",
      channel: "C1",
    });
  });

  it("tells the user when a button's value is not one it made", async () => {
    const h = await start();
    await h.click("share_answer", "forged", "f1");
    expect(readable(await h.answer("f1"))).toContain(commandMessages.ACTION_EXPIRED());
    expect(h.api.calls.some((c) => c.method === "chat.postMessage")).toBe(false);
  });

  it("verifies the quotation in a message from the message shortcut, privately", async () => {
    const h = await start();
    expect((await h.shortcut("Did he really tweet “All is well” last night? &lt;wow&gt;", "sc")).status).toBe(
      200,
    );
    const answer = await h.answer("sc");
    expect(answer.response_type).toBe("ephemeral");
    expect(readable(answer)).toContain(">All is well");
    expect(readable(answer)).toContain("✅ Verified");
  });

  it("pages through /quotes with Next and Previous, newest first", async () => {
    const h = await start();
    await h.command("/quotes", "Zarif", "q1");
    const first = await h.answer("q1");
    expect(readable(first)).toContain("Quotations from Javad Zarif");
    expect(readable(first)).toContain("Page 1 of 3");
    expect(readable(first)).toContain("Statement number 11");
    expect(buttons(first).map((b) => b.text)).toEqual(["Next ▶", "Share in channel"]);
    await h.click("quotes_page_next", buttons(first)[0]?.value ?? "", "q2");
    const second = await h.answer("q2");
    expect(second.replace_original).toBe(true);
    expect(readable(second)).toContain("Page 2 of 3");
    expect(readable(second)).toContain("Statement number 6");
    expect(readable(second)).not.toContain("Statement number 11");
    expect(buttons(second).map((b) => b.text)).toEqual(["◀ Previous", "Next ▶", "Share in channel"]);
  });

  it("answers /quotes for an unknown or missing speaker helpfully", async () => {
    const h = await start();
    await h.command("/quotes", "Nobody Known", "u1");
    expect(readable(await h.answer("u1"))).toContain(
      "I have no quotations from “Nobody Known” in the corpus.",
    );
    await h.command("/quotes", "", "u2");
    const overview = readable(await h.answer("u2"));
    expect(overview).toContain("Speakers in the corpus");
    expect(overview).toContain("Name a speaker, e.g. /quotes Javad Zarif.");
    expect(overview).toContain("*Javad Zarif* · 12 quotations");
  });

  it("turns a failure inside the handler into a friendly message and a logged error without secrets", async () => {
    const h = await start(() => {
      throw new Error("index file is corrupt");
    });
    await h.command("/verify", "All is well", "x1", "C77");
    const shown = readable(await h.answer("x1"));
    expect(shown).toContain("Something went wrong on my side");
    expect(shown).not.toContain("corrupt");
    const failure = h.logs.entries().find((e) => e.msg === "command failed");
    expect(failure).toMatchObject({ level: 50, command: "verify", frontEnd: "slack", channel: "C77" });
    expect(JSON.stringify(failure)).toContain("index file is corrupt");
    const all = h.logs.lines.join("");
    expect(all).not.toContain(BOT_TOKEN);
    expect(all).not.toContain(SIGNING_SECRET);
  });

  it("finishes answers in flight when stopped, and takes no new requests", async () => {
    const engine = fakeEngine(data);
    // Recording the check is awaited before the answer goes out, so holding it holds the answer in flight.
    let release: () => void = () => {};
    let recording: () => void = () => {};
    const recorded = new Promise<void>((resolve) => {
      recording = resolve;
    });
    const recordCheck = () => {
      recording();
      return new Promise<void>((resolve) => {
        release = resolve;
      });
    };
    harness = await startHarness(contextFor(() => engine, { recordCheck }));
    const h = harness;
    await h.command("/verify", "All is well", "g1");
    await recorded;
    let stopped = false;
    const stopping = h.slack.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    expect(h.api.responses).toEqual([]);
    release();
    await stopping;
    expect(readable(h.api.responses.find((r) => r.id === "g1")?.body ?? {})).toContain("Verified");
    await expect(h.command("/verify", "All is well", "g2")).rejects.toThrow();
  });
});
